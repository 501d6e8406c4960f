/**
 * A roadmap as a scheduling problem: one activity per topic to plan, one resource per
 * person (one topic at a time; part-time people make their topics longer; absences are
 * breaks in their topics' work), an "unassigned" pool for topics without owner, and
 * finish-to-start precedence from the linked prerequisites (cycles broken, with a
 * warning). Periods are working days from the plan's start.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import { plannedDays } from '../model/estimate.js'
import type { ExcludedTopic, RoadmapDeadline } from '../model/plan.js'
import { EVERYONE, type Roadmap, type Topic } from '../model/roadmap.js'
import { findCycles } from '../algorithms/graph-cycles.js'
import { nextDay } from '../model/iso-date.js'
import { WorkCalendar } from './calendar/work-calendar.js'
import { DEFAULT_WORKDAYS } from '../model/defaults.js'
import type { DateRange, PlanSettings, RolePool } from '../model/settings.js'
import { foldText } from '../text/fold.js'
import { mergeIntervals } from './rcpsp/intervals.js'
import { compileProblem, type ActivitySpec, type Problem, type ProblemSpec } from './rcpsp/problem.js'
import { roadmapDeadline } from './roadmap-deadline.js'
import { medianDays } from './topic-duration.js'

/** An activity's topic and what was assumed about it. */
export interface ActivityInfo {
  readonly topic: Topic
  /** Working days of work, after part-time stretching and progress. */
  readonly days: number
  readonly source: 'estimate' | 'assumed' | 'remaining'
  /** The people it needs (canonical names). */
  readonly people: readonly string[]
  readonly pooled: boolean
  /** The pool it waits in for a place: `unassigned`, a role's (`roles:` in the settings), or `null` (owned). */
  readonly pool: string | null
  /** Deadline as an exclusive end period, and as a date. */
  readonly deadlineDay: number | null
  readonly deadline: string | null
}

/** A resource: a person, or the pool of unassigned topics. */
export interface ResourceInfo {
  readonly kind: 'person' | 'pool'
  readonly name: string
  readonly capacity: number
  /** Absences as `[start, end)` periods. */
  readonly absences: readonly (readonly [number, number])[]
}

/** A roadmap made ready for the optimiser. */
export interface RoadmapProblem {
  readonly spec: ProblemSpec
  readonly problem: Problem
  readonly calendar: WorkCalendar
  readonly activities: readonly ActivityInfo[]
  readonly resources: readonly ResourceInfo[]
  readonly excluded: readonly ExcludedTopic[]
  readonly deadline: RoadmapDeadline | null
  /** The larger of the critical path and the busiest person's work, in working days. */
  readonly lowerBound: number
  readonly diagnostics: readonly Diagnostic[]
}

/** What the builder needs besides the roadmap. */
export interface BuildOptions {
  readonly settings: PlanSettings
  /** `--start`: overrides the settings and the meeting date. */
  readonly start?: string
  /** Today, for a roadmap without a meeting date or start. */
  readonly today: string
}

/** No plan looks further than this many working days (about 40 years). */
export const HORIZON = 10_000
/** Estimates longer than this many working days (about five years) are reported. */
const LONG_ESTIMATE = 5 * 252
/** The assumed estimate when no topic has one: one month. */
const FALLBACK_DAYS = 21

/**
 * Builds the scheduling problem of a roadmap, in steps: the calendar, people's settings,
 * the topics to plan and the estimate assumed for the rest, the topics that cannot be
 * planned, precedence (cycles broken), then resources and activities.
 */
