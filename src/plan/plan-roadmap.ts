/**
 * plan: a resolved roadmap → a people-constrained schedule, with slack, the critical path
 * (prerequisites and resource links), a reason for every start, the load of each person
 * and the bottlenecks. Pure: the clock comes in as `today`, randomness as `seed`.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { CriticalLink, OwnerGap, PersonLoad, Plan, PlannedTopic } from '../model/plan.js'
import type { Roadmap } from '../model/roadmap.js'
import { PRIORITY_LEVELS } from '../model/priority-levels.js'
import { DEFAULT_SEED } from '../model/defaults.js'
import { bindingEdge, describeReason, startReason } from './analysis/start-reasons.js'
import { scheduleGraph, totalSlack, type GraphEdge } from './analysis/schedule-graph.js'
import type { PlanSettings } from '../model/settings.js'
import { optimisation } from './rcpsp/optimise.js'
import { activityList } from './rcpsp/activity-list.js'
import { SerialSgs } from './rcpsp/serial-sgs.js'
import { ownerSuggestions } from './analysis/owner-suggestions.js'
import type { Schedule } from './rcpsp/schedule.js'
import { HORIZON, roadmapProblem, type RoadmapProblem } from './roadmap-problem.js'
import { finishSteps, type WorkSteps } from './work-steps.js'

/** Options of planning. */
export interface PlanOptions {
  readonly settings: PlanSettings
  readonly start?: string
  readonly today: string
  /** Schedules the optimiser may generate; default: by roadmap size (see `defaultBudget`). */
  readonly budget?: number
  readonly seed?: number
  /** The day the topics' statuses are judged on (late or not); default `today`. */
  readonly asOf?: string
  /** A previous plan to stay close to (see `PlanBaseline`). */
  readonly baseline?: PlanBaseline
}

/**
 * A previous plan, by topic id: its starts (ISO dates) and its order (each topic's rank in
 * the activity list it decodes from). The plan decodes that order first and keeps it where
 * the edits allow (see `STABILITY_TOLERANCE`); among equally short plans it takes the one
 * with the fewest and smallest moved starts.
 */
export interface PlanBaseline {
  readonly starts: ReadonlyMap<string, string>
  readonly order: ReadonlyMap<string, number>
}

/**
 * The default budget, for an interactive answer: 5,000 schedules for roadmaps of up to 60
 * topics, then fewer as each schedule gets longer to build (300 for 1,000 topics), never
 * under 30.
 */
export function defaultBudget(topics: number): number {
  return Math.max(30, Math.min(5000, Math.floor(300_000 / Math.max(1, topics))))
}

/** A plan with what produced it: the scheduling problem and the activity list of its schedule. */
export interface PlannedProblem {
  readonly plan: Plan
  readonly problem: RoadmapProblem
  /** An activity list whose serial decoding is the plan's schedule (the forecast re-decodes it). */
  readonly list: Int32Array
}

/** Plans a roadmap. */
export function planRoadmap(roadmap: Roadmap, options: PlanOptions): Plan {
  return planRoadmapProblem(roadmap, options).plan
}

/** Plans a roadmap and keeps the problem and the optimiser's best activity list. */
export function planRoadmapProblem(roadmap: Roadmap, options: PlanOptions): PlannedProblem {
  return finishSteps(planningSteps(roadmap, options))
}

