/** Writing a command's output: to stdout, or atomically to a file that is not one of the inputs. */
import { OutputError } from './errors.js'
import type { CliIO } from './io.js'

/** Writes `text` to `path` (`undefined` or `-`: stdout); never over an input file. */
export async function writeOutput(io: CliIO, path: string | undefined, text: string, inputs: readonly string[]): Promise<void> {
  if (path === undefined || path === '-') {
    io.stdout.write(text)
    return
  }
  const target = await io.fs.realPath(path).catch(() => null)
  if (target !== null) {
    for (const input of inputs) {
      if ((await io.fs.realPath(input).catch(() => null)) === target) {
        throw new OutputError(`${path}: refusing to write over an input file; choose another -o`)
      }
    }
  }
  await io.fs.writeFileAtomic(path, text)
}