export function roadmapProblem(roadmap: Roadmap, options: BuildOptions): RoadmapProblem {
  const { settings } = options
  const diagnostics: Diagnostic[] = []
  const calendar = planCalendar(roadmap, options)
  const people = peopleSettings(settings, calendar)
  const { planned, excluded } = topicsToPlan(roadmap)
  const assumed = assumedEstimate(planned, settings)
  const peopleOf = topicPeople(roadmap)
  const unschedulable = unavailableTopics(planned, peopleOf, people, settings, roadmap, diagnostics)
  const edges = precedence(planned, diagnostics)
  spreadUnschedulable(planned, edges, unschedulable)
  for (const t of planned) {
    const because = unschedulable.get(t.id)
    if (because === undefined) continue
    diagnostics.push(diagnostic('unschedulable-topic', { topic: t.title, because }, t.place, t.id))
    excluded.push({ id: t.id, title: t.title, why: 'unschedulable' })
  }
  const kept = planned.map((t, i) => ({ t, i })).filter(({ t }) => !unschedulable.has(t.id))
  const { specs, activities, resources } = activitiesOf(kept, edges, {
    roadmap,
    settings,
    calendar,
    people,
    peopleOf,
    assumed,
    diagnostics,
  })
  const spec: ProblemSpec = { activities: specs, capacities: resources.map((r) => r.capacity) }
  const problem = compileProblem(spec)
  const work = new Array<number>(resources.length).fill(0)
  for (const a of specs) for (const d of a.demands) work[d.resource] = (work[d.resource] as number) + a.duration
  const busiest = Math.max(0, ...work.filter((_, r) => resources[r]?.kind === 'person'))
  return {
    spec,
    problem,
    calendar,
    activities,
    resources,
    excluded,
    deadline: roadmapDeadline(roadmap, settings.deadline, settings.fiscalYearStart),
    lowerBound: Math.max(busiest, criticalPathLength(problem)),
    diagnostics,
  }
}

/** The working calendar from the plan's start: `--start`, the settings' start, the day after the meeting, or today. */
function planCalendar(roadmap: Roadmap, options: BuildOptions): WorkCalendar {
  const { settings } = options
  const start = options.start ?? settings.start ?? (roadmap.meta.date ? nextDay(roadmap.meta.date) : options.today)
  return new WorkCalendar({
    start,
    workdays: settings.workdays ?? DEFAULT_WORKDAYS,
    holidays: settings.holidays.flatMap(expandRange),
  })
}

/** People's settings by canonical name: capacity, absences as periods, and who is away past any plan (until when). */
interface PeopleSettings {
  readonly capacityOf: ReadonlyMap<string, number>
  readonly absencesOf: ReadonlyMap<string, [number, number][]>
  readonly awayForever: ReadonlyMap<string, string>
}

/** People's settings (by canonical name: the pipeline matched the settings' spellings to the roadmap). */
function peopleSettings(settings: PlanSettings, calendar: WorkCalendar): PeopleSettings {
  const periods = (r: DateRange): [number, number] => [
    Math.min(HORIZON, calendar.periodFrom(r.from)),
    Math.min(HORIZON, calendar.periodAfter(r.to)),
  ]
  const capacityOf = new Map<string, number>()
  const absencesOf = new Map<string, [number, number][]>()
  const awayForever = new Map<string, string>()
  for (const [person, p] of Object.entries(settings.people)) {
    if (p.capacity !== undefined) capacityOf.set(person, p.capacity)
    absencesOf.set(person, [...(absencesOf.get(person) ?? []), ...p.absences.map(periods).filter(([s, e]) => e > s)])
    const forever = p.absences.find((r) => calendar.periodAfter(r.to) >= HORIZON)
    if (forever !== undefined) awayForever.set(person, forever.to)
  }
  return { capacityOf, absencesOf, awayForever }
}

/** Topics to plan; done and dropped ones are listed, not planned. */
function topicsToPlan(roadmap: Roadmap): { planned: Topic[]; excluded: ExcludedTopic[] } {
  const excluded: ExcludedTopic[] = []
  const planned: Topic[] = []
  for (const topic of roadmap.topics) {
    const state = topic.status?.state
    if (state === 'done' || state === 'dropped') excluded.push({ id: topic.id, title: topic.title, why: state })
    else planned.push(topic)
  }
  return { planned, excluded }
}

/** The working days assumed for a topic without an estimate, and on what basis (said in the diagnostic). */
interface AssumedEstimate {
  readonly days: number
  readonly basis: string
}