/** `planRoadmapProblem` as steps, pausing while the optimiser works (see `work-steps.ts`). */
export function* planningSteps(roadmap: Roadmap, options: PlanOptions): WorkSteps<PlannedProblem> {
  const rp = roadmapProblem(roadmap, options)
  const budget = options.budget ?? defaultBudget(rp.problem.n)
  const seed = options.seed ?? DEFAULT_SEED
  const weights = Int32Array.from(rp.activities, (a) => 1 + PRIORITY_LEVELS.indexOf(a.topic.priority ?? 'medium'))
  const deadlines = Int32Array.from(rp.activities, (a) => a.deadlineDay ?? -1)
  const lateness = (s: Schedule): number => {
    let late = 0
    for (let j = 0; j < deadlines.length; j++) {
      const deadline = deadlines[j] as number
      if (deadline >= 0) late += Math.max(0, (s.ends[j] as number) - deadline)
    }
    return late
  }
  const targets = options.baseline === undefined ? null : baselineTargets(rp, options.baseline.starts)
  const kept = options.baseline === undefined ? null : baselineOrder(rp, options.baseline.order)
  const result = yield* optimisation(rp.problem, {
    budget,
    seed,
    ...(kept === null ? {} : { initial: [kept] }),
    tieBreak:
      targets === null
        ? // Among equally short plans: deadlines met first, then important topics early.
          (s) => {
            let cost = 1e6 * lateness(s)
            for (let j = 0; j < weights.length; j++) cost += (weights[j] as number) * (s.ends[j] as number)
            return cost
          }
        : // With a baseline: deadlines met first, then the fewest and smallest moves from it.
          (s) => 1e10 * lateness(s) + distanceFrom(targets, s),
  })
  let schedule = result.schedule
  let list = result.list
  let baseline: Plan['baseline'] = null
  if (kept !== null && targets !== null) {
    // The baseline's order decoded as it is moves only what the edits force; it is kept
    // unless re-optimising makes the roadmap shorter by more than the tolerance.
    const keptList = activityList(rp.problem, kept)
    const keptSchedule = new SerialSgs(rp.problem).decode(keptList)
    const tolerance = Math.floor(schedule.makespan * STABILITY_TOLERANCE)
    const keep = keptSchedule.makespan <= schedule.makespan + tolerance && lateness(keptSchedule) <= lateness(schedule)
    if (keep && distanceFrom(targets, keptSchedule) <= distanceFrom(targets, schedule)) {
      schedule = keptSchedule
      list = keptList
    }
    let moved = 0
    for (let j = 0; j < targets.length; j++) if ((targets[j] as number) >= 0 && schedule.starts[j] !== targets[j]) moved++
    baseline = {
      keptMakespanDays: keptSchedule.makespan,
      reoptimised: schedule !== keptSchedule && !sameStarts(schedule, keptSchedule),
      moved,
    }
  }
  const described = describePlan(rp, schedule, { budget, schedules: result.schedules, seed }, options.asOf ?? options.today)
  const suggested = { ...described, baseline, ownerSuggestions: ownerSuggestions(roadmap, rp, described) }
  const plan =
    options.budget === undefined && budget < SMALL_BUDGET
      ? {
          ...suggested,
          diagnostics: [...suggested.diagnostics, diagnostic('small-budget', { topics: rp.problem.n, budget }, null)],
        }
      : suggested
  return { plan, problem: rp, list }
}

/**
 * A re-plan keeps the baseline's order unless re-optimising makes the roadmap shorter by
 * more than this share of its length (1%: two days of a ten-month roadmap).
 */
export const STABILITY_TOLERANCE = 0.01

/** Each activity's start in the baseline, as a period of this plan's calendar; -1 for a topic the baseline did not have. */
function baselineTargets(rp: RoadmapProblem, baseline: ReadonlyMap<string, string>): Int32Array {
  return Int32Array.from(rp.activities, (a) => {
    const start = baseline.get(a.topic.id)
    return start === undefined ? -1 : Math.max(0, Math.min(HORIZON, rp.calendar.periodFrom(start)))
  })
}

/** Priority values that list activities in the baseline's order, new topics after them. */
function baselineOrder(rp: RoadmapProblem, order: ReadonlyMap<string, number>): Float64Array {
  return Float64Array.from(rp.activities, (a, j) => order.get(a.topic.id) ?? order.size + j)
}

/** How far a schedule is from the baseline: moved topics first (each counts 100,000), then the days they moved. */
function distanceFrom(targets: Int32Array, s: Schedule): number {
  let moved = 0
  let days = 0
  for (let j = 0; j < targets.length; j++) {
    const t = targets[j] as number
    if (t < 0 || s.starts[j] === t) continue
    moved++
    days += Math.abs((s.starts[j] as number) - t)
  }
  return moved * 1e5 + Math.min(days, 99_999)
}

function sameStarts(a: Schedule, b: Schedule): boolean {
  for (let j = 0; j < a.starts.length; j++) if (a.starts[j] !== b.starts[j]) return false
  return true
}

/** Default budgets below this are reported, so users know a better plan is one option away. */
const SMALL_BUDGET = 1000

