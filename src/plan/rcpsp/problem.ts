import { MinHeap } from './min-heap.js'

/**
 * The resource-constrained project scheduling problem (RCPSP) as Waymark's optimiser
 * sees it: activities with durations (in periods — working days for a roadmap), demands
 * on renewable resources of constant capacity, finish-to-start precedence, and two
 * extensions a roadmap needs: release times (an activity may not start earlier) and
 * per-activity breaks (days an activity's people are away: its work pauses there, but
 * it keeps its people).
 */

/** An activity as given. */
export interface ActivitySpec {
  readonly duration: number
  /** Units of each resource it needs for its whole duration, by resource index. */
  readonly demands: readonly { readonly resource: number; readonly amount: number }[]
  /** Activities that may start only after this one finishes. */
  readonly successors: readonly number[]
  /** Earliest start period (default 0). */
  readonly release?: number
  /** Periods on which it does no work, as sorted, disjoint `[start, end)` pairs. */
  readonly breaks?: readonly (readonly [number, number])[]
}

/** A problem as given. */
export interface ProblemSpec {
  readonly activities: readonly ActivitySpec[]
  readonly capacities: readonly number[]
}

/** A problem compiled for the schedule generators: flat typed arrays, a topological order. */
export interface Problem {
  readonly n: number
  readonly resourceCount: number
  readonly durations: Int32Array
  readonly releases: Int32Array
  readonly capacities: Int32Array
  /** Resources each activity uses, and how much (parallel arrays per activity). */
  readonly uses: readonly Int32Array[]
  readonly amounts: readonly Int32Array[]
  readonly successors: readonly Int32Array[]
  readonly predecessors: readonly Int32Array[]
  /** Break intervals per activity, flattened `[s0, e0, s1, e1, …]`, or empty. */
  readonly breaks: readonly Int32Array[]
  /** Whether any activity has breaks or a release (the justification passes then approximate). */
  readonly calendared: boolean
  /** A topological order of the activities. */
  readonly topological: Int32Array
  /** Sum of durations plus the latest release and all breaks: no schedule needs more. */
  readonly horizon: number
}

/**
 * One empty array for every empty list (breaks, demands, links): typed arrays are costly
 * objects, and 100,000 empty ones are tens of megabytes. Never written to.
 */
const NO_BREAKS = new Int32Array(0)

/** Why a problem cannot be scheduled at all. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError'
}

/**
 * Compiles and checks a problem: non-negative integer durations, demands within
 * capacity, no precedence cycle.
 */
export function compileProblem(spec: ProblemSpec): Problem {
  const n = spec.activities.length
  const resourceCount = spec.capacities.length
  const capacities = Int32Array.from(spec.capacities, (c, r) => {
    if (!Number.isInteger(c) || c < 0) throw new ProblemError(`resource ${r}: capacity must be a whole number ≥ 0, got ${c}`)
    return c
  })
  const durations = new Int32Array(n)
  const releases = new Int32Array(n)
  const useLists: number[][] = []
  const amountLists: number[][] = []
  const successorLists: number[][] = []
  const predecessorLists: number[][] = Array.from({ length: n }, () => [])
  const breaks: Int32Array[] = []
  let calendared = false
  let horizon = 0
  let latestRelease = 0
  spec.activities.forEach((a, j) => {
    if (!Number.isInteger(a.duration) || a.duration < 0)
      throw new ProblemError(`activity ${j}: duration must be a whole number ≥ 0, got ${a.duration}`)
    durations[j] = a.duration
    horizon += a.duration
    const release = a.release ?? 0
    if (!Number.isInteger(release) || release < 0) throw new ProblemError(`activity ${j}: release must be a whole number ≥ 0`)
    releases[j] = release
    if (release > 0) calendared = true
    latestRelease = Math.max(latestRelease, release)
    const demands = a.demands.filter((d) => d.amount > 0)
    for (const d of demands) {
      const cap = capacities[d.resource]
      if (cap === undefined) throw new ProblemError(`activity ${j}: no resource ${d.resource}`)
      if (!Number.isInteger(d.amount) || d.amount > cap) {
        throw new ProblemError(`activity ${j}: needs ${d.amount} of resource ${d.resource}, which has ${cap}`)
      }
    }
    useLists.push(demands.map((d) => d.resource))
    amountLists.push(demands.map((d) => d.amount))
    for (const s of a.successors) {
      if (!Number.isInteger(s) || s < 0 || s >= n) throw new ProblemError(`activity ${j}: no successor ${s}`)
      predecessorLists[s]?.push(j)
    }
    successorLists.push([...new Set(a.successors)])
    const flat = (a.breaks ?? []).flatMap(([s, e]) => [s, e])
    if (flat.length > 0) {
      calendared = true
      horizon += a.breaks?.reduce((sum, [s, e]) => sum + (e - s), 0) ?? 0
    }
    breaks.push(flat.length === 0 ? NO_BREAKS : Int32Array.from(flat))
  })
  const uses = packed(useLists)
  const amounts = packed(amountLists)
  const successors = packed(successorLists)
  const predecessors = packed(predecessorLists.map((p) => [...new Set(p)]))
  return {
    n,
    resourceCount,
    durations,
    releases,
    capacities,
    uses,
    amounts,
    successors,
    predecessors,
    breaks,
    calendared,
    topological: topologicalOrder(n, successors, predecessors),
    horizon: horizon + latestRelease,
  }
}

/**
 * The lists as views of one array: a typed array of its own costs a few hundred bytes
 * whatever its length, and a roadmap of 100,000 topics has half a million of these lists.
 */
function packed(lists: readonly (readonly number[])[]): Int32Array[] {
  let total = 0
  for (const list of lists) total += list.length
  const all = new Int32Array(total)
  const views: Int32Array[] = []
  let at = 0
  for (const list of lists) {
    if (list.length === 0) {
      views.push(NO_BREAKS)
      continue
    }
    all.set(list, at)
    views.push(all.subarray(at, at + list.length))
    at += list.length
  }
  return views
}

/** Kahn's algorithm, smallest index first (deterministic); throws on a cycle. */
function topologicalOrder(n: number, successors: readonly Int32Array[], predecessors: readonly Int32Array[]): Int32Array {
  const indegree = Int32Array.from(predecessors, (p) => p.length)
  const order = new Int32Array(n)
  const ready = new MinHeap()
  for (let j = 0; j < n; j++) if (indegree[j] === 0) ready.push(j)
  let k = 0
  while (ready.size > 0) {
    const j = ready.pop() as number
    order[k++] = j
    for (const s of successors[j] as Int32Array) {
      indegree[s] = (indegree[s] as number) - 1
      if (indegree[s] === 0) ready.push(s)
    }
  }
  if (k < n) throw new ProblemError(`the precedence relations have a cycle (${n - k} activities on or behind it)`)
  return order
}

/** Reverses a problem's precedence (for backward passes); releases and breaks are dropped. */
export function reversedProblem(p: Problem): Problem {
  const topological = Int32Array.from(p.topological).reverse()
  return {
    ...p,
    successors: p.predecessors,
    predecessors: p.successors,
    releases: new Int32Array(p.n),
    breaks: p.breaks.map(() => NO_BREAKS),
    calendared: false,
    topological,
  }
}
