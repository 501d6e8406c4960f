/**
 * Groups of planned topics for charts and tables: by owner (the default), by status, by
 * priority, or one group. Every planned topic is in exactly one group — a Gantt row or a
 * graph node can sit in only one section — so a topic with several owners goes to the
 * group of its owners together ("Ana, Bo").
 */
import type { PriorityLevel } from '../model/document.js'
import type { PlannedTopic } from '../model/plan.js'
import type { Topic } from '../model/roadmap.js'
import type { RoadmapView } from '../model/roadmap-view.js'
import { PRIORITY_LEVELS } from '../model/priority-levels.js'

/** What to group by. */
export type GroupBy = 'owner' | 'status' | 'priority' | 'none'

/** The ways of grouping, as the CLI accepts them. */
export const GROUP_BY: readonly GroupBy[] = ['owner', 'status', 'priority', 'none']

/** One group: a label (`null` for the single group of `none`) and its topics, earliest first. */
export interface TopicGroup {
  readonly label: string | null
  readonly topics: readonly PlannedTopic[]
}

/** Label of the group of topics nobody owns yet. */
export const UNASSIGNED = 'Unassigned'

const PRIORITY_LABEL: Readonly<Record<PriorityLevel, string>> = {
  critical: 'Critical priority',
  high: 'High priority',
  'medium-high': 'Medium-high priority',
  medium: 'Medium priority',
  'medium-low': 'Medium-low priority',
  low: 'Low priority',
}

/** Groups the planned topics of a view (the notes give their status and priority). */
export function groupTopics(view: RoadmapView, by: GroupBy): TopicGroup[] {
  return groupItems([...view.plan.topics].sort(byStart), by, (t) => groupOf(t.owners, view.topics.get(t.id)?.topic, by))
}

/** The group a topic of the roadmap belongs to (planned or not: done topics have a group too). */
export function groupOf(
  owners: readonly string[],
  topic: Topic | undefined,
  by: GroupBy,
): { label: string | null; rank: number } {
  switch (by) {
    case 'none':
      return { label: null, rank: 0 }
    case 'owner':
      return owners.length === 0 ? { label: UNASSIGNED, rank: 1 } : { label: owners.join(', '), rank: 0 }
    case 'status': {
      const state = topic?.status?.state
      if (state === 'in-progress') return { label: 'In progress', rank: 0 }
      if (state === 'blocked') return { label: 'Blocked', rank: 1 }
      if (state === 'done') return { label: 'Done', rank: 3 }
      if (state === 'dropped') return { label: 'Dropped', rank: 4 }
      return { label: 'Not started', rank: 2 }
    }
    case 'priority': {
      const level = topic?.priority ?? null
      if (level === null) return { label: 'No priority', rank: PRIORITY_LEVELS.length }
      return { label: PRIORITY_LABEL[level], rank: PRIORITY_LEVELS.length - 1 - PRIORITY_LEVELS.indexOf(level) }
    }
  }
}

/**
 * Items (already in order) into groups: by rank, then by the position of each group's
 * first item, then by label; items keep their order within a group.
 */
export function groupItems<T>(
  items: readonly T[],
  by: GroupBy,
  of: (item: T) => { label: string | null; rank: number },
): { label: string | null; topics: T[] }[] {
  const keyed = new Map<string | null, { rank: number; first: number; topics: T[] }>()
  items.forEach((item, k) => {
    const { label, rank } = of(item)
    const group = keyed.get(label)
    if (group) group.topics.push(item)
    else keyed.set(label, { rank, first: k, topics: [item] })
  })
  if (by === 'none') return [...keyed.values()].map((g) => ({ label: null, topics: g.topics }))
  return [...keyed]
    .sort(([la, a], [lb, b]) => a.rank - b.rank || a.first - b.first || (la ?? '').localeCompare(lb ?? ''))
    .map(([label, g]) => ({ label, topics: g.topics }))
}

function byStart(a: PlannedTopic, b: PlannedTopic): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || a.title.localeCompare(b.title)
}
