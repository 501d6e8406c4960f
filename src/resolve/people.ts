/**
 * People resolution: one person, many spellings. Full names that differ only by accents,
 * case or a typo in the last name (same first name, one or two edits) are one person; a
 * first name alone (`Marc`), a nickname prefix (`Alex` → Alexander) or initials (`RD`)
 * are that person when exactly one person fits. Every merge is reported; a short name
 * that fits several people is kept apart and reported. Nothing here knows any name.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { NameMention } from '../model/document.js'
import type { Place } from '../model/place.js'
import { EVERYONE } from '../model/roadmap.js'
import { foldText } from '../text/fold.js'
import { editDistance } from '../text/similarity.js'
import { slugId } from '../text/slug.js'
import { isParticle, RoleWords } from './roles.js'

/** How spellings resolve: `nameOf` maps any mention text to its canonical name. */
export interface PeopleResolution {
  /** Canonical names of people (not roles, not the `Everyone` group), in first-seen order. */
  readonly names: readonly string[]
  /** Every spelling of each canonical name. */
  readonly spellings: ReadonlyMap<string, readonly string[]>
  /** Canonical name for a spelling: a person's name, `Everyone`, or the text itself (a role). */
  nameOf(text: string): string
  /** Whether a canonical name is a person (not a role or group). */
  isPerson(name: string): boolean
  readonly diagnostics: readonly Diagnostic[]
}

const GROUP = /^(?:everyone|everybody|all|all of us|the team|whole team|anyone)$/i
const INITIALS = /^\p{Lu}{2,4}$/u
type Kind = 'group' | 'handle' | 'initials' | 'role' | 'full' | 'short'

function kindOf(text: string, roles: RoleWords): Kind {
  if (GROUP.test(text)) return 'group'
  if (/^@[\w.-]+$/.test(text)) return 'handle'
  if (INITIALS.test(text)) return 'initials'
  if (roles.roleOf(text) !== null) return 'role'
  return text.split(/\s+/).length >= 2 ? 'full' : 'short'
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()
const tokensOf = (name: string): string[] =>
  foldText(name)
    .split(/[\s-]+/)
    .filter((t) => t !== '' && !isParticle(t))
const initialsOf = (name: string): string =>
  tokensOf(name)
    .map((t) => t[0]?.toUpperCase() ?? '')
    .join('')

/**
 * Resolves all mentions of people in a roadmap; `roles` tells roles from names (default:
 * the built-in role words). Every spelling read as a role is reported.
 */
export function resolvePeople(mentions: readonly NameMention[], roles: RoleWords = new RoleWords()): PeopleResolution {
  const diagnostics: Diagnostic[] = []
  const seen = seenSpellings(mentions)
  const kinds = new Map(seen.spellings.map((s) => [s, kindOf(s, roles)]))
  const full = seen.spellings.filter((s) => kinds.get(s) === 'full')
  // 1. Full names: accent/case variants and last-name typos with the same first name.
  const people = namePeople(clusterFullNames(full, seen, diagnostics), seen, diagnostics)
  const canonical = new Map<string, string>()
  for (const person of people) for (const m of person.members) canonical.set(m, person.name)
  // 2. Short names and initials: merged when exactly one person fits.
  placeOtherSpellings(seen, kinds, roles, people, canonical, diagnostics)

  const personNames = new Set(people.map((p) => p.name))
  const ordered = seen.spellings.map((s) => canonical.get(s)).filter((n): n is string => n !== undefined && personNames.has(n))
  const spellingMap = new Map(people.map((p) => [p.name, [p.name, ...p.members.filter((m) => m !== p.name)]]))
  return {
    names: [...new Set(ordered)],
    spellings: spellingMap,
    nameOf: (text) => canonical.get(normalize(text)) ?? normalize(text),
    isPerson: (name) => personNames.has(name),
    diagnostics,
  }
}

/** The distinct spellings of the mentions in first-seen order, where each was first seen, and how often. */
interface SeenSpellings {
  readonly spellings: readonly string[]
  readonly first: ReadonlyMap<string, NameMention>
  readonly count: ReadonlyMap<string, number>
}

function seenSpellings(mentions: readonly NameMention[]): SeenSpellings {
  const first = new Map<string, NameMention>()
  const count = new Map<string, number>()
  for (const m of mentions) {
    const text = normalize(m.text)
    if (text === '') continue
    if (!first.has(text)) first.set(text, m)
    count.set(text, (count.get(text) ?? 0) + 1)
  }
  return { spellings: [...first.keys()], first, count }
}

const placeOf = (seen: SeenSpellings, spelling: string): Place => (seen.first.get(spelling) as NameMention).place

/**
 * Groups full names that are one person: the same once accents and case are folded, or an
 * unambiguous last-name typo (each the other's only near spelling). A name near several is
 * reported and kept apart.
 */
function clusterFullNames(full: readonly string[], seen: SeenSpellings, diagnostics: Diagnostic[]): string[][] {
  const parent = new Map(full.map((s) => [s, s]))
  const find = (s: string): string => {
    let r = s
    while (parent.get(r) !== r) r = parent.get(r) as string
    return r
  }
  const typoNeighbours = new Map<string, string[]>()
  // Tokens once per spelling, not once per pair.
  const fullTokens = full.map(tokensOf)
  const fullFolded = fullTokens.map((t) => t.join(' '))
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i] as string
      const b = full[j] as string
      const ta = fullTokens[i] as string[]
      const tb = fullTokens[j] as string[]
      if (fullFolded[i] === fullFolded[j]) {
        parent.set(find(b), find(a))
        continue
      }
      if (ta[0] !== tb[0] || ta.length !== tb.length) continue
      const restA = ta.slice(1).join(' ')
      const restB = tb.slice(1).join(' ')
      const d = editDistance(restA, restB, 2)
      if (d <= 2 && d <= 0.25 * Math.max(restA.length, restB.length)) {
        typoNeighbours.set(a, [...(typoNeighbours.get(a) ?? []), b])
        typoNeighbours.set(b, [...(typoNeighbours.get(b) ?? []), a])
      }
    }
  }
  for (const [a, neighbours] of typoNeighbours) {
    const b = neighbours[0] as string
    if (neighbours.length === 1 && typoNeighbours.get(b)?.length === 1 && a < b) parent.set(find(b), find(a))
    if (neighbours.length > 1)
      diagnostics.push(diagnostic('ambiguous-person', { text: a, candidates: neighbours }, placeOf(seen, a)))
  }
  const clusters = new Map<string, string[]>()
  for (const s of full) clusters.set(find(s), [...(clusters.get(find(s)) ?? []), s])
  return [...clusters.values()]
}

