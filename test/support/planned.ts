/** Planning in tests: notes → checked roadmap → plan, with no settings and a fixed today. */
import type { CheckedRoadmap } from '../../src/pipeline.js'
import type { Plan } from '../../src/model/plan.js'
import { NO_SETTINGS } from '../../src/plan/config/empty-settings.js'
import { planRoadmap } from '../../src/plan/plan-roadmap.js'
import { check } from '../helpers.js'

/** The day tests plan on. */
export const TODAY = '2026-11-26'

/** A roadmap read and planned. */
export interface PlannedNotes extends CheckedRoadmap {
  readonly plan: Plan
}

/** Reads `files` as one roadmap and plans it (a small budget keeps property tests quick). */
export function planNotes(files: Record<string, string>, budget?: number): PlannedNotes {
  const checked = check(files)
  const plan = planRoadmap(checked.roadmap, {
    settings: NO_SETTINGS,
    today: TODAY,
    ...(budget === undefined ? {} : { budget }),
  })
  return { ...checked, plan }
}
