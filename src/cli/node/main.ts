/** The `waymark` executable: the only place that reads `process.argv` and calls `process.exit`. */
import { createRequire } from 'node:module'
import { limitHeapGrowth } from './heap-growth.js'
import { runCli } from '../main.js'
import { Interrupted } from '../errors.js'
import { nodeIO } from './io.js'

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string }

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
