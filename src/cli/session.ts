/** What the file-reading commands share: inputs → checked roadmap, and the output style. */
import { checkRoadmap, type CheckedRoadmap } from '../pipeline.js'
import { COLOR, PLAIN, type Style } from '../render/terminal/style.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { SourceDocument } from '../model/document.js'
import type { Roadmap } from '../model/roadmap.js'
import { NO_SETTINGS } from '../plan/config/empty-settings.js'
import type { PlanSettings } from '../plan/config/plan-settings.js'
import type { RoadmapDiff, RoadmapVersion } from '../compare/roadmap-diff.js'
import type { HistoryVersion, RoadmapHistory } from '../compare/roadmap-history.js'
import type { Forecast } from '../model/forecast.js'
import type { Plan } from '../model/plan.js'
import type { PlannedProblem } from '../plan/plan-roadmap.js'
import { InputError, Interrupted, UnreadableVersion, UsageError } from './errors.js'
import { decodeNote } from '../read/decode.js'
import { inputFiles, loadDocuments } from './inputs.js'
import type { CliIO, Git, Output, Revision } from './io.js'
import type { ForecastChoices, PlanChoices } from './options.js'
import { runInterruptibly } from './interruptible-steps.js'
import { progressBar } from './progress.js'
import { CalendarRangeError } from '../plan/calendar/work-calendar.js'
import { roleSettings } from '../resolve/role-settings.js'
import { yamlData } from '../read/yaml-data.js'

/** Reads the files and folders named on the command line into a checked roadmap. */
export async function readInputs(
  command: string,
  paths: readonly string[],
  io: CliIO,
  maxBytes: number,
): Promise<CheckedRoadmap> {
  if (paths.length === 0) throw new UsageError(`waymark ${command}: no file given. Example: \`waymark ${command} notes.md\`.`)
  const files = await inputFiles(paths, io.fs)
  const sources = await loadDocuments(files, io.fs, maxBytes)
  return checkSources(sources, io, await settingsFileFor(paths, io, maxBytes))
}

/**
 * Reads, resolves and lints sources (on two threads for large notes, when the IO has
 * them), with the role words of the settings file beside them.
 */
export function checkSources(
  sources: readonly SourceDocument[],
  io: CliIO,
  settingsFile: SourceDocument | null = null,
): CheckedRoadmap {
  const roles = settingsFile === null ? [] : rolesOfSettingsFile(settingsFile.text)
  const options = roles.length === 0 ? {} : { roles }
  const parallel = io.parallelParsing
  if (parallel === undefined) return checkRoadmap(sources, options)
  parallel.prepare(Math.max(...sources.map((s) => s.text.length)))
  return checkRoadmap(sources, { ...options, parseChunks: parallel.parseChunks })
}

/** The `roles:` of a `waymark.yaml` (problems with them are reported when the settings are checked). */
function rolesOfSettingsFile(text: string): string[] {
  const read = yamlData(text)
  return read.ok ? roleSettings(read.data).roles : []
}

/** Colour on a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
export function styleFor(output: Output, env: Readonly<Record<string, string | undefined>>): Style {
  if (env['NO_COLOR']) return PLAIN
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return COLOR
  return output.isTTY ? COLOR : PLAIN
}

/**
 * The `waymark.yaml` beside the notes: in the folder given, or beside the first file
 * given; `null` when there is none.
 */
export async function settingsFileFor(paths: readonly string[], io: CliIO, maxBytes: number): Promise<SourceDocument | null> {
  const first = paths[0]
  if (first === undefined) return null
  for (const path of settingsPaths(first, (await io.fs.stat(first))?.kind === 'directory')) {
    if ((await io.fs.stat(path))?.kind === 'file') return (await loadDocuments([path], io.fs, maxBytes))[0] ?? null
  }
  return null
}

/** Settings files Waymark looks for beside the notes, in order. */
const SETTINGS_FILES = ['waymark.yaml', 'waymark.yml']

/** Where the settings of the notes at `first` can be, in order: in the folder, or beside the file. */
export function settingsPaths(first: string, isFolder: boolean): string[] {
  const dir = isFolder ? first.replace(/\/+$/, '') : first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.'
  return SETTINGS_FILES.map((name) => (dir === '.' ? name : `${dir}/${name}`))
}

/**
 * The roadmap's planning settings. The validator (zod) is loaded only when there are
 * settings to validate, which keeps the common case quick to start.
 */
