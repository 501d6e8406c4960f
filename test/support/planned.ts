/** Planning in tests: notes → checked roadmap → plan (the pipeline's), with a fixed today. */
import type { CheckedRoadmap } from '../../src/model/lint-report.js'
import type { Forecast } from '../../src/model/forecast.js'
import type { ForecastView, RoadmapView } from '../../src/model/roadmap-view.js'
import { forecast } from '../../src/pipeline/forecast.js'
import { plan, type PlannedRoadmap } from '../../src/pipeline/plan.js'
import { roadmapView } from '../../src/pipeline/roadmap-view.js'
import { check } from '../helpers.js'

/** The day tests plan on. */
export const TODAY = '2026-11-26'

/** A roadmap read and planned: the checked roadmap's fields and the planned roadmap's. */
export type PlannedNotes = CheckedRoadmap & PlannedRoadmap

/** Reads `files` as one roadmap and plans it (a small budget keeps property tests quick). */
export function planNotes(files: Record<string, string>, budget?: number): PlannedNotes {
  const checked = check(files)
  return { ...checked, ...plan(checked, { today: TODAY, ...(budget === undefined ? {} : { budget }) }) }
}

/** The forecast of planned notes, on this thread. */
export function forecastNotes(p: PlannedNotes, samples = 1000, seed = 1): Promise<Forecast> {
  return forecast(p, { samples, seed })
}

/** The renderers' view of planned notes (and their forecast). */
export function viewOf(p: PlannedNotes, predicted: Forecast): ForecastView
export function viewOf(p: PlannedNotes, predicted?: Forecast | null): RoadmapView
export function viewOf(p: PlannedNotes, predicted: Forecast | null = null): RoadmapView {
  return roadmapView(p, predicted)
}
