/**
 * What the report and the page are made of, computed one way for both: the notes checked;
 * the version the latest changes are against, read first so the plan is made against it;
 * the plan, its forecast and staffing; and the note's past (changes and history).
 */
import type { Forecast } from '../model/forecast.js'
import type { RoadmapDiff } from '../model/roadmap-diff.js'
import type { RoadmapHistory } from '../model/roadmap-history.js'
import type { Staffing } from '../model/staffing.js'
import type { PlannedRoadmap } from '../pipeline/plan.js'
import type { CliIO } from './io.js'
import { notePast, previousVersion } from './note-past.js'
import type { ForecastFlags } from './options.js'
import { checkInputs, forecastPlanned, planChecked, staffPlanned } from './run-stages.js'

/** The stages' results a published roadmap shows. */
export interface PublishedRoadmap {
  readonly planned: PlannedRoadmap
  readonly forecast: Forecast
  readonly staffing: Staffing
  readonly changes: RoadmapDiff | null
  readonly history: RoadmapHistory | null
}

/** Runs the stages for `report` or `site` on the notes at `paths` (`since`: `--since REV`). */
export async function publishedRoadmap(
  command: string,
  paths: readonly string[],
  since: string | undefined,
  choices: ForecastFlags,
  io: CliIO,
  maxBytes: number,
): Promise<PublishedRoadmap> {
  const checked = await checkInputs(command, paths, io, maxBytes)
  // The latest changes' older side first: the plan is made against it, so it moves only what the edits move.
  const previous = await previousVersion(paths, since, choices, io, maxBytes)
  const planned = await planChecked(checked, choices, io, previous?.planned)
  const forecast = await forecastPlanned(planned, choices, io)
  const staffing = await staffPlanned(planned, choices, io, forecast)
  const current = {
    label: 'now',
    roadmap: planned.checked.roadmap,
    plan: planned.plan,
    forecast,
    settings: planned.checked.settings.plan,
  }
  const { changes, history } = await notePast(paths, current, previous?.version ?? null, choices, io, maxBytes)
  return { planned, forecast, staffing, changes, history }
}
