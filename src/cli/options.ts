/** Command-line options with `node:util`'s parseArgs, its errors turned into usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DEFAULT_MAX_BYTES } from '../read/decode.js'
import { UsageError } from './errors.js'

/** The options every file-reading command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'max-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options']

/** What `parseOptions` returns for an options table `O`. */
export type ParsedOptions<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>

/** Parses `args` for `command`; unknown options and missing values are usage errors. */
export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
): ParsedOptions<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
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