/** A person of each cluster, named by its most used spelling (ties: the first seen); every other spelling reported. */
function namePeople(clusters: readonly string[][], seen: SeenSpellings, diagnostics: Diagnostic[]): Cluster[] {
  const order = new Map(seen.spellings.map((s, k) => [s, k]))
  return clusters.map((members) => {
    const name = [...members].sort(
      (x, y) => (seen.count.get(y) ?? 0) - (seen.count.get(x) ?? 0) || (order.get(x) ?? 0) - (order.get(y) ?? 0),
    )[0] as string
    for (const m of members) {
      if (m === name) continue
      const accentsOnly = tokensOf(m).join(' ') === tokensOf(name).join(' ')
      diagnostics.push(
        accentsOnly
          ? diagnostic('person-merged', { text: m, name, reason: 'the same name written differently' }, placeOf(seen, m))
          : diagnostic('possible-typo', { text: m, name }, placeOf(seen, m)),
      )
    }
    return { name, members }
  })
}

/**
 * Every spelling that is not a full name, in first-seen order: roles reported, groups are
 * `Everyone`, a handle is a person of its own, a short name or initials join the one
 * person they fit (reported) or stand alone.
 */
function placeOtherSpellings(
  seen: SeenSpellings,
  kinds: ReadonlyMap<string, Kind>,
  roles: RoleWords,
  people: Cluster[],
  canonical: Map<string, string>,
  diagnostics: Diagnostic[],
): void {
  for (const s of seen.spellings) {
    const kind = kinds.get(s) as Kind
    if (kind === 'role') {
      const reason = roles.roleOf(s)
      diagnostics.push(diagnostic('role-not-person', { text: s, word: reason?.word ?? null }, placeOf(seen, s)))
      continue
    }
    if (kind === 'group') {
      canonical.set(s, EVERYONE)
      continue
    }
    if (kind === 'handle') {
      // A handle (`@octocat`) is an account: a person of its own, never guessed to be a name.
      people.push({ name: s, members: [s] })
      canonical.set(s, s)
      continue
    }
    if (kind !== 'short' && kind !== 'initials') continue
    const { candidates, reason } = kind === 'short' ? shortNameCandidates(s, people) : initialsCandidates(s, people)
    const at = placeOf(seen, s)
    if (candidates.length === 1) {
      const person = candidates[0] as Cluster
      canonical.set(s, person.name)
      person.members.push(s)
      diagnostics.push(diagnostic('person-merged', { text: s, name: person.name, reason }, at))
    } else {
      if (candidates.length > 1) {
        diagnostics.push(diagnostic('ambiguous-person', { text: s, candidates: candidates.map((c) => c.name) }, at))
      }
      people.push({ name: s, members: [s] })
      canonical.set(s, s)
    }
  }
}

type Cluster = { name: string; members: string[] }

function shortNameCandidates(text: string, people: readonly Cluster[]): { candidates: Cluster[]; reason: string } {
  // A first name with a last initial run together (`RazvanD`, `SimonK`), as chat handles are.
  const joined = /^(\p{Lu}\p{Ll}+)(\p{Lu}{1,2})$/u.exec(text)
  if (joined) {
    const first = foldText(joined[1] as string)
    const initial = foldText(joined[2] as string)
    const fits = people.filter((p) => {
      const tokens = tokensOf(p.name)
      return tokens.length >= 2 && tokens[0] === first && (tokens[tokens.length - 1] as string).startsWith(initial)
    })
    if (fits.length > 0)
      return { candidates: fits, reason: `the only ${joined[1] as string} whose last name starts with ${joined[2] as string}` }
  }
  const t = foldText(text)
  const firsts = people.filter((p) => tokensOf(p.name)[0] === t)
  if (firsts.length > 0) return { candidates: firsts, reason: `the only person named ${text}` }
  const prefixed = t.length >= 3 ? people.filter((p) => tokensOf(p.name)[0]?.startsWith(t)) : []
  if (prefixed.length > 0) return { candidates: prefixed, reason: `the only first name starting with ${text}` }
  const lasts = people.filter((p) => tokensOf(p.name).slice(-1)[0] === t)
  return { candidates: lasts, reason: `the only person with the last name ${text}` }
}

function initialsCandidates(text: string, people: readonly Cluster[]): { candidates: Cluster[]; reason: string } {
  const exact = people.filter((p) => initialsOf(p.name) === text)
  if (exact.length > 0) return { candidates: exact, reason: `the only person with the initials ${text}` }
  const firstLast = people.filter((p) => {
    const i = initialsOf(p.name)
    return i.length > 2 && `${i[0]}${i[i.length - 1]}` === text
  })
  return { candidates: firstLast, reason: `the only person with the initials ${text}` }
}

/** A person's id: the slug of the name with accents folded. */
export function personId(name: string): string {
  return slugId(name, 'person')
}
