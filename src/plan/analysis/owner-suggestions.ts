/**
 * Owner suggestions: for each topic no person owns, who could take it, ranked, each with
 * the reasons — its tech lead, team, author or mentors; people who own its prerequisites
 * or the topics that need it; people its text mentions ("Marc started implementing …");
 * people a discussion names as the team of its area ("SMP on ARM (Michalis lead, Rene,
 * Răzvan on team)"); and who has room in the plan to take it without moving the finish.
 * Nothing is assigned: the notes stay the community's to change.
 */
import type { OwnerCandidate, OwnerSuggestion, Plan, PlannedTopic } from '../../model/plan.js'
import type { Person, Roadmap, Topic } from '../../model/roadmap.js'
import { foldText } from '../../text/fold.js'
import { isStopword } from '../../text/tokens.js'
import type { RoadmapProblem } from '../roadmap-problem.js'

/** At most this many candidates a topic. */
const MOST_CANDIDATES = 5

/** How much each kind of reason counts in the ranking. */
const WEIGHT = {
  techLead: 5,
  team: 4,
  author: 4,
  mention: 3,
  prerequisite: 2,
  dependant: 2,
  discussion: 2,
  mentor: 1,
  // Room alone ranks below anyone the notes name for the topic; with a reason, it tips the balance.
  room: 0.5,
} as const

type ReasonKind = keyof typeof WEIGHT

/** Suggested owners of each unowned topic of `plan` (in the plan's order). */
export function ownerSuggestions(roadmap: Roadmap, rp: RoadmapProblem, plan: Plan): OwnerSuggestion[] {
  const unowned = plan.topics.filter((t) => t.unowned)
  if (unowned.length === 0) return []
  const topicById = new Map(roadmap.topics.map((t) => [t.id, t]))
  const names = new PersonNames(roadmap.people)
  const dependants = dependantsOf(roadmap.topics)
  const teams = discussionTeams(roadmap, names)
  const room = new RoomInPlan(rp, plan)
  const loadOf = new Map(plan.people.map((p) => [p.name, p.utilization]))
  return unowned.map((planned) => {
    const topic = topicById.get(planned.id)
    const found = new Candidates()
    if (topic !== undefined) {
      for (const p of topic.techLeads) found.add(p, 'techLead', 'is its tech lead')
      for (const p of topic.team) found.add(p, 'team', 'is on its team')
      for (const p of topic.authors) found.add(p, 'author', 'wrote the proposal')
      for (const p of topic.mentors) found.add(p, 'mentor', 'mentors it')
      for (const { person, quote } of names.mentionsIn(textOf(topic)))
        found.add(person, 'mention', `is named in its text (“${quote}”)`)
      for (const pre of topic.prerequisites) {
        const other = pre.topic === null ? undefined : topicById.get(pre.topic)
        if (other !== undefined)
          for (const p of other.owners) found.add(p, 'prerequisite', `owns “${other.title}”, which it needs`)
      }
      for (const other of dependants.get(topic.id) ?? [])
        for (const p of other.owners) found.add(p, 'dependant', `owns “${other.title}”, which needs it`)
      for (const team of teams)
        if (team.matches(topic))
          for (const p of team.people)
            found.add(p, 'discussion', `is on the “${team.area}” team in the discussion “${team.discussion}”`)
    }
    // Room in the plan: for those named already, and for the least busy people.
    const byLoad = [...plan.people].sort((a, b) => a.utilization - b.utilization).slice(0, 3)
    for (const person of [...found.people(), ...byLoad.map((p) => p.name)]) {
      if (!names.isPerson(person)) continue
      const free = room.freeFor(person, planned)
      if (free !== null) found.add(person, 'room', `is free for it from ${free} without moving the finish`)
    }
    return { topic: planned.id, title: planned.title, candidates: found.ranked(loadOf) }
  })
}

/** Candidates of one topic, with their reasons (one reason of each kind and text). */
class Candidates {
  readonly #byPerson = new Map<string, { score: number; reasons: string[]; kinds: Set<ReasonKind> }>()

