/**
 * The baseline of a re-plan: a previous version's planned starts and its order (the
 * activity list its plan decodes from), by the ids of the topics as they are now
 * (renamed topics followed, as `diff` pairs them), for the planner to keep where the
 * edits allow.
 */
import { pairTopics } from '../compare/topic-pairs.js'
import type { Roadmap } from '../model/roadmap.js'
import type { PlanBaseline, PlannedProblem } from '../plan/plan-roadmap.js'

/** A planned version as a baseline for `roadmap`, its topics' ids as `roadmap` has them. */
export function baselineFor(
  before: { readonly roadmap: Roadmap; readonly planned: PlannedProblem },
  roadmap: Roadmap,
): PlanBaseline {
  const afterId = new Map(pairTopics(before.roadmap.topics, roadmap.topics).pairs.map((p) => [p.before.id, p.after.id]))
  const starts = new Map<string, string>()
  for (const t of before.planned.plan.topics) {
    const id = afterId.get(t.id)
    if (id !== undefined) starts.set(id, t.start)
  }
  const order = new Map<string, number>()
  const { activities } = before.planned.problem
  before.planned.list.forEach((j, rank) => {
    const id = afterId.get(activities[j]?.topic.id ?? '')
    if (id !== undefined) order.set(id, rank)
  })
  return { starts, order }
}
