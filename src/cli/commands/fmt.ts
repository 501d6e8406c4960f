/** `waymark fmt FILE… [--write | --check]` */
import { formatNote } from '../../render/markdown/format-note.js'
import { EXIT, UsageError } from '../errors.js'
import { inputFiles, loadDocuments } from '../inputs.js'
import type { CliIO } from '../io.js'
import { maxSizeOf, parseOptions } from '../options.js'
import { writeFileTelling } from '../output.js'

/** Runs `fmt`. */
export async function fmtCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('fmt', args)
  if (positionals.length === 0) throw new UsageError('waymark fmt: no file given. Example: `waymark fmt notes.md`.')
  if (values.write && values.check) throw new UsageError('waymark fmt: use --write or --check, not both.')
  const files = await inputFiles(positionals, io.fs)
  if (files.length > 1 && !values.write && !values.check) {
    throw new UsageError(`waymark fmt: ${files.length} files given; print one at a time, or use --write or --check.`)
  }
  const documents = await loadDocuments(files, io.fs, maxSizeOf(values['max-size']))
  let unformatted = 0
  for (const doc of documents) {
    const formatted = formatNote(doc.text)
    if (values.write) {
      if (formatted !== doc.text) {
        await writeFileTelling(io, doc.file, formatted)
        io.stderr.write(`formatted ${doc.file}\n`)
      }
    } else if (values.check) {
      if (formatted !== doc.text) {
        unformatted++
        io.stdout.write(`${doc.file}: not formatted (run \`waymark fmt --write ${doc.file}\`)\n`)
      }
    } else io.stdout.write(formatted)
  }
  return unformatted > 0 ? EXIT.problems : EXIT.ok
}
