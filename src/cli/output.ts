/** Writing a command's output: to stdout, or atomically to a file that is not one of the inputs. */
import { OutputError } from './errors.js'
import type { CliIO } from './io.js'

/** Writes `text` to `path` (`undefined` or `-`: stdout); never over an input file. */
export async function writeOutput(io: CliIO, path: string | undefined, text: string, inputs: readonly string[]): Promise<void> {
  if (path === undefined || path === '-') {
    io.stdout.write(text)
    return
  }
  await refuseInputs(io, [path], inputs)
  await writeFileTelling(io, path, text)
}

/** Writes a file and tells on stderr what the write could not keep (an owner). */
export async function writeFileTelling(io: CliIO, path: string, text: string): Promise<void> {
  for (const note of await io.fs.writeFile(path, text)) io.stderr.write(`waymark: warning: ${note}\n`)
}

/** Throws if any of `paths` is one of the input files (checked before anything is written). */
export async function refuseInputs(io: CliIO, paths: readonly string[], inputs: readonly string[]): Promise<void> {
  const sources = await Promise.all(inputs.map((input) => io.fs.realPath(input).catch(() => null)))
  for (const path of paths) {
    const target = await io.fs.realPath(path).catch(() => null)
    if (target !== null && sources.includes(target))
      throw new OutputError(`${path}: refusing to write over an input file; choose another -o`)
  }
}