/** The settings' default estimate, else the median of the known ones, else a month. */
function assumedEstimate(planned: readonly Topic[], settings: PlanSettings): AssumedEstimate {
  // Zero-day estimates are milestones, not work: a roadmap whose only estimate is `0 days`
  // must not plan every other topic as taking no time.
  const known = planned.flatMap((t) => {
    const days = t.estimate?.kind === 'estimate' ? plannedDays(t.estimate) : 0
    return days > 0 ? [days] : []
  })
  const assumed = settings.defaultEstimate
  const days = assumed?.days ?? medianDays(known) ?? FALLBACK_DAYS
  const basis =
    assumed !== undefined
      ? `the default estimate, ${assumed.text}`
      : known.length > 0
        ? `the median of the ${known.length} known estimates`
        : 'one month, as no topic has an estimate'
  return { days, basis }
}

/** The people a topic needs (owners and team who are people), worked out once a topic: it is asked several times. */
function topicPeople(roadmap: Roadmap): (t: Topic) => string[] {
  const personNames = new Set(roadmap.people.map((p) => p.name))
  const peopleByTopic = new Map<Topic, string[]>()
  return (t) => {
    let people = peopleByTopic.get(t)
    if (people === undefined) {
      people = [...new Set([...t.owners, ...t.team])].filter((n) => n !== EVERYONE && personNames.has(n))
      peopleByTopic.set(t, people)
    }
    return people
  }
}

/**
 * Topics whose people can never work (0% capacity, away past any plan), or without an
 * owner when no one may take unowned topics, each with why; each person at 0% is reported
 * with their topics.
 */
function unavailableTopics(
  planned: readonly Topic[],
  peopleOf: (t: Topic) => string[],
  { capacityOf, awayForever }: PeopleSettings,
  settings: PlanSettings,
  roadmap: Roadmap,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const unschedulable = new Map<string, string>()
  const blockedBy = new Map<string, string[]>()
  for (const t of planned) {
    for (const person of peopleOf(t)) {
      if ((capacityOf.get(person) ?? settings.peopleDefaultCapacity) === 0)
        blockedBy.set(person, [...(blockedBy.get(person) ?? []), t.title])
    }
    const zero = peopleOf(t).find((p) => (capacityOf.get(p) ?? settings.peopleDefaultCapacity) === 0)
    if (zero !== undefined) unschedulable.set(t.id, `${zero} is at 0% capacity`)
    const away = peopleOf(t).find((p) => awayForever.has(p))
    if (away !== undefined) unschedulable.set(t.id, `${away} is away until ${awayForever.get(away)}, beyond any plan`)
    // `unassigned: { capacity: 0 }`: no one takes a topic without owner, so it never runs.
    if (isUnowned(t, peopleOf(t))) {
      const role = rolePoolOf(t, settings)
      if (role?.capacity === 0)
        unschedulable.set(
          t.id,
          `its owner is the role “${role.role}”, whose pool has no places (\`roles: { ${role.role}: { capacity: 0 } }\`)`,
        )
      else if (role === undefined && settings.unassignedCapacity === 0)
        unschedulable.set(
          t.id,
          'it has no owner, and the settings let no one take unowned topics (`unassigned: { capacity: 0 }`)',
        )
    }
  }
  for (const [person, topics] of blockedBy)
    diagnostics.push(diagnostic('unavailable-person', { person, topics }, roadmap.meta.place))
  return unschedulable
}

/** Successors among planned topics (by index), each cycle broken at its back reference and reported. */
function precedence(planned: readonly Topic[], diagnostics: Diagnostic[]): number[][] {
  const index = new Map(planned.map((t, i) => [t.id, i]))
  // Successor lists in the order the links are met, each link once (100,000 sets cost more than the lists).
  const edges: number[][] = planned.map(() => [])
  const linkedFrom = new Int32Array(planned.length).fill(-1) // `linkedFrom[i] === j`: the edge i → j is in
  planned.forEach((t, j) => {
    for (const p of t.prerequisites) {
      const i = p.topic === null ? undefined : index.get(p.topic)
      if (i === undefined || i === j || linkedFrom[i] === j) continue
      linkedFrom[i] = j
      edges[i]?.push(j)
    }
  })
  for (;;) {
    const cycles = findCycles(edges)
    if (cycles.length === 0) break
    for (const cycle of cycles) {
      // The edge into the earliest topic of the cycle comes from a later one: ignore it.
      const to = Math.min(...cycle)
      const k = cycle.indexOf(to)
      const from = cycle[(k - 1 + cycle.length) % cycle.length] as number
      const out = edges[from] ?? []
      if (out.includes(to)) out.splice(out.indexOf(to), 1)
      const topic = planned[to] as Topic
      diagnostics.push(
        diagnostic(
          'cycle-broken',
          {
            topic: topic.title,
            prerequisite: (planned[from] as Topic).title,
            cycle: [...cycle.slice(k), ...cycle.slice(0, k)].map((i) => (planned[i] as Topic).title),
          },
          topic.place,
          topic.id,
        ),
      )
    }
  }
  return edges
}