export async function loadPlanSettings(
  roadmap: Roadmap,
  file: SourceDocument | null,
): Promise<{ settings: PlanSettings; diagnostics: Diagnostic[] }> {
  if (file === null && (roadmap.meta.settings === undefined || roadmap.meta.settings === null))
    return { settings: NO_SETTINGS, diagnostics: [] }
  const { roadmapSettings } = await import('../plan/config/roadmap-settings.js')
  return roadmapSettings(roadmap, file)
}

/** A roadmap read, checked and planned, with every diagnostic of the way. */
export interface PlannedRoadmap {
  readonly checked: CheckedRoadmap
  readonly settings: PlanSettings
  /** The plan with its scheduling problem and best activity list (what a forecast needs). */
  readonly planned: PlannedProblem
  readonly plan: Plan
  /** Settings' diagnostics, then the plan's own. */
  readonly planDiagnostics: readonly Diagnostic[]
  /** Lint's, the settings' and the plan's own, each once. */
  readonly diagnostics: readonly Diagnostic[]
}

/** Reads the inputs and plans them: what `plan`, `gantt`, `graph`, `report` and `export` share. */
export async function planInputs(
  command: string,
  paths: readonly string[],
  choices: PlanChoices,
  io: CliIO,
  maxBytes: number,
): Promise<PlannedRoadmap> {
  const checked = await readInputs(command, paths, io, maxBytes)
  return planChecked(checked, await settingsFileFor(paths, io, maxBytes), choices, io)
}

/** Plans a checked roadmap with the settings of its front matter and `settingsFile`. */
export async function planChecked(
  checked: CheckedRoadmap,
  settingsFile: SourceDocument | null,
  choices: PlanChoices,
  io: CliIO,
): Promise<PlannedRoadmap> {
  const { roadmap } = checked
  if (roadmap.topics.length === 0)
    throw new InputError(
      `${roadmap.files.join(', ')}: no topics to plan (Waymark looks for headings such as \`### Topic: NAME\`)`,
    )
  const { settings, diagnostics: settingDiagnostics } = await loadPlanSettings(roadmap, settingsFile)
  const { planningSteps } = await import('../plan/plan-roadmap.js')
  const steps = planningSteps(roadmap, {
    settings,
    today: io.today(),
    seed: choices.seed,
    ...(choices.start === undefined ? {} : { start: choices.start }),
    ...(choices.asOf === undefined ? {} : { asOf: choices.asOf }),
    ...(choices.budget === undefined ? {} : { budget: choices.budget }),
  })
  const planned = await runInterruptibly(steps, io.interrupt, 'planning').catch((error: unknown) =>
    Promise.reject(calendarProblem(roadmap.files, error)),
  )
  const { plan } = planned
  return {
    checked,
    settings,
    planned,
    plan,
    planDiagnostics: [...settingDiagnostics, ...plan.diagnostics],
    diagnostics: [
      ...checked.lint.diagnostics,
      ...settingDiagnostics,
      // The plan's are its own, never lint's again (test/pipeline.test.ts holds it to that).
      ...plan.diagnostics,
    ],
  }
}

/**
 * Forecasts a planned roadmap: on the IO's sample runner (worker threads in the
 * executable), with a progress bar on a terminal, stopped by Ctrl-C.
 */
export async function forecastInputs(
  planned: PlannedRoadmap,
  choices: { readonly samples?: number; readonly seed: number },
  io: CliIO,
): Promise<Forecast> {
  const { DEFAULT_SAMPLES, MAX_SAMPLED_VALUES, forecastRoadmap } = await import('../forecast/forecast-roadmap.js')
  const { runSamplesHere } = await import('../forecast/sample-runner.js')
  const settings = planned.settings.forecast ?? {}
  const topics = planned.plan.topics.length
  const fits = Math.max(1, Math.floor(MAX_SAMPLED_VALUES / Math.max(1, topics)))
  const asked = choices.samples ?? settings.samples
  // The default gives way on very large roadmaps; a count the user asked for does not.
  const samples = asked ?? Math.min(DEFAULT_SAMPLES, fits)
  if (asked === undefined && samples < DEFAULT_SAMPLES)
    io.stderr.write(
      `waymark: note: ${topics.toLocaleString('en')} topics: forecasting with ${samples.toLocaleString('en')} samples, the most that fit in memory.\n`,
    )
  if (samples * topics > MAX_SAMPLED_VALUES)
    throw new UsageError(
      `--samples: ${samples.toLocaleString('en')} samples of ${topics.toLocaleString('en')} topics is too many to keep; use at most ${fits.toLocaleString('en')}.`,
    )
  const bar = progressBar(io.stderr, samples, 'forecast', samples * topics >= PROGRESS_WORK)
  try {
    return await forecastRoadmap(planned.planned, {
      samples,
      seed: choices.seed,
      settings,
      runner: io.sampleRunner ?? runSamplesHere,
      onProgress: bar.update,
      ...(io.interrupt === undefined ? {} : { signal: io.interrupt }),
    })
  } catch (error) {
    if (io.interrupt?.aborted)
      throw new Interrupted(`interrupted after ${bar.done().toLocaleString('en')} of ${samples.toLocaleString('en')} samples`)
    throw calendarProblem(planned.checked.roadmap.files, error)
  } finally {
    bar.end()
  }
}