  add(person: string, kind: ReasonKind, reason: string): void {
    let c = this.#byPerson.get(person)
    if (c === undefined) this.#byPerson.set(person, (c = { score: 0, reasons: [], kinds: new Set() }))
    if (c.reasons.includes(reason)) return
    // Each kind counts once: owning three prerequisites is not three reasons.
    if (!c.kinds.has(kind)) c.score += WEIGHT[kind]
    c.kinds.add(kind)
    c.reasons.push(reason)
  }

  people(): string[] {
    return [...this.#byPerson.keys()]
  }

  ranked(loadOf: ReadonlyMap<string, number>): OwnerCandidate[] {
    const sorted = [...this.#byPerson].sort(
      ([a, x], [b, y]) => y.score - x.score || (loadOf.get(a) ?? 0) - (loadOf.get(b) ?? 0) || a.localeCompare(b),
    )
    // Room only: the least busy two, after everyone named.
    let roomOnly = 0
    return sorted
      .filter(([, c]) => c.kinds.size > 1 || !c.kinds.has('room') || ++roomOnly <= 2)
      .slice(0, MOST_CANDIDATES)
      .map(([person, c]) => ({ person, reasons: c.reasons }))
  }
}

/** The prose of a topic (not its people fields): where people are mentioned by name. */
function textOf(topic: Topic): string {
  return topic.fields
    .filter((f) => f.key === null || !PEOPLE_FIELDS.has(f.key))
    .map((f) => f.text)
    .join('\n')
}

const PEOPLE_FIELDS = new Set(['author', 'owner', 'team', 'techLead', 'mentor'])

/** For each topic id, the topics that need it. */
function dependantsOf(topics: readonly Topic[]): Map<string, Topic[]> {
  const out = new Map<string, Topic[]>()
  for (const t of topics)
    for (const p of t.prerequisites) {
      if (p.topic === null) continue
      const list = out.get(p.topic)
      if (list === undefined) out.set(p.topic, [t])
      else if (!list.includes(t)) list.push(t)
    }
  return out
}

/** People by the words their names are written with: full names, spellings, a first name only one person has. */
class PersonNames {
  readonly #phrases: { phrase: string; person: string }[] = []
  readonly #persons: Set<string>

  constructor(people: readonly Person[]) {
    this.#persons = new Set(people.map((p) => p.name))
    const firstNames = new Map<string, string[]>()
    for (const p of people) {
      const first = foldText(p.name).split(/\s+/)[0] ?? ''
      firstNames.set(first, [...(firstNames.get(first) ?? []), p.name])
    }
    for (const p of people) {
      const spellings = new Set(p.spellings.map((s) => normal(s)).filter((s) => s.length >= 3 && !/^@/.test(s)))
      const first = foldText(p.name).split(/\s+/)[0] ?? ''
      if (first.length >= 3 && firstNames.get(first)?.length === 1) spellings.add(first)
      for (const phrase of spellings) this.#phrases.push({ phrase, person: p.name })
    }
    // Longer phrases first, so "Marc Rittinghaus" is quoted whole rather than as "Marc".
    this.#phrases.sort((a, b) => b.phrase.length - a.phrase.length)
  }

  isPerson(name: string): boolean {
    return this.#persons.has(name)
  }

  /** The person a written name is, if one fits (a full spelling, or a first name only they have). */
  personOf(written: string): string | null {
    const n = normal(written)
    return this.#phrases.find((p) => p.phrase === n)?.person ?? null
  }

