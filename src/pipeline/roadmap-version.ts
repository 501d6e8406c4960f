/**
 * One version of a roadmap, the one way: sources (and their settings file) → checked →
 * planned → forecast. `diff` compares two, the report's and the page's changes compare
 * the last commit with now, and `history` follows many (git commits, dated notes).
 */
import type { SourceDocument } from '../model/document.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import { RoadmapError } from '../model/roadmap-error.js'
import type { HistoryVersion, RoadmapVersion } from '../model/roadmap-version.js'
import { check } from './check.js'
import { forecast, type ForecastChoices } from './forecast.js'
import type { PlanChoices, PlannedRoadmap } from './plan.js'
import { planOn, type StageRunner } from './stage-runner.js'

/** The notes of one version. */
export interface VersionSources {
  /** What to call the version (a file, a revision, `now`). */
  readonly label: string
  readonly sources: readonly SourceDocument[]
  /** The `waymark.yaml` that belongs to them then, if any. */
  readonly settingsFile?: SourceDocument | null
}

/** The choices of planning and forecasting a version. */
export type VersionChoices = PlanChoices & Omit<ForecastChoices, 'signal' | 'onProgress'>

/** A version with the stages' outputs it was made of (for the CLI's findings and outputs). */
export interface BuiltVersion {
  readonly version: RoadmapVersion
  readonly checked: CheckedRoadmap
  readonly planned: PlannedRoadmap
}

/**
 * Reads, plans and forecasts one version of a roadmap.
 *
 * ```ts
 * const before = await roadmapVersion({ label: 'v1', sources: [old] }, { today })
 * const after = await roadmapVersion({ label: 'v2', sources: [now] }, { today })
 * diffRoadmaps(before.version, after.version)
 * ```
 */
export async function roadmapVersion(
  input: VersionSources,
  choices: VersionChoices,
  runner: StageRunner = {},
): Promise<BuiltVersion> {
  const checked = checkVersion(input, runner)
  return versionOf(input.label, checked, choices, runner)
}

/** The version's notes, checked (on the runner's parser). */
function checkVersion(input: VersionSources, runner: StageRunner): CheckedRoadmap {
  return check(input.sources, {
    settingsFile: input.settingsFile ?? null,
    ...(runner.parseChunks === undefined ? {} : { parseChunks: runner.parseChunks }),
  })
}

/** A checked roadmap planned and forecast, as a version called `label`. */
export async function versionOf(
  label: string,
  checked: CheckedRoadmap,
  choices: VersionChoices,
  runner: StageRunner = {},
): Promise<BuiltVersion> {
  const planned = await planOn(checked, choices, runner)
  const predicted = await forecast(planned, choices, runner.runSamples)
  const version = { label, roadmap: checked.roadmap, plan: planned.plan, forecast: predicted, settings: checked.settings.plan }
  return { version, checked, planned }
}

/** The notes of one version in a history, and what is known of it besides. */
export interface HistorySources extends VersionSources {
  /** The version's day (a commit's); default: the notes' meeting date, else `dateHint`. */
  readonly date?: string
  /** A date for notes without a meeting date (from the file's name, say). */
  readonly dateHint?: string
  /** What the version said (a commit's subject); default: the notes' title, else the label. */
  readonly subject?: string
}

/**
 * One version of a history: planned as of its date (unless the choices say otherwise)
 * and forecast with the samples a forecast of it draws (the choices', the settings' or the
 * default), so its P85 is the one `forecast`, `diff` and `report` print for the same
 * notes; `null` when its notes have no topics (a commit before the first topic).
 *
 * @throws {RoadmapError} when no date is known for it.
 */
export async function historyVersion(
  input: HistorySources,
  choices: VersionChoices,
  runner: StageRunner = {},
): Promise<BuiltHistoryVersion | null> {
  const checked = checkVersion(input, runner)
  if (checked.roadmap.topics.length === 0) return null
  const date = input.date ?? checked.roadmap.meta.date ?? input.dateHint
  if (date === undefined)
    throw new RoadmapError(
      `${checked.roadmap.files.join(', ')}: no date to order it by; give it a meeting date (\`date: 2022-08-25\` in its front matter)`,
    )
  const built = await versionOf(input.label, checked, { ...choices, asOf: choices.asOf ?? date }, runner)
  return {
    version: { ...built.version, date, subject: input.subject ?? checked.roadmap.meta.title ?? input.label },
    planned: built.planned,
  }
}

/** A version of a history, and its plan as the next version's baseline. */
export interface BuiltHistoryVersion {
  readonly version: HistoryVersion
  readonly planned: PlannedRoadmap
}