/** Waiting for an unschedulable topic makes a topic unschedulable too (until nothing changes). */
function spreadUnschedulable(planned: readonly Topic[], edges: readonly number[][], unschedulable: Map<string, string>): void {
  let changed = true
  while (changed) {
    changed = false
    planned.forEach((t, i) => {
      if (!unschedulable.has(t.id)) return
      for (const j of edges[i] ?? []) {
        const d = planned[j] as Topic
        if (!unschedulable.has(d.id)) {
          unschedulable.set(d.id, `it needs “${t.title}”, which cannot be planned`)
          changed = true
        }
      }
    })
  }
}

/** What building the activities needs of the steps before. */
interface ActivityContext {
  readonly roadmap: Roadmap
  readonly settings: PlanSettings
  readonly calendar: WorkCalendar
  readonly people: PeopleSettings
  readonly peopleOf: (t: Topic) => string[]
  readonly assumed: AssumedEstimate
  readonly diagnostics: Diagnostic[]
}

/**
 * The resources (every person of a kept topic, and the pool if it is limited) and one
 * activity a kept topic: its working days (estimated or assumed, less progress, stretched
 * for part-time people), demands, successors, release and breaks.
 */
function activitiesOf(
  kept: readonly { t: Topic; i: number }[],
  edges: readonly number[][],
  { roadmap, settings, calendar, people: { capacityOf, absencesOf }, peopleOf, assumed, diagnostics }: ActivityContext,
): { specs: ActivitySpec[]; activities: ActivityInfo[]; resources: ResourceInfo[] } {
  const resources: ResourceInfo[] = []
  const resourceOf = new Map<string, number>()
  const addResource = (info: ResourceInfo): number => {
    resourceOf.set(`${info.kind}:${info.name}`, resources.length)
    return resources.push(info) - 1
  }
  for (const { t } of kept) {
    for (const person of peopleOf(t)) {
      if (!resourceOf.has(`person:${person}`))
        addResource({ kind: 'person', name: person, capacity: 1, absences: absencesOf.get(person) ?? [] })
    }
  }
  // More places in the pool than topics is no limit at all; capped so that a huge number
  // (`capacity: 4294967296`) stays a number the schedulers' integer arrays can hold.
  const places = (capacity: number): number => Math.min(capacity, Math.max(1, roadmap.topics.length))
  const poolCapacity =
    settings.unassignedCapacity === null || settings.unassignedCapacity === undefined ? null : places(settings.unassignedCapacity)
  const newIndex = new Map(kept.map(({ i }, k) => [i, k]))
  const activities: ActivityInfo[] = []
  const specs: ActivitySpec[] = kept.map(({ t, i }) => {
    const people = peopleOf(t)
    const pooled = isUnowned(t, people)
    let days = assumed.days
    let source: ActivityInfo['source'] = 'assumed'
    if (t.estimate?.kind === 'estimate') {
      days = plannedDays(t.estimate)
      source = 'estimate'
    } else {
      diagnostics.push(
        diagnostic('assumed-estimate', { topic: t.title, days: assumed.days, basis: assumed.basis }, t.place, t.id),
      )
    }
    if (days === 0 && source === 'estimate') diagnostics.push(diagnostic('zero-estimate', { topic: t.title }, t.place, t.id))
    if (days > LONG_ESTIMATE) diagnostics.push(diagnostic('long-estimate', { topic: t.title, days }, t.place, t.id))
    const progress = t.status?.state === 'in-progress' ? (t.status.progress ?? 0) : 0
    if (progress > 0) {
      days = Math.ceil(days * (1 - progress))
      source = 'remaining'
    }
    days = Math.min(HORIZON, Math.ceil(days / topicPace(people, capacityOf, settings)))
    const demands = people.map((p) => ({ resource: resourceOf.get(`person:${p}`) as number, amount: 1 }))
    const rolePool = pooled ? rolePoolOf(t, settings) : undefined
    if (rolePool !== undefined) {
      const pool =
        resourceOf.get(`pool:${rolePool.role}`) ??
        addResource({ kind: 'pool', name: rolePool.role, capacity: places(rolePool.capacity), absences: [] })
      demands.push({ resource: pool, amount: 1 })
    } else if (pooled && poolCapacity !== null) {
      const pool =
        resourceOf.get('pool:unassigned') ??
        addResource({ kind: 'pool', name: 'unassigned', capacity: poolCapacity, absences: [] })
      demands.push({ resource: pool, amount: 1 })
    }
    const deadline = t.deadline
    activities.push({
      topic: t,
      days,
      source,
      people,
      pooled,
      pool: rolePool?.role ?? (pooled ? 'unassigned' : null),
      deadline,
      deadlineDay: deadline === null ? null : Math.min(HORIZON, calendar.periodAfter(deadline)),
    })
    // Work in progress goes on from when it was started, never before: one start in every output.
    const startedOn = t.status?.state === 'in-progress' ? t.started : null
    const earliest = [t.start, startedOn]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1)
    const release = earliest === undefined ? 0 : Math.min(HORIZON, calendar.periodFrom(earliest))
    return {
      duration: days,
      demands,
      successors: (edges[i] ?? []).flatMap((j) => {
        const k = newIndex.get(j)
        return k === undefined ? [] : [k]
      }),
      release,
      breaks: absencesOf.size === 0 ? [] : mergeIntervals(people.flatMap((p) => absencesOf.get(p) ?? [])),
    }
  })
  return { specs, activities, resources }
}