  /** People named in `text`, each once, with a few words around the first mention. */
  mentionsIn(text: string): { person: string; quote: string }[] {
    if (text === '') return []
    const folded = ` ${normal(text)} `
    const out: { person: string; quote: string }[] = []
    const seen = new Set<string>()
    for (const { phrase, person } of this.#phrases) {
      if (seen.has(person)) continue
      const at = folded.indexOf(` ${phrase} `)
      if (at === -1) continue
      seen.add(person)
      out.push({ person, quote: quoteAround(folded, at + 1, phrase.length, text) })
    }
    return out
  }
}

/** Folded, with everything that is not a letter or digit a single space (offsets are not kept). */
function normal(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** About six words from a mention on, from the normalised text (the original's offsets are lost in folding). */
function quoteAround(folded: string, at: number, length: number, original: string): string {
  const after = folded
    .slice(at + length)
    .trim()
    .split(' ')
    .slice(0, 5)
    .join(' ')
  const name = folded.slice(at, at + length)
  // The original spelling of the name when it appears as written (accents and case kept).
  const written = new RegExp(name.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+'), 'iu').exec(foldText(original))
  const shown = written === null ? name : original.slice(written.index, written.index + written[0].length)
  return `${shown} ${after} …`.replace(/\s+/g, ' ')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A team a discussion names for an area: "SMP on ARM (Michalis lead, Rene, Răzvan on team)". */
interface DiscussionTeam {
  readonly area: string
  readonly discussion: string
  readonly people: readonly string[]
  matches(topic: Topic): boolean
}

/** An area's words, then a bracket that says who leads and who is on the team. */
const TEAM_IN_BRACKETS = /([\p{L}\p{N}][\p{L}\p{N} '’.+-]{0,60}?)\s*\(([^()]{0,300}\b(?:lead|leads|team)\b[^()]{0,300})\)/giu

/** The teams the roadmap's discussions name, with their people (canonical names where they are people). */
function discussionTeams(roadmap: Roadmap, names: PersonNames): DiscussionTeam[] {
  const teams: DiscussionTeam[] = []
  for (const discussion of roadmap.discussions)
    for (const statement of discussion.statements)
      for (const m of statement.text.matchAll(TEAM_IN_BRACKETS)) {
        const area = (m[1] as string).replace(/^.*\b(?:to|like|as|e\.g\.|such as)\s+/i, '').trim()
        const people = (m[2] as string)
          .split(/,|;|\band\b/)
          .map((s) => s.replace(/\b(?:lead|leads|on (?:the )?team|team)\b/gi, '').trim())
          .filter((s) => s !== '' && s.length <= 40)
          .map((s) => names.personOf(s) ?? s)
        const words = areaWords(area)
        if (people.length === 0 || words.length === 0) continue
        teams.push({
          area,
          discussion: discussion.title,
          people,
          matches: (topic) => {
            const own = new Set(areaWords([topic.title, ...topic.aliases].join(' ')))
            return words.some((w) => own.has(w))
          },
        })
      }
  return teams
}

/** The meaningful words of an area or title, for matching one to the other. */
function areaWords(text: string): string[] {
  return normal(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !isStopword(w))
}

/** Who is free when in the plan: each person's topics as busy periods, their absences too. */
class RoomInPlan {
  readonly #busy = new Map<string, [number, number][]>()
  readonly #rp: RoadmapProblem

  constructor(rp: RoadmapProblem, plan: Plan) {
    this.#rp = rp
    rp.activities.forEach((a, j) => {
      const t = plan.topics[j]
      if (t === undefined) return
      for (const p of a.people) this.#periods(p).push([t.startDay, t.endDay])
    })
    for (const r of rp.resources)
      if (r.kind === 'person') this.#periods(r.name).push(...r.absences.map(([s, e]): [number, number] => [s, e]))
  }

  #periods(person: string): [number, number][] {
    let list = this.#busy.get(person)
    if (list === undefined) this.#busy.set(person, (list = []))
    return list
  }

  /**
   * The first day `person` is free for all of `topic`'s working days between its planned
   * start and its latest finish (start + days + slack): taking it there moves nothing
   * that ends the roadmap. `null` when there is no such stretch.
   */
  freeFor(person: string, topic: PlannedTopic): string | null {
    const from = topic.startDay
    const until = topic.endDay + topic.slack
    const need = topic.endDay - topic.startDay
    if (need <= 0) return null
    const busy = [...(this.#busy.get(person) ?? [])].filter(([s, e]) => e > from && s < until).sort((a, b) => a[0] - b[0])
    let at = from
    for (const [s, e] of busy) {
      if (s - at >= need) break
      at = Math.max(at, e)
    }
    if (until - at < need) return null
    return this.#rp.calendar.dateOf(at)
  }
}
