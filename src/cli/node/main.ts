/** The `waymark` executable: the only place that reads `process.argv` and calls `process.exit`. */
import { limitHeapGrowth } from './heap-growth.js'
import { runCli } from '../main.js'
import { Interrupted } from '../errors.js'
import { nodeIO } from './io.js'
import { installedPackage } from './package-root.js'

const { version } = installedPackage(import.meta.url)

/** Runs the CLI on the process and exits with its code once output is flushed. */
export async function main(): Promise<void> {
  limitHeapGrowth(process.execArgv, process.env['NODE_OPTIONS'])
  // A reader that stops early (`waymark … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  // Ctrl-C asks long work (a forecast) to stop and say so; a second Ctrl-C exits at once.
  const interrupt = new AbortController()
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) process.exit(130)
    interrupt.abort(new Interrupted())
  })
  const code = await runCli(process.argv.slice(2), nodeIO(version, interrupt.signal))
  process.exitCode = code
  // Let stdout drain (pipes are asynchronous), then exit.
  process.stdout.write('', () => process.exit(code))
}

/**
 * Whether the micromark fixes of src/read/ are in use in this build: parses a line and asks
 * the patched text resolver whether it ran. A check of the bundled executable (its
 * micromark is its own copy, patched by scripts/build-cli.mjs), for its test.
 */
export async function readingFixesInUse(): Promise<boolean> {
  const [{ parseWhole }, { textResolverCalls }] = await Promise.all([
    import('../../read/markdown.js'),
    import('../../read/text-resolver-fix.js'),
  ])
  const before = textResolverCalls()
  parseWhole('Some *text* and more.\n')
  return textResolverCalls() > before
}