/** A plan past the calendar's bounds as the one-line input error it is; anything else as it is. */
function calendarProblem(files: readonly string[], error: unknown): unknown {
  return error instanceof CalendarRangeError ? new InputError(`${files.join(', ')}: ${error.message}`) : error
}

/** Forecasts this large (samples × topics) take long enough to show a progress bar. */
const PROGRESS_WORK = 500_000

/** The sources of `paths` as they were at `revision` in git, with the settings file beside the first. */
export async function gitSources(
  revision: string,
  paths: readonly string[],
  io: CliIO,
  maxBytes: number,
): Promise<{ sources: SourceDocument[]; settings: SourceDocument | null }> {
  const git = io.git
  if (git === undefined) throw new UsageError('reading revisions needs git, which this Waymark cannot run')
  const sources: SourceDocument[] = []
  for (const path of paths) {
    const files = await git.files(revision, path)
    if (files.length === 0) throw new InputError(`${revision}:${path}: no such file or folder in that revision`)
    for (const file of files) {
      const bytes = (await git.show(revision, file)) ?? new Uint8Array()
      // Decoded as a file on disk is: the same bytes are refused or read alike.
      const decoded = decodeNote(bytes, maxBytes)
      if (!decoded.ok) throw new UnreadableVersion(`${revision}:${file}: ${decoded.reason}`)
      sources.push({ file: `${revision}:${file}`, text: decoded.text })
    }
  }
  const first = paths[0] ?? '.'
  let settings: SourceDocument | null = null
  for (const path of settingsPaths(first, !/\.(?:md|markdown|mdown|mkd)$/i.test(first))) {
    const bytes = await git.show(revision, path)
    if (bytes !== null) {
      const decoded = decodeNote(bytes, maxBytes)
      if (!decoded.ok) throw new UnreadableVersion(`${revision}:${path}: ${decoded.reason}`)
      settings = { file: `${revision}:${path}`, text: decoded.text }
      break
    }
  }
  return { sources, settings }
}

/** The notes at `paths` as they were at `revision` in git, planned. */
export async function planAtRevision(
  revision: string,
  paths: readonly string[],
  choices: PlanChoices,
  io: CliIO,
  maxBytes: number,
): Promise<PlannedRoadmap> {
  const { sources, settings } = await gitSources(revision, paths, io, maxBytes)
  return planChecked(checkSources(sources, io), settings, choices, io)
}

/** A planned roadmap forecast, as one side of a comparison. */
export async function forecastVersion(
  label: string,
  planned: PlannedRoadmap,
  choices: ForecastChoices,
  io: CliIO,
): Promise<RoadmapVersion> {
  return { label, roadmap: planned.checked.roadmap, plan: planned.plan, forecast: await forecastInputs(planned, choices, io) }
}

/** What the report and the page show of the note's past. */
export interface NotePast {
  /** The latest changes: against `--since REV`, else the note's previous version in git. */
  readonly changes: RoadmapDiff | null
  /** The note's versions in git (the latest `SLIP_VERSIONS`), when there are at least two. */
  readonly history: RoadmapHistory | null
}

/**
 * The past of the notes given, for the report and the page. The latest changes are
 * against `--since REV` if given, else — when the one note given is in git — against its
 * last commit (or the one before, when the file has not changed since). git's problems
 * only stop an explicit `--since`; without git there is no past.
 */
