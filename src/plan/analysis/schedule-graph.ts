/**
 * The schedule graph of a resource-constrained plan: the prerequisites, plus the order
 * the plan puts on shared resources — topics of one person follow each other; a topic of
 * the unassigned pool waits for one that frees a slot exactly when it starts. Slack and
 * the critical path are computed on this graph, so "starts after GDB stub because both
 * need Marc Rittinghaus" is part of the critical path.
 */
import type { Problem } from '../rcpsp/problem.js'
import type { Schedule } from '../rcpsp/schedule.js'
import type { ResourceInfo } from '../roadmap-problem.js'

/** An edge: `to` may start only when `from` ends. */
export interface GraphEdge {
  readonly from: number
  readonly kind: 'prerequisite' | 'person' | 'unassigned-pool'
  /** The resource that orders them, for resource edges. */
  readonly resource?: number
}

/** Incoming edges of each activity. */
export function scheduleGraph(problem: Problem, schedule: Schedule, resources: readonly ResourceInfo[]): GraphEdge[][] {
  const incoming: GraphEdge[][] = Array.from({ length: problem.n }, () => [])
  for (let j = 0; j < problem.n; j++)
    for (const i of problem.predecessors[j] as Int32Array) incoming[j]?.push({ from: i, kind: 'prerequisite' })
  const users: number[][] = resources.map(() => [])
  for (let j = 0; j < problem.n; j++) for (const r of problem.uses[j] as Int32Array) users[r]?.push(j)
  const { starts, ends } = schedule
  resources.forEach((info, r) => {
    const list = (users[r] as number[]).sort(
      (a, b) => (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number) || a - b,
    )
    if (info.kind === 'person') {
      // One topic at a time: each follows the one before.
      for (let k = 1; k < list.length; k++)
        incoming[list[k] as number]?.push({ from: list[k - 1] as number, kind: 'person', resource: r })
    } else {
      // A pool slot: a topic waits for those that end exactly when it starts.
      for (const j of list) {
        for (const i of list) {
          if (i !== j && ends[i] === starts[j] && (ends[i] as number) > (starts[i] as number))
            incoming[j]?.push({ from: i, kind: 'unassigned-pool', resource: r })
        }
      }
    }
  })
  return incoming
}

/**
 * Total slack of each activity in the schedule graph: how many periods it can start later
 * without delaying the end, given the order the plan chose.
 */
export function totalSlack(problem: Problem, schedule: Schedule, incoming: readonly GraphEdge[][]): Int32Array {
  const { starts, ends, makespan } = schedule
  const order = Array.from({ length: problem.n }, (_, j) => j).sort(
    (a, b) => (starts[b] as number) - (starts[a] as number) || (ends[b] as number) - (ends[a] as number) || b - a,
  )
  const latestEnd = new Int32Array(problem.n).fill(makespan)
  const slack = new Int32Array(problem.n)
  for (const j of order) {
    const span = (ends[j] as number) - (starts[j] as number)
    const latestStart = (latestEnd[j] as number) - span
    slack[j] = Math.max(0, latestStart - (starts[j] as number))
    for (const e of incoming[j] ?? []) if ((latestEnd[e.from] as number) > latestStart) latestEnd[e.from] = latestStart
  }
  return slack
}
