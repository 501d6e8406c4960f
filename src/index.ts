/**
 * Waymark's library entry: the pipeline's stages as functions over plain data, in
 * memory — no files, no clock, no terminal (docs/library.md).
 *
 *   check (read → resolve → lint) → plan → forecast → render
 *
 * ```ts
 * import { check, plan, forecast, renderPlan } from 'waymark'
 * const checked = check([{ file: 'notes.md', text }])
 * const planned = plan(checked, { today: '2026-12-01' })
 * const predicted = await forecast(planned, { samples: 500 })
 * ```
 */

// The pipeline: each step takes the one before's output.
export { check, type CheckOptions } from './pipeline/check.js'
export { plan, planSteps, schedulingProblem, type PlanChoices, type PlannedRoadmap } from './pipeline/plan.js'
export { forecast, sampleCount, type ForecastChoices, type SampleCount } from './pipeline/forecast.js'
export {
  roadmapVersion,
  historyVersion,
  versionOf,
  type BuiltVersion,
  type HistorySources,
  type VersionChoices,
  type VersionSources,
} from './pipeline/roadmap-version.js'
export { planOn, type StageRunner } from './pipeline/stage-runner.js'
export { roadmapView } from './pipeline/roadmap-view.js'

// Settings: which file belongs to which notes, and the one reader.
export { settingsPaths, SETTINGS_FILE_NAMES } from './settings/settings-files.js'
export { readSettings, NO_SETTINGS, type SettingsSources } from './settings/read-settings.js'

// The stages one by one.
export { readDocument, type ReadOptions } from './read/read-document.js'
export { decodeNote, DEFAULT_MAX_BYTES, type Decoded, type DecodeProblem } from './read/decode.js'
export { parseEstimate } from './read/estimate.js'
export { resolveRoadmap, type ResolveOptions } from './resolve/resolve-roadmap.js'
export { lintRoadmap } from './lint/lint-roadmap.js'
export { todoList } from './lint/todo-list.js'
export { planRoadmap, planRoadmapProblem, type PlannedProblem, type PlanOptions } from './plan/plan-roadmap.js'
export { runSamplesHere, type SampleRunner } from './forecast/sample-runner.js'
export { diffRoadmaps } from './compare/roadmap-diff.js'
export { roadmapHistory } from './compare/roadmap-history.js'

// Renderers.
export { renderHuman } from './render/diagnostics/human.js'
export { renderJson } from './render/diagnostics/json.js'
export { renderGithub } from './render/diagnostics/github.js'
export { renderSarif } from './render/diagnostics/sarif.js'
export { formatNote } from './render/markdown/format-note.js'
export { roadmapJson } from './render/json/roadmap-json.js'
export { planJson } from './render/json/plan-json.js'
export { forecastJson } from './render/json/forecast-json.js'
export { exportJson } from './render/json/export-json.js'
export { renderPlan } from './render/terminal/plan-report.js'
export { renderForecast } from './render/terminal/forecast-report.js'
export { renderDiff } from './render/terminal/diff-report.js'
export { renderHistory } from './render/terminal/history-report.js'
export { renderGantt } from './render/mermaid/gantt.js'
export { renderReport } from './render/markdown/report.js'
export { renderDiffMarkdown } from './render/markdown/diff-markdown.js'
export { renderCsv } from './render/csv/topics-csv.js'
export { renderCalendar } from './render/ics/calendar.js'
export { renderTaskJuggler } from './render/tjp/taskjuggler.js'
export { renderSlipChart } from './render/svg/slip-chart.js'
export { PLAIN, COLOR, type Style } from './render/terminal/style.js'

// The catalog of findings, and the model's types.
export { RULES, RULE_IDS } from './diagnostics/catalog.js'
export { messageOf, hintOf, besidePlan } from './diagnostics/words.js'
export { RoadmapError } from './model/roadmap-error.js'
export * from './model/defaults.js'
export type { RuleId, RuleParams } from './model/rule.js'
export type { Diagnostic, Severity } from './model/diagnostic.js'
export type * from './model/document.js'
export type * from './model/estimate.js'
export type * from './model/roadmap.js'
export type * from './model/plan.js'
export type * from './model/forecast.js'
export type * from './model/settings.js'
export type * from './model/lint-report.js'
export type * from './model/roadmap-version.js'
export { titleIn, type RoadmapView, type TopicView, type ForecastView } from './model/roadmap-view.js'
export type * from './model/roadmap-diff.js'
export type * from './model/roadmap-history.js'
export type * from './model/carried-action.js'
export type { FieldKey } from './model/field-key.js'
export type { Place } from './model/place.js'
export type { Weekday } from './model/iso-date.js'
