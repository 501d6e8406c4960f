/**
 * The renderers' one view of a planned roadmap: the topics joined with their plan and
 * forecast by id, once (src/model/roadmap-view.ts).
 */
import type { Forecast } from '../model/forecast.js'
import type { ForecastView, RoadmapView, TopicView } from '../model/roadmap-view.js'
import type { PlannedRoadmap } from './plan.js'

/** Joins a planned roadmap (and its forecast) for the renderers. */
export function roadmapView(planned: PlannedRoadmap, forecast: Forecast): ForecastView
export function roadmapView(planned: PlannedRoadmap, forecast?: Forecast | null): RoadmapView
export function roadmapView(planned: PlannedRoadmap, forecast: Forecast | null = null): RoadmapView {
  const { checked, plan } = planned
  const inPlan = new Map(plan.topics.map((t) => [t.id, t]))
  const excluded = new Map(plan.excluded.map((e) => [e.id, e.why]))
  const odds = new Map(forecast?.topics.map((t) => [t.id, t]))
  const topics = new Map<string, TopicView>()
  for (const topic of checked.roadmap.topics)
    topics.set(topic.id, {
      topic,
      planned: inPlan.get(topic.id) ?? null,
      excluded: excluded.get(topic.id) ?? null,
      forecast: odds.get(topic.id) ?? null,
    })
  return {
    roadmap: checked.roadmap,
    lint: checked.lint,
    plan,
    forecast,
    diagnostics: planned.diagnostics,
    topics,
    loads: new Map(plan.people.map((p) => [p.name, p])),
  }
}