/** Turns a schedule of the roadmap problem into the plan. */
export function describePlan(rp: RoadmapProblem, schedule: Schedule, optimiser: Plan['optimiser'], asOf: string): Plan {
  const diagnostics: Diagnostic[] = [...rp.diagnostics]
  const incoming = scheduleGraph(rp.problem, schedule, rp.resources)
  const slack = totalSlack(rp.problem, schedule, incoming)
  const titles = new Map(rp.activities.map((a) => [a.topic.id, a.topic.title]))
  const titleOf = (id: string): string => titles.get(id) ?? id
  const { calendar } = rp
  // A topic's last working day; a milestone (no working days) falls on the day its prerequisites end.
  const lastDay = (j: number): string => calendar.dateOf(Math.max(0, (schedule.ends[j] as number) - 1))
  const zeroLength = (j: number): boolean => (schedule.ends[j] as number) === (schedule.starts[j] as number)

  const topicById = new Map(rp.activities.map((a) => [a.topic.id, a.topic]))
  const topics: PlannedTopic[] = rp.activities.map((a, j) => {
    const reason = startReason(j, rp, schedule, incoming)
    if (reason.kind === 'person') {
      const other = topicById.get(reason.topic)
      const mine = a.topic.priority
      if (
        other &&
        mine !== null &&
        other.priority !== null &&
        PRIORITY_LEVELS.indexOf(mine) > PRIORITY_LEVELS.indexOf(other.priority)
      ) {
        diagnostics.push(
          diagnostic(
            'priority-inversion',
            { topic: a.topic.title, priority: mine, other: other.title, otherPriority: other.priority, person: reason.person },
            a.topic.place,
            a.topic.id,
          ),
        )
      }
    }
    const finish = lastDay(j)
    const start = zeroLength(j) ? finish : calendar.dateOf(schedule.starts[j] as number)
    const startedOn = a.topic.status?.state === 'in-progress' ? (a.topic.started ?? null) : null
    // Past dates are never taken for progress: only the notes say a topic is done or started.
    const late = finish < asOf ? 'finish' : a.topic.status?.state !== 'in-progress' && start < asOf ? 'start' : null
    const missesDeadline = a.deadline !== null && finish > a.deadline
    if (missesDeadline)
      diagnostics.push(
        diagnostic(
          'deadline-missed',
          { topic: a.topic.title, finish, deadline: a.deadline as string },
          a.topic.place,
          a.topic.id,
        ),
      )
    return {
      id: a.topic.id,
      title: a.topic.title,
      owners: a.topic.owners,
      team: a.topic.team,
      unowned: a.pooled,
      start,
      finish,
      started: startedOn,
      late,
      startDay: schedule.starts[j] as number,
      endDay: schedule.ends[j] as number,
      days: a.days,
      source: a.source,
      assumed: a.source === 'assumed',
      slack: slack[j] as number,
      critical: slack[j] === 0,
      reason,
      because: describeReason(reason, titleOf),
      deadline: a.deadline,
      missesDeadline,
    }
  })

  const { path, links } = criticalPath(rp, schedule, incoming, slack)
  const finish = rp.problem.n > 0 && schedule.makespan > 0 ? calendar.dateOf(schedule.makespan - 1) : null
  const deadline = rp.deadline === null ? null : { ...rp.deadline, met: finish === null || finish <= rp.deadline.date }
  if (deadline && !deadline.met && finish !== null)
    diagnostics.push(
      diagnostic(
        'roadmap-deadline-missed',
        { finish, deadline: deadline.date },
        // At the roadmap's own window when the notes set it ("Roadmap 2027 H1"); a setting has no place here.
        deadline.source.kind === 'roadmap-window' ? deadline.source.place : null,
      ),
    )

  const late = topics.filter((t) => t.late === 'finish').map((t) => t.title)
  const unstarted = topics.filter((t) => t.late === 'start').map((t) => t.title)
  if (late.length + unstarted.length > 0) diagnostics.push(diagnostic('late-topics', { asOf, late, unstarted }, null))

  const people = peopleLoads(rp, topics, schedule.makespan)
  // People on the critical path hold the roadmap back; without any, the busiest do.
  const byLoad = (a: PersonLoad, b: PersonLoad): number =>
    b.utilization - a.utilization || b.criticalTopics - a.criticalTopics || a.name.localeCompare(b.name)
  // Someone busy a sixth of the plan holds nothing back, critical topic or not.
  const busy = people.filter((p) => p.utilization >= BOTTLENECK_LOAD)
  const bottlenecks = [
    ...busy.filter((p) => p.criticalTopics > 0).sort(byLoad),
    ...busy.filter((p) => p.criticalTopics === 0).sort(byLoad),
  ]
    .slice(0, 3)
    .map((p) => p.name)
  return {
    start: calendar.start,
    asOf,
    finish,
    makespanDays: schedule.makespan,
    lowerBoundDays: rp.lowerBound,
    topics,
    excluded: rp.excluded,
    criticalPath: path.map((j) => rp.activities[j]?.topic.id as string),
    criticalLinks: links,
    people,
    bottlenecks,
    ownerGap: ownerGap(rp, schedule),
    baseline: null,
    // Who could own them needs the roadmap's people and discussions: `planningSteps` adds them.
    ownerSuggestions: [],
    deadline,
    optimiser,
    diagnostics,
  }
}

