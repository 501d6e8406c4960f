/** Planning in tests: notes → checked roadmap → plan, with no settings and a fixed today. */
import type { CheckedRoadmap } from '../../src/model/lint-report.js'
import type { Plan } from '../../src/model/plan.js'
import { forecastRoadmap } from '../../src/forecast/forecast-roadmap.js'
import { runSamplesHere } from '../../src/forecast/sample-runner.js'
import type { Forecast } from '../../src/model/forecast.js'
import { planRoadmapProblem, type PlannedProblem } from '../../src/plan/plan-roadmap.js'
import { check } from '../helpers.js'

/** The day tests plan on. */
export const TODAY = '2026-11-26'

/** A roadmap read and planned. */
export interface PlannedNotes extends CheckedRoadmap {
  readonly plan: Plan
  readonly planned: PlannedProblem
}

/** Reads `files` as one roadmap and plans it (a small budget keeps property tests quick). */
export function planNotes(files: Record<string, string>, budget?: number): PlannedNotes {
  const checked = check(files)
  const planned = planRoadmapProblem(checked.roadmap, {
    settings: checked.settings.plan,
    today: TODAY,
    ...(budget === undefined ? {} : { budget }),
  })
  return { ...checked, plan: planned.plan, planned }
}

/** The forecast of planned notes, on this thread. */
export function forecastNotes(p: PlannedNotes, samples = 1000, seed = 1): Promise<Forecast> {
  return forecastRoadmap(p.planned, { samples, seed, runner: runSamplesHere })
}
