/**
 * The pipeline as the CLI runs it: large notes parsed on a second thread, planning
 * stoppable by Ctrl-C, samples on worker threads with a progress bar, and a note on
 * stderr when the forecast draws fewer samples than the default. The stages and their
 * policies are the pipeline's (src/pipeline/); this file only connects them to the IO.
 */
import type { SampleRunner } from '../forecast/sample-runner.js'
import type { Forecast } from '../model/forecast.js'
import type { Staffing } from '../model/staffing.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import type { SourceDocument } from '../model/document.js'
import { check } from '../pipeline/check.js'
import type { PlannedRoadmap } from '../pipeline/plan.js'
import type { SampleCount } from '../pipeline/forecast.js'
import type { StageRunner } from '../pipeline/stage-runner.js'
import { Interrupted } from './errors.js'
import { runInterruptibly } from './interruptible-steps.js'
import type { CliIO } from './io.js'
import { readNotes, type Notes } from './notes.js'
import type { ForecastFlags, PlanFlags } from './options.js'
import { progressBar } from './progress.js'

/** How the stages run in this CLI, for `sources` (the second thread gets ready for the largest). */
export function stageRunner(io: CliIO, sources: readonly SourceDocument[]): StageRunner {
  const parallel = io.parallelParsing
  if (parallel !== undefined) parallel.prepare(Math.max(0, ...sources.map((s) => s.text.length)))
  return {
    ...(parallel === undefined ? {} : { parseChunks: parallel.parseChunks }),
    runSteps: (steps) => runInterruptibly(steps, io.interrupt, 'planning'),
    runSamples: samplesWithProgress(io),
  }
}

/** Checks notes (read by `readNotes` or from git). */
export function checkNotes(notes: Notes, io: CliIO): CheckedRoadmap {
  const runner = stageRunner(io, notes.sources)
  return check(notes.sources, {
    settingsFile: notes.settingsFile,
    ...(runner.parseChunks === undefined ? {} : { parseChunks: runner.parseChunks }),
  })
}

/** Reads and checks the notes named on the command line: what `lint` and `parse` need. */
export async function checkInputs(
  command: string,
  paths: readonly string[],
  io: CliIO,
  maxBytes: number,
): Promise<CheckedRoadmap> {
  return checkNotes(await readNotes(command, paths, io, maxBytes), io)
}

/** Plans checked notes with the command line's choices (stoppable by Ctrl-C), against `baseline` when given. */
export async function planChecked(
  checked: CheckedRoadmap,
  flags: PlanFlags,
  io: CliIO,
  baseline?: PlannedRoadmap,
): Promise<PlannedRoadmap> {
  const { planOn } = await import('../pipeline/stage-runner.js')
  const choices = { ...planChoicesOf(flags, io), ...(baseline === undefined ? {} : { baseline }) }
  return planOn(checked, choices, stageRunner(io, []))
}

/** Reads, checks and plans the notes named on the command line. */
export async function planInputs(
  command: string,
  paths: readonly string[],
  flags: PlanFlags,
  io: CliIO,
  maxBytes: number,
): Promise<PlannedRoadmap> {
  return planChecked(await checkInputs(command, paths, io, maxBytes), flags, io)
}

/** Forecasts a planned roadmap on this CLI's sample runner. */
export async function forecastPlanned(planned: PlannedRoadmap, flags: ForecastFlags, io: CliIO): Promise<Forecast> {
  const { forecast } = await import('../pipeline/forecast.js')
  return forecast(planned, forecastChoicesOf(flags, io), samplesWithProgress(io))
}

/** How many more people a planned roadmap needs, on this CLI's runners; `base` is its forecast when drawn already. */
export async function staffPlanned(
  planned: PlannedRoadmap,
  flags: ForecastFlags & { readonly most?: number },
  io: CliIO,
  base?: Forecast,
): Promise<Staffing> {
  const { staffing } = await import('../pipeline/staffing.js')
  const choices = forecastChoicesOf(flags, io)
  // `--seed` seeds the optimiser and the samples, as in `waymark forecast`.
  return staffing(planned, { ...choices, forecastSeed: choices.seed }, stageRunner(io, []), base)
}

/** The pipeline's plan choices: the flags, and today from the IO's clock. */
export function planChoicesOf(flags: PlanFlags, io: CliIO): PlanFlags & { readonly today: string } {
  return { ...flags, today: io.today() }
}

/** The pipeline's forecast choices: the flags, and a note when the default count gave way. */
export function forecastChoicesOf(
  flags: ForecastFlags,
  io: CliIO,
): ForecastFlags & { readonly today: string; readonly onSampleCount: (count: SampleCount) => void } {
  return {
    ...planChoicesOf(flags, io),
    onSampleCount: (count) => {
      if (count.lowered)
        io.stderr.write(
          `waymark: note: ${count.topics.toLocaleString('en')} topics: forecasting with ${count.samples.toLocaleString('en')} samples, the most that fit in memory.\n`,
        )
    },
  }
}

/** Forecasts this large (samples × topics) take long enough to show a progress bar. */
const PROGRESS_WORK = 500_000

/** The IO's sample runner (or this thread), drawing a progress bar and stopped by Ctrl-C. */
function samplesWithProgress(io: CliIO): SampleRunner {
  return async (model, seed, samples, options = {}) => {
    const run = io.sampleRunner ?? (await import('../forecast/sample-runner.js')).runSamplesHere
    const bar = progressBar(io.stderr, samples, 'forecast', samples * model.problem.n >= PROGRESS_WORK)
    try {
      return await run(model, seed, samples, {
        ...options,
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
}
