/**
 * One joined view of a planned roadmap for the renderers: per topic, the topic as the
 * notes say it, its place in the plan and its forecast; per person, their load; and
 * every finding. Built once by the pipeline (src/pipeline/roadmap-view.ts), so no
 * renderer joins the plan, the roadmap and the forecast by id again.
 */
import type { Diagnostic } from './diagnostic.js'
import type { Forecast, TopicForecast } from './forecast.js'
import type { LintReport } from './lint-report.js'
import type { ExcludedTopic, PersonLoad, Plan, PlannedTopic } from './plan.js'
import type { Roadmap, Topic } from './roadmap.js'

/** A topic of the roadmap with what the plan and the forecast say of it. */
export interface TopicView {
  readonly topic: Topic
  /** Its place in the plan; `null` when it is not planned (see `excluded`). */
  readonly planned: PlannedTopic | null
  /** Why it is not planned (done, dropped, unschedulable); `null` when it is. */
  readonly excluded: ExcludedTopic['why'] | null
  /** Its forecast; `null` without a forecast or when it is not planned. */
  readonly forecast: TopicForecast | null
}

/** A planned (and perhaps forecast) roadmap, joined. */
export interface RoadmapView {
  readonly roadmap: Roadmap
  readonly lint: LintReport
  readonly plan: Plan
  readonly forecast: Forecast | null
  /** Lint's, the settings' and the plan's findings, each once. */
  readonly diagnostics: readonly Diagnostic[]
  /** Every topic of the roadmap by id, in the roadmap's order. */
  readonly topics: ReadonlyMap<string, TopicView>
  /** Each planned person's load, by name. */
  readonly loads: ReadonlyMap<string, PersonLoad>
}

/** A view with its forecast, for the renderers that show one. */
export interface ForecastView extends RoadmapView {
  readonly forecast: Forecast
}

/** The title of topic `id` in `view` (the id itself for a topic it does not know). */
export function titleIn(view: RoadmapView, id: string): string {
  return view.topics.get(id)?.topic.title ?? id
}