/**
 * Whether a topic waits for an owner: no person owns it (no owner, `TODO`, or only a role
 * such as `GSoC student`). `Everyone` is an owner: the whole group, not a free place.
 */
export function isUnowned(t: Topic, people: readonly string[]): boolean {
  if (t.owners.includes(EVERYONE)) return false
  return !t.owners.some((o) => people.includes(o))
}

/** The configured pool of the role a topic is owned by, if any (`roles: { GSoC student: { capacity: 3 } }`). */
function rolePoolOf(t: Topic, settings: PlanSettings): RolePool | undefined {
  const pools = settings.rolePools
  if (pools === undefined || pools.length === 0) return undefined
  for (const owner of t.owners) {
    const folded = ` ${foldText(owner).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
    const pool = pools.find((p) =>
      folded.includes(
        ` ${foldText(p.role)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()} `,
      ),
    )
    if (pool !== undefined) return pool
  }
  return undefined
}

/**
 * How fast a topic's work goes, as a share of one full-time person: its people's capacities
 * added up, capped at full time — a co-owner never slows a topic, and a part-timer alone
 * stretches it. With `estimates: effort` the sum is not capped: the estimate is person-days
 * shared among them. A topic nobody is on yet goes at full time (whoever takes it).
 */
function topicPace(people: readonly string[], capacityOf: ReadonlyMap<string, number>, settings: PlanSettings): number {
  if (people.length === 0) return 1
  let sum = 0
  for (const p of people) sum += capacityOf.get(p) ?? settings.peopleDefaultCapacity ?? 1
  if (sum <= 0) return 1 // at 0%, the topic is unschedulable and never reaches the optimiser
  return settings.estimates === 'effort' ? sum : Math.min(1, sum)
}

/** The critical-path length of a compiled problem (precedence and releases only). */
function criticalPathLength(p: Problem): number {
  const finish = new Int32Array(p.n)
  let length = 0
  for (const j of p.topological) {
    let s = p.releases[j] as number
    for (const i of p.predecessors[j] as Int32Array) s = Math.max(s, finish[i] as number)
    finish[j] = s + (p.durations[j] as number)
    length = Math.max(length, finish[j] as number)
  }
  return length
}

/** Every date of a range (both ends included), at most ten years of them. */
function expandRange(r: DateRange): string[] {
  const out: string[] = []
  for (let d = r.from; d <= r.to && out.length < 3660; d = nextDay(d)) out.push(d)
  return out
}
