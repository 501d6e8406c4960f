/**
 * `waymark diff OLD NEW` (two files or folders) and `waymark diff REV [REV] -- PATH…`
 * (revisions read with git; one revision compares it with the files as they are now).
 */
import { diffRoadmaps } from '../../compare/roadmap-diff.js'
import type { PlannedRoadmap } from '../../pipeline/plan.js'
import type { BuiltVersion } from '../../pipeline/roadmap-version.js'
import { renderDiffMarkdown } from '../../render/markdown/diff-markdown.js'
import { renderDiff } from '../../render/terminal/diff-report.js'
import { EXIT, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { choiceOption, forecastChoices, maxSizeOf, parseOptions } from '../options.js'
import { builtAtRevision } from '../note-past.js'
import { readNotes } from '../notes.js'
import { styleFor } from '../output-style.js'
import { forecastChoicesOf, stageRunner } from '../run-stages.js'

const FORMATS = ['human', 'markdown', 'json'] as const

/** Runs `diff`. */
export async function diffCommand(args: readonly string[], io: CliIO): Promise<number> {
  const split = args.indexOf('--')
  const { values, positionals } = parseOptions('diff', split === -1 ? args : args.slice(0, split))
  const format = choiceOption('--format', values.format, FORMATS, 'human')
  const choices = forecastChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])
  const { roadmapVersion } = await import('../../pipeline/roadmap-version.js')
  // The newer version is planned against the older: its moves are the edits', not the optimiser's.
  const onDisk = async (label: string, paths: readonly string[], baseline?: PlannedRoadmap): Promise<BuiltVersion> => {
    const notes = await readNotes('diff', paths, io, maxBytes)
    const versionChoices = { ...forecastChoicesOf(choices, io), ...(baseline === undefined ? {} : { baseline }) }
    return roadmapVersion({ label, ...notes }, versionChoices, stageRunner(io, notes.sources))
  }
  const atRevision = (revision: string, paths: readonly string[], baseline?: PlannedRoadmap): Promise<BuiltVersion> =>
    builtAtRevision(revision, revision, paths, choices, io, maxBytes, baseline)

  let before: BuiltVersion
  let after: BuiltVersion
  if (split === -1) {
    if (positionals.length !== 2)
      throw new UsageError(
        'waymark diff: give two files or folders, or revisions and paths: `waymark diff HEAD~3 HEAD -- notes.md`.',
      )
    const [a, b] = positionals as [string, string]
    before = await onDisk(a, [a])
    after = await onDisk(b, [b], before.planned)
  } else {
    const paths = args.slice(split + 1)
    if (paths.length === 0) throw new UsageError('waymark diff: name the notes after `--`: `waymark diff HEAD~1 -- notes.md`.')
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError('waymark diff: give one or two revisions before `--`: `waymark diff HEAD~3 HEAD -- notes.md`.')
    const [first, second] = positionals as [string, string | undefined]
    before = await atRevision(first, paths)
    after =
      second === undefined
        ? await onDisk('the working tree', paths, before.planned)
        : await atRevision(second, paths, before.planned)
  }
  const diff = diffRoadmaps(before.version, after.version)
  if (format === 'json') io.stdout.write(`${JSON.stringify(diff, null, 2)}\n`)
  else if (format === 'markdown') io.stdout.write(renderDiffMarkdown(diff, { mentions: values.mentions === true }))
  else io.stdout.write(renderDiff(diff, styleFor(io.stdout, io.env)))
  return EXIT.ok
}