export async function notePast(
  paths: readonly string[],
  since: string | undefined,
  current: RoadmapVersion,
  choices: ForecastChoices,
  io: CliIO,
  maxBytes: number,
): Promise<NotePast> {
  const tracked = await trackedNote(paths, io)
  const log = tracked === null ? null : await quietly(() => tracked.git.log(tracked.file))
  const load = async (revision: string, label: string): Promise<RoadmapVersion> =>
    forecastVersion(label, await planAtRevision(revision, paths, choices, io, maxBytes), choices, io)
  const lastVersion = async (file: string, git: Git, log: readonly Revision[]): Promise<RoadmapVersion | null> => {
    const last = log[log.length - 1]
    if (last === undefined) return null
    const committed = await git.show(last.id, last.path)
    const unchanged = committed !== null && Buffer.from(committed).equals(await io.fs.readFile(file))
    const previous = unchanged ? log[log.length - 2] : last
    return previous === undefined ? null : load(previous.id, `${previous.id.slice(0, 7)} (${previous.date})`)
  }
  const previous =
    since !== undefined
      ? await load(since, since)
      : tracked === null || log === null
        ? null
        : await quietly(() => lastVersion(tracked.file, tracked.git, log))
  const { diffRoadmaps } = await import('../compare/roadmap-diff.js')
  const { roadmapHistory } = await import('../compare/roadmap-history.js')
  const versions =
    tracked === null || log === null || log.length < 2
      ? null
      : await quietly(() => versionsOf(log.slice(-SLIP_VERSIONS), choices, HISTORY_SAMPLES, io, maxBytes))
  return {
    changes: previous === null ? null : diffRoadmaps(previous, current),
    history: versions === null ? null : roadmapHistory(versions),
  }
}

/** The one note given, when it is a file and there is git to follow it with; else `null`. */
async function trackedNote(paths: readonly string[], io: CliIO): Promise<{ file: string; git: Git } | null> {
  const [file] = paths
  if (io.git === undefined || paths.length !== 1 || file === undefined) return null
  return (await io.fs.stat(file))?.kind === 'file' ? { file, git: io.git } : null
}

/** `run`'s result, or `null` when git or a version's text fails it: an implicit past is optional. */
async function quietly<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof InputError) return null
    throw error
  }
}

/** Samples per version of a history: enough for a P85, quick over many versions. */
export const HISTORY_SAMPLES = 200

/** Versions shown in a report's or a page's slip chart, at most. */
const SLIP_VERSIONS = 24

/**
 * Each commit that changed `file` is a version, dated by the commit, planned as of its
 * date and forecast with `samples` samples.
 */
export async function gitVersions(
  file: string,
  choices: PlanChoices,
  samples: number,
  io: CliIO,
  maxBytes: number,
): Promise<HistoryVersion[]> {
  if (io.git === undefined) throw new UsageError('following a file through its history needs git')
  const log = await io.git.log(file)
  if (log.length === 0)
    throw new InputError(`${file}: git has no commits of this file; commit it, or give a folder of dated notes`)
  return versionsOf(log, choices, samples, io, maxBytes)
}

/** The versions of a note at the revisions of its log; revisions without topics are skipped. */
async function versionsOf(
  log: readonly Revision[],
  choices: PlanChoices,
  samples: number,
  io: CliIO,
  maxBytes: number,
): Promise<HistoryVersion[]> {
  const versions: HistoryVersion[] = []
  for (const r of log) {
    let read
    try {
      read = await gitSources(r.id, [r.path], io, maxBytes)
    } catch (error) {
      // One unreadable commit (a binary file, bytes that are not UTF-8) is left out, saying so.
      if (!(error instanceof UnreadableVersion)) throw error
      io.stderr.write(`waymark: warning: skipping commit ${r.id.slice(0, 7)} (${r.date}): ${error.message}\n`)
      continue
    }
    const { sources, settings } = read
    const checked = checkSources(sources, io)
    if (checked.roadmap.topics.length === 0) continue
    const planned = await planChecked(checked, settings, { ...choices, asOf: choices.asOf ?? r.date }, io)
    const forecast = await forecastInputs(planned, { samples, seed: choices.seed }, io)
    versions.push({
      label: r.id.slice(0, 7),
      date: r.date,
      subject: r.subject,
      roadmap: checked.roadmap,
      plan: planned.plan,
      forecast,
    })
  }
  return versions
}
