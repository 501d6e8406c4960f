/**
 * `waymark history FILE` (the file's git history) and `waymark history DIR` (each note in
 * the folder one version, in date order): the roadmap's finish version by version, the
 * slip table, and with `--svg FILE` the slip chart.
 */
import { roadmapHistory } from '../../compare/roadmap-history.js'
import type { HistoryVersion } from '../../model/roadmap-version.js'
import type { PlannedRoadmap } from '../../pipeline/plan.js'
import { DEFAULT_SLIP_TOPICS, renderSlipChart } from '../../render/svg/slip-chart.js'
import { renderHistory } from '../../render/terminal/history-report.js'
import { EXIT, InputError, UsageError } from '../errors.js'
import { inputFiles, loadDocuments } from '../inputs.js'
import type { CliIO } from '../io.js'
import { forecastChoices, integerOption, maxSizeOf, parseOptions, type ForecastFlags } from '../options.js'
import { writeOutput } from '../output.js'
import { gitHistory } from '../note-past.js'
import { settingsFileFor } from '../notes.js'
import { styleFor } from '../output-style.js'
import { forecastChoicesOf, stageRunner } from '../run-stages.js'

/** Runs `history`. */
export async function historyCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('history', args)
  if (positionals.length !== 1)
    throw new UsageError(
      'waymark history: give one note (its git history) or one folder of dated notes: `waymark history notes.md`.',
    )
  const path = positionals[0] as string
  const choices = forecastChoices(values)
  const drawn = values.topics === undefined ? DEFAULT_SLIP_TOPICS : integerOption('--topics', values.topics, 1, 50)
  const maxBytes = maxSizeOf(values['max-size'])
  const info = await io.fs.stat(path)
  if (info === null) throw new InputError(`${path}: no such file or folder`)
  const versions =
    info.kind === 'directory' ? await snapshots(path, choices, io, maxBytes) : await gitHistory(path, choices, io, maxBytes)
  if (versions.length === 0) throw new InputError(`${path}: no versions to follow`)
  const history = roadmapHistory(versions)
  const inputs = versions.flatMap((v) => v.roadmap.files)
  if (values.svg !== undefined) {
    const latest = versions.reduce((a, b) => (b.date >= a.date ? b : a))
    const title = `Slip chart: ${latest.roadmap.meta.title ?? path}`
    await writeOutput(io, values.svg, renderSlipChart(history, { title, topics: drawn }), inputs)
  }
  if (values.json) io.stdout.write(`${JSON.stringify(history, null, 2)}\n`)
  else io.stdout.write(renderHistory(history, path, styleFor(io.stdout, io.env)))
  return EXIT.ok
}

/** Each note in `dir` is a version, dated by its meeting date (or a date in its name). */
async function snapshots(dir: string, choices: ForecastFlags, io: CliIO, maxBytes: number): Promise<HistoryVersion[]> {
  const { historyVersion } = await import('../../pipeline/roadmap-version.js')
  const files = await inputFiles([dir], io.fs)
  const versions: HistoryVersion[] = []
  // Each planned against the one before it (dated names sort by date): moves are the edits'.
  let baseline: PlannedRoadmap | undefined
  for (const file of files) {
    const sources = await loadDocuments([file], io.fs, maxBytes)
    const dateHint = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1]
    const built = await historyVersion(
      {
        label: labelIn(dir, file),
        sources,
        settingsFile: await settingsFileFor([file], io, maxBytes),
        ...(dateHint === undefined ? {} : { dateHint }),
      },
      { ...forecastChoicesOf(choices, io), ...(baseline === undefined ? {} : { baseline }) },
      stageRunner(io, sources),
    )
    if (built === null)
      throw new InputError(`${file}: no topics to plan (Waymark looks for headings such as \`### Topic: NAME\`)`)
    versions.push(built.version)
    baseline = built.planned
  }
  // In the files' order (by path); the history takes them by date.
  return versions
}

/** A note's name within the folder being followed: the folder is already in the heading. */
function labelIn(dir: string, file: string): string {
  const prefix = dir.replace(/[\\/]+$/, '') + '/'
  return file.startsWith(prefix) ? file.slice(prefix.length) : file
}
