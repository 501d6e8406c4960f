/**
 * Why each topic starts when it does: the binding constraint in the plan — a prerequisite
 * that ends that day, a person's previous topic, a full unassigned pool, an absence, its
 * own start date, or simply the plan's start.
 */
import type { StartReason } from '../../model/plan.js'
import type { Schedule } from '../rcpsp/schedule.js'
import type { RoadmapProblem } from '../roadmap-problem.js'
import type { GraphEdge } from './schedule-graph.js'

const KIND_ORDER: Readonly<Record<GraphEdge['kind'], number>> = { prerequisite: 0, person: 1, 'unassigned-pool': 2 }

/** The binding incoming edge of `j`: one that ends exactly when `j` starts (prerequisites first). */
export function bindingEdge(j: number, schedule: Schedule, incoming: readonly GraphEdge[][]): GraphEdge | null {
  const start = schedule.starts[j] as number
  const binding = (incoming[j] ?? []).filter((e) => schedule.ends[e.from] === start)
  binding.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.from - b.from)
  return binding[0] ?? null
}

/** The reason activity `j` starts at its planned start. */
export function startReason(j: number, rp: RoadmapProblem, schedule: Schedule, incoming: readonly GraphEdge[][]): StartReason {
  const start = schedule.starts[j] as number
  const edge = bindingEdge(j, schedule, incoming)
  const topicOf = (i: number): string => (rp.activities[i] as { topic: { id: string } }).topic.id
  if (edge !== null) {
    if (edge.kind === 'prerequisite') return { kind: 'prerequisite', topic: topicOf(edge.from) }
    const resource = rp.resources[edge.resource as number]
    if (edge.kind === 'person') return { kind: 'person', topic: topicOf(edge.from), person: resource?.name ?? '' }
    return {
      kind: 'unassigned-pool',
      topic: topicOf(edge.from),
      capacity: resource?.capacity ?? 0,
      pool: resource?.name ?? 'unassigned',
    }
  }
  const release = rp.problem.releases[j] as number
  if (start > 0 && start === release) return { kind: 'release', date: rp.calendar.dateOf(start) }
  // An absence that ends the day it starts.
  for (const r of rp.problem.uses[j] ?? []) {
    const resource = rp.resources[r]
    if (resource?.kind === 'person' && resource.absences.some(([, e]) => e === start)) {
      return { kind: 'absence', person: resource.name, until: rp.calendar.dateOf(Math.max(0, start - 1)) }
    }
  }
  if (start === 0) return { kind: 'plan-start' }
  // Waiting on something that ended earlier (a tie the order resolved): the latest-ending predecessor.
  const latest = [...(incoming[j] ?? [])].sort((a, b) => (schedule.ends[b.from] as number) - (schedule.ends[a.from] as number))[0]
  if (latest) {
    const resource = rp.resources[latest.resource ?? -1]
    if (latest.kind === 'prerequisite') return { kind: 'prerequisite', topic: topicOf(latest.from) }
    if (latest.kind === 'person') return { kind: 'person', topic: topicOf(latest.from), person: resource?.name ?? '' }
    return {
      kind: 'unassigned-pool',
      topic: topicOf(latest.from),
      capacity: resource?.capacity ?? 0,
      pool: resource?.name ?? 'unassigned',
    }
  }
  return { kind: 'plan-start' }
}

/** The reason in one sentence. */
export function describeReason(reason: StartReason, titleOf: (id: string) => string): string {
  switch (reason.kind) {
    case 'plan-start':
      return 'starts when the plan starts'
    case 'release':
      return `starts on its start date, ${reason.date}`
    case 'prerequisite':
      return `starts after “${titleOf(reason.topic)}” (a prerequisite)`
    case 'person':
      return `starts after “${titleOf(reason.topic)}” because both need ${reason.person}`
    case 'unassigned-pool':
      return reason.pool === 'unassigned'
        ? `waits for “${titleOf(reason.topic)}” to free one of ${reason.capacity} unassigned slots`
        : `waits for “${titleOf(reason.topic)}” to free one of ${reason.capacity} places of the role “${reason.pool}”`
    case 'absence':
      return `waits for ${reason.person}, away until ${reason.until}`
  }
}