/** People busy at least this share of the plan can be its bottleneck. */
const BOTTLENECK_LOAD = 0.5

/** The topics without an owner, and how the plan assumes they are taken. */
function ownerGap(rp: RoadmapProblem, schedule: Schedule): OwnerGap {
  const unowned: number[] = []
  rp.activities.forEach((a, j) => {
    if (a.pooled) unowned.push(j)
  })
  // The most unowned topics at work on one day: the people the plan assumes appear.
  const events: [number, number][] = []
  for (const j of unowned) {
    const s = schedule.starts[j] as number
    const e = schedule.ends[j] as number
    if (e > s) events.push([s, 1], [e, -1])
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let atOnce = 0
  let peak = 0
  for (const [, d] of events) peak = Math.max(peak, (atOnce += d))
  const pool = rp.resources.find((r) => r.kind === 'pool' && r.name === 'unassigned')
  return {
    topics: unowned.map((j) => rp.activities[j]?.topic.id as string),
    peakAtOnce: peak,
    poolCapacity: pool?.capacity ?? null,
  }
}

/**
 * One critical path: from a zero-slack topic that ends last, back through binding
 * zero-slack links (prerequisites first), to a topic that starts at the beginning, on its
 * start date, or after an absence.
 */
function criticalPath(
  rp: RoadmapProblem,
  schedule: Schedule,
  incoming: readonly GraphEdge[][],
  slack: Int32Array,
): { path: number[]; links: CriticalLink[] } {
  const n = rp.problem.n
  let last = -1
  for (let j = 0; j < n; j++)
    if (
      schedule.ends[j] === schedule.makespan &&
      slack[j] === 0 &&
      (last === -1 || (schedule.starts[j] as number) < (schedule.starts[last] as number))
    )
      last = j
  if (last === -1) return { path: [], links: [] }
  const path = [last]
  const links: CriticalLink[] = []
  const seen = new Set([last])
  const critical = incoming.map((es) => es.filter((e) => slack[e.from] === 0))
  for (let j = last; ;) {
    const edge = bindingEdge(j, schedule, critical)
    if (edge === null || seen.has(edge.from)) break
    const id = (k: number): string => rp.activities[k]?.topic.id as string
    const person = edge.resource === undefined ? undefined : rp.resources[edge.resource]?.name
    links.unshift(
      person === undefined || edge.kind === 'prerequisite'
        ? { from: id(edge.from), to: id(j), kind: edge.kind }
        : { from: id(edge.from), to: id(j), kind: edge.kind, person },
    )
    path.unshift(edge.from)
    seen.add(edge.from)
    j = edge.from
  }
  return { path, links }
}

function peopleLoads(rp: RoadmapProblem, topics: readonly PlannedTopic[], makespan: number): PersonLoad[] {
  const loads = new Map(rp.resources.filter((r) => r.kind === 'person').map((r) => [r.name, { workDays: 0, criticalTopics: 0 }]))
  rp.activities.forEach((a, j) => {
    const t = topics[j] as PlannedTopic
    for (const person of a.people) {
      const load = loads.get(person)
      if (!load) continue
      load.workDays += t.days
      if (t.critical) load.criticalTopics++
    }
  })
  return [...loads]
    .map(([name, { workDays, criticalTopics }]) => ({
      name,
      workDays,
      utilization: makespan > 0 ? Math.min(1, workDays / makespan) : 0,
      criticalTopics,
    }))
    .sort((a, b) => b.workDays - a.workDays || a.name.localeCompare(b.name))
}
