/** Command-line options with `node:util`'s parseArgs, its errors turned into usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DEFAULT_MAX_BYTES } from '../read/decode.js'
import { FIRST_DATE, LAST_DATE } from '../model/iso-date.js'
import { isoDateOf } from '../read/date-value.js'
import { COMMAND_SPECS, type CommandName, type OptionTable } from './command-specs.js'
import { UsageError } from './errors.js'
import { DEFAULT_SEED } from '../model/defaults.js'

/** What `parseOptions` returns for command `N`. */
export type ParsedOptions<N extends CommandName> = ReturnType<
  typeof parseArgs<{ args: string[]; options: (typeof COMMAND_SPECS)[N]['options']; allowPositionals: true; strict: true }>
>

/** Parses `args` with `command`'s options (`command-specs.ts`); unknown options and missing values are usage errors. */
export function parseOptions<N extends CommandName>(command: N, args: readonly string[]): ParsedOptions<N> {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const [name, o] of Object.entries(COMMAND_SPECS[command].options as OptionTable))
    options[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as ParsedOptions<N>
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]?.replace(/\.$/, '') ?? 'invalid arguments'
    throw new UsageError(`waymark ${command}: ${message}. See \`waymark ${command} --help\`.`)
  }
}

/** `--max-size 50MB` → bytes (B, KB/KiB, MB/MiB, GB/GiB; binary multiples). */
export function maxSizeOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value)
  if (!m) throw new UsageError(`--max-size: expected a size such as 50MB, got “${value}”.`)
  const unit = (m[2] ?? 'b').toLowerCase()[0] as string
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.floor(Number(m[1]) * factor)
}

/** A `--start`-style date option: an ISO calendar date. */
export function dateOption(name: string, value: string): string {
  const iso = isoDateOf(value)
  if (iso === null || iso !== value.trim())
    throw new UsageError(`${name}: expected a date from ${FIRST_DATE} to ${LAST_DATE} such as 2022-09-01, got “${value}”.`)
  return iso
}

/** A whole-number option within `[min, max]`. */
export function integerOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name}: expected a whole number from ${min} to ${max}, got “${value}”.`)
  }
  return n
}

/** One of a fixed set of words, e.g. `--by owner`. */
export function choiceOption<const T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${name}: expected one of ${choices.join(', ')}, got “${value}”.`)
}

/** The planning options as values (the pipeline's plan choices, less today). */
export interface PlanFlags {
  readonly start?: string
  /** The day statuses are judged on (default today). */
  readonly asOf?: string
  readonly budget?: number
  readonly seed: number
}

/** Reads `--start`, `--budget` and `--seed`. */
export function planChoices(values: {
  start?: string | undefined
  'as-of'?: string | undefined
  budget?: string | undefined
  seed?: string | undefined
}): PlanFlags {
  return {
    ...(values.start === undefined ? {} : { start: dateOption('--start', values.start) }),
    ...(values['as-of'] === undefined ? {} : { asOf: dateOption('--as-of', values['as-of']) }),
    ...(values.budget === undefined ? {} : { budget: integerOption('--budget', values.budget, 1, 100_000_000) }),
    seed: values.seed === undefined ? DEFAULT_SEED : integerOption('--seed', values.seed, 0, 2 ** 32 - 1),
  }
}

/** The planning options and the forecast's sample count (absent: the settings' or the default). */
export interface ForecastFlags extends PlanFlags {
  readonly samples?: number
}

/** Reads the planning options and `--samples`. */
export function forecastChoices(values: Parameters<typeof planChoices>[0] & { samples?: string | undefined }): ForecastFlags {
  return {
    ...planChoices(values),
    ...(values.samples === undefined ? {} : { samples: integerOption('--samples', values.samples, 1, 1_000_000) }),
  }
}

/** `--max-warnings 10` → 10; `null` when not given. */
export function maxWarningsOption(command: string, value: string | undefined): number | null {
  if (value === undefined) return null
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`waymark ${command}: --max-warnings must be a whole number such as 0 or 10; got “${value}”.`)
  return Number(value)
}
