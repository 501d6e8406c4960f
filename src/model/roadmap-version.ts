/**
 * One version of a roadmap — the notes as they were in a commit, a file, a folder of
 * dated notes — read, planned and forecast: what `diff`, `history`, the report's changes
 * and the page's slip chart compare. Built by one function (src/pipeline/roadmap-version.ts).
 */
import type { Forecast } from './forecast.js'
import type { Plan } from './plan.js'
import type { Roadmap } from './roadmap.js'
import type { PlanSettings } from './settings.js'

/** One version: its name (a file, a revision), the roadmap, its plan and forecast. */
export interface RoadmapVersion {
  readonly label: string
  readonly roadmap: Roadmap
  readonly plan: Plan
  readonly forecast: Forecast | null
  /** Its planning settings, so a diff can name a settings change as the cause of a move. */
  readonly settings?: PlanSettings
}

/** A version in the history: its label, its date and what it said. */
export interface HistoryVersion extends RoadmapVersion {
  /** The day of the version (a commit's date, a meeting's date). */
  readonly date: string
  readonly subject: string
}
