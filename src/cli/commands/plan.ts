/** `waymark plan FILE… [--start DATE] [--budget N] [--seed N] [--json]`, and `waymark plan FILE.sm` for PSPLIB instances. */
import { isoDateOf } from '../../read/date-value.js'
import { readPsplib, PsplibError } from '../../plan/psplib/read-sm.js'
import { planRoadmap } from '../../plan/plan-roadmap.js'
import { optimise } from '../../plan/rcpsp/optimise.js'
import { planJson } from '../../render/json/plan-json.js'
import { renderPlan } from '../../render/terminal/plan-report.js'
import { EXIT, InputError, UsageError } from '../errors.js'
import { inputFiles, loadDocuments } from '../inputs.js'
import type { CliIO } from '../io.js'
import { COMMON_OPTIONS, maxSizeOf, parseOptions } from '../options.js'
import { loadPlanSettings, readInputs, settingsFileFor, styleFor } from '../session.js'

/** The budget for PSPLIB instances when none is given: the literature's middle figure. */
const PSPLIB_BUDGET = 5000

/** Runs `plan`. */
export async function planCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('plan', args, {
    ...COMMON_OPTIONS,
    json: { type: 'boolean' },
    start: { type: 'string' },
    budget: { type: 'string' },
    seed: { type: 'string' },
  })
  const start = values.start === undefined ? undefined : dateOption('--start', values.start)
  const budget = values.budget === undefined ? undefined : integerOption('--budget', values.budget, 1, 100_000_000)
  const seed = values.seed === undefined ? 1 : integerOption('--seed', values.seed, 0, 2 ** 32 - 1)
  const maxBytes = maxSizeOf(values['max-size'])

  if (positionals.some((p) => p.endsWith('.sm'))) {
    if (positionals.length !== 1) throw new UsageError('waymark plan: give one PSPLIB .sm file at a time.')
    return planPsplib(positionals[0] as string, io, {
      budget: budget ?? PSPLIB_BUDGET,
      seed,
      json: values.json === true,
      maxBytes,
    })
  }

  const checked = await readInputs('plan', positionals, io, maxBytes)
  const { roadmap } = checked
  if (roadmap.topics.length === 0)
    throw new InputError(
      `${roadmap.files.join(', ')}: no topics to plan (Waymark looks for headings such as \`### Topic: NAME\`)`,
    )
  const settingsFile = await settingsFileFor(positionals, io, maxBytes)
  const { settings, diagnostics: settingDiagnostics } = await loadPlanSettings(roadmap, settingsFile)
  const plan = planRoadmap(roadmap, {
    settings,
    today: io.today(),
    seed,
    ...(start === undefined ? {} : { start }),
    ...(budget === undefined ? {} : { budget }),
  })
  const diagnostics = [
    ...checked.lint.diagnostics,
    ...settingDiagnostics,
    ...plan.diagnostics.filter((d) => !checked.lint.diagnostics.includes(d)),
  ]
  if (values.json) io.stdout.write(`${JSON.stringify(planJson(plan, diagnostics), null, 2)}\n`)
  else
    io.stdout.write(
      renderPlan(plan, roadmap.meta.title, [...settingDiagnostics, ...plan.diagnostics], styleFor(io.stdout, io.env)),
    )
  return EXIT.ok
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
  const result = optimise(instance.problem, { budget: options.budget, seed: options.seed })
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

function dateOption(name: string, value: string): string {
  const iso = isoDateOf(value)
  if (iso === null || iso !== value.trim()) throw new UsageError(`${name}: expected a date such as 2022-09-01, got “${value}”.`)
  return iso
}

function integerOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name}: expected a whole number from ${min} to ${max}, got “${value}”.`)
  }
  return n
}
