/** `waymark plan FILE… [--baseline FILE|REV] [--start DATE] [--budget N] [--seed N] [--json]`, and `waymark plan FILE.sm` for PSPLIB instances. */
import { readPsplib, PsplibError } from '../../plan/psplib/read-sm.js'
import { optimisation } from '../../plan/rcpsp/optimise.js'
import { jsonPieces } from '../../render/json/json-pieces.js'
import { planJson } from '../../render/json/plan-json.js'
import { renderPlan } from '../../render/terminal/plan-report.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { DEFAULT_PSPLIB_BUDGET } from '../../model/defaults.js'
import { EXIT, InputError, UsageError } from '../errors.js'
import { inputFiles, loadDocuments } from '../inputs.js'
import { runInterruptibly } from '../interruptible-steps.js'
import type { CliIO } from '../io.js'
import { maxSizeOf, parseOptions, planChoices, type PlanFlags } from '../options.js'
import { notesAtRevision, readNotes } from '../notes.js'
import type { PlannedRoadmap } from '../../pipeline/plan.js'
import { styleFor } from '../output-style.js'
import { checkInputs, checkNotes, planChecked } from '../run-stages.js'

/** Runs `plan`. */
export async function planCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('plan', args)
  const choices = planChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])

  if (positionals.some((p) => p.endsWith('.sm'))) {
    if (positionals.length !== 1) throw new UsageError('waymark plan: give one PSPLIB .sm file at a time.')
    return planPsplib(positionals[0] as string, io, {
      budget: choices.budget ?? DEFAULT_PSPLIB_BUDGET,
      seed: choices.seed,
      json: values.json === true,
      maxBytes,
    })
  }

  const checked = await checkInputs('plan', positionals, io, maxBytes)
  const baseline =
    values.baseline === undefined ? undefined : await baselinePlan(values.baseline, positionals, choices, io, maxBytes)
  const planned = await planChecked(checked, choices, io, baseline)
  const { plan, diagnostics } = planned
  if (values.json) {
    // In pieces: a large plan's JSON is never one string.
    for (const piece of jsonPieces(planJson(plan, diagnostics))) io.stdout.write(piece)
    io.stdout.write('\n')
  } else io.stdout.write(renderPlan(roadmapView(planned), styleFor(io.stdout, io.env)))
  return EXIT.ok
}

/**
 * The plan `--baseline` names: notes on disk (a file or folder), else a git revision of
 * the notes given (`HEAD~1`), planned with the same choices.
 */
async function baselinePlan(
  baseline: string,
  paths: readonly string[],
  choices: PlanFlags,
  io: CliIO,
  maxBytes: number,
): Promise<PlannedRoadmap> {
  const onDisk = (await io.fs.stat(baseline)) !== null
  const notes = onDisk ? await readNotes('plan', [baseline], io, maxBytes) : await notesAtRevision(baseline, paths, io, maxBytes)
  const checked = checkNotes(notes, io)
  if (checked.roadmap.topics.length === 0) throw new InputError(`${baseline}: the baseline has no topics to plan`)
  return planChecked(checked, choices, io)
}

async function planPsplib(
  file: string,
  io: CliIO,
  options: { budget: number; seed: number; json: boolean; maxBytes: number },
): Promise<number> {
  const [document] = await loadDocuments(await inputFiles([file], io.fs), io.fs, options.maxBytes)
  let instance
  try {
    instance = readPsplib((document as { text: string }).text)
  } catch (error) {
    if (error instanceof PsplibError) throw new InputError(`${file}:${error.line}: not a PSPLIB .sm instance: ${error.message}`)
    throw error
  }
  const result = await runInterruptibly(
    optimisation(instance.problem, { budget: options.budget, seed: options.seed }),
    io.interrupt,
    'optimising',
  )
  const jobs = instance.durations.map((duration, k) => ({ job: k + 1, start: result.schedule.starts[k] as number, duration }))
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ makespan: result.schedule.makespan, lowerBound: result.lowerBound, schedules: result.schedules, seed: options.seed, jobs }, null, 2)}\n`,
    )
  } else {
    io.stdout.write(
      `${file}: makespan ${result.schedule.makespan} (critical-path bound ${result.lowerBound}) after ${result.schedules} schedules, seed ${options.seed}\n` +
        jobs
          .map((j) => `  job ${String(j.job).padStart(3)}  start ${String(j.start).padStart(4)}  duration ${j.duration}`)
          .join('\n') +
        '\n',
    )
  }
  return EXIT.ok
}
