/** What the file-reading commands share: inputs → checked roadmap, and the output style. */
import { checkRoadmap, type CheckedRoadmap } from '../pipeline.js'
import { COLOR, PLAIN, type Style } from '../render/terminal/style.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { SourceDocument } from '../model/document.js'
import type { Roadmap } from '../model/roadmap.js'
import { NO_SETTINGS } from '../plan/config/empty-settings.js'
import type { PlanSettings } from '../plan/config/plan-settings.js'
import type { RoadmapVersion } from '../compare/roadmap-diff.js'
import type { HistoryVersion, RoadmapHistory } from '../compare/roadmap-history.js'
import type { Forecast } from '../model/forecast.js'
import type { Plan } from '../model/plan.js'
import type { PlannedProblem } from '../plan/plan-roadmap.js'
import { InputError, Interrupted, UsageError } from './errors.js'
import { decodeNote } from '../read/decode.js'
import { inputFiles, loadDocuments } from './inputs.js'
import type { CliIO, Output } from './io.js'
import type { PlanChoices } from './options.js'
import { progressBar } from './progress.js'

/** Reads the files and folders named on the command line into a checked roadmap. */
export async function readInputs(
  command: string,
  paths: readonly string[],
  io: CliIO,
  maxBytes: number,
): Promise<CheckedRoadmap> {
  if (paths.length === 0) throw new UsageError(`waymark ${command}: no file given. Example: \`waymark ${command} notes.md\`.`)
  const files = await inputFiles(paths, io.fs)
  return checkSources(await loadDocuments(files, io.fs, maxBytes), io)
}

/** Reads, resolves and lints sources (on two threads for large notes, when the IO has them). */
export function checkSources(sources: readonly SourceDocument[], io: CliIO): CheckedRoadmap {
  const parallel = io.parallelParsing
  if (parallel === undefined) return checkRoadmap(sources)
  parallel.prepare(Math.max(...sources.map((s) => s.text.length)))
  return checkRoadmap(sources, { parseChunks: parallel.parseChunks })
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
  const info = await io.fs.stat(first)
  const dir =
    info?.kind === 'directory' ? first.replace(/\/+$/, '') : first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.'
  for (const name of SETTINGS_FILES) {
    const path = dir === '.' ? name : `${dir}/${name}`
    if ((await io.fs.stat(path))?.kind === 'file') return (await loadDocuments([path], io.fs, maxBytes))[0] ?? null
  }
  return null
}

/** Settings files Waymark looks for beside the notes, in order. */
const SETTINGS_FILES = ['waymark.yaml', 'waymark.yml']

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
  /** Settings' diagnostics, then the plan's (which include reading's). */
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
  const { planRoadmapProblem } = await import('../plan/plan-roadmap.js')
  const planned = planRoadmapProblem(roadmap, {
    settings,
    today: io.today(),
    seed: choices.seed,
    ...(choices.start === undefined ? {} : { start: choices.start }),
    ...(choices.asOf === undefined ? {} : { asOf: choices.asOf }),
    ...(choices.budget === undefined ? {} : { budget: choices.budget }),
  })
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
      ...plan.diagnostics.filter((d) => !checked.lint.diagnostics.includes(d)),
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
    throw error
  } finally {
    bar.end()
  }
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
      const text = (await git.show(revision, file)) as string
      const decoded = decodeNote(new TextEncoder().encode(text), maxBytes)
      if (!decoded.ok) throw new InputError(`${revision}:${file}: ${decoded.reason}`)
      sources.push({ file: `${revision}:${file}`, text: decoded.text })
    }
  }
  const first = paths[0] ?? '.'
  const dir = /\.(?:md|markdown|mdown|mkd)$/i.test(first)
    ? first.includes('/')
      ? first.slice(0, first.lastIndexOf('/'))
      : '.'
    : first
  let settings: SourceDocument | null = null
  for (const name of SETTINGS_FILES) {
    const path = dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`
    const text = await git.show(revision, path)
    if (text !== null) {
      settings = { file: `${revision}:${path}`, text }
      break
    }
  }
  return { sources, settings }
}

/**
 * The version to show the latest changes against: `--since REV` if given, else — when
 * the one note given is in git — its last commit (or the one before, when the file has
 * not changed since). `null` when there is none; git's problems only stop an explicit
 * `--since`.
 */
export async function previousVersion(
  paths: readonly string[],
  since: string | undefined,
  choices: PlanChoices & { readonly samples?: number },
  io: CliIO,
  maxBytes: number,
): Promise<RoadmapVersion | null> {
  const load = async (revision: string, label: string): Promise<RoadmapVersion> => {
    const { sources, settings } = await gitSources(revision, paths, io, maxBytes)
    const planned = await planChecked(checkSources(sources, io), settings, choices, io)
    const forecast = await forecastInputs(
      planned,
      { ...(choices.samples === undefined ? {} : { samples: choices.samples }), seed: choices.seed },
      io,
    )
    return { label, roadmap: planned.checked.roadmap, plan: planned.plan, forecast }
  }
  if (since !== undefined) return load(since, since)
  const git = io.git
  const [file] = paths
  if (git === undefined || paths.length !== 1 || file === undefined || (await io.fs.stat(file))?.kind !== 'file') return null
  try {
    const log = await git.log(file)
    const last = log[log.length - 1]
    if (last === undefined) return null
    const current = new TextDecoder().decode(await io.fs.readFile(file))
    const committed = await git.show(last.id, last.path)
    const previous = committed === current ? log[log.length - 2] : last
    if (previous === undefined) return null
    return await load(previous.id, `${previous.id.slice(0, 7)} (${previous.date})`)
  } catch (error) {
    if (error instanceof InputError) return null
    throw error
  }
}

/**
 * Each commit that changed `file` is a version, dated by the commit (the latest `limit`
 * of them), planned as of its date and forecast with `samples` samples.
 */
export async function gitVersions(
  file: string,
  choices: PlanChoices,
  samples: number,
  io: CliIO,
  maxBytes: number,
  limit = Infinity,
): Promise<HistoryVersion[]> {
  if (io.git === undefined) throw new UsageError('following a file through its history needs git')
  const log = (await io.git.log(file)).slice(-limit)
  if (log.length === 0)
    throw new InputError(`${file}: git has no commits of this file; commit it, or give a folder of dated notes`)
  const versions: HistoryVersion[] = []
  for (const r of log) {
    const { sources, settings } = await gitSources(r.id, [r.path], io, maxBytes)
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

/** Versions shown in a report's or a page's slip chart, at most. */
const SLIP_VERSIONS = 24

/** The history of the one note given, when git has at least two versions of it; else `null`. */
export async function noteHistory(
  paths: readonly string[],
  choices: PlanChoices,
  io: CliIO,
  maxBytes: number,
): Promise<RoadmapHistory | null> {
  const [file] = paths
  if (io.git === undefined || paths.length !== 1 || file === undefined || (await io.fs.stat(file))?.kind !== 'file') return null
  try {
    if ((await io.git.log(file)).length < 2) return null
    const { roadmapHistory } = await import('../compare/roadmap-history.js')
    return roadmapHistory(await gitVersions(file, choices, 200, io, maxBytes, SLIP_VERSIONS))
  } catch (error) {
    if (error instanceof InputError) return null
    throw error
  }
}
