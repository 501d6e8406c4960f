/** `waymark export --format tjp FILE… [-o PATH]` */
import { roadmapProblem } from '../../plan/roadmap-problem.js'
import { renderTaskJuggler } from '../../render/tjp/taskjuggler.js'
import { EXIT, InputError, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { COMMON_OPTIONS, maxSizeOf, parseOptions } from '../options.js'
import { writeOutput } from '../output.js'
import { loadPlanSettings, readInputs, settingsFileFor } from '../session.js'

const FORMATS = ['tjp'] as const

/** Runs `export`. */
export async function exportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('export', args, {
    ...COMMON_OPTIONS,
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    start: { type: 'string' },
  })
  const format = values.format
  if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `waymark export: --format must be one of ${FORMATS.join(', ')}${format === undefined ? '' : `; got “${format}”`}.`,
    )
  }
  const maxBytes = maxSizeOf(values['max-size'])
  const checked = await readInputs('export', positionals, io, maxBytes)
  const { roadmap } = checked
  if (roadmap.topics.length === 0) throw new InputError(`${roadmap.files.join(', ')}: no topics to export`)
  const { settings } = await loadPlanSettings(roadmap, await settingsFileFor(positionals, io, maxBytes))
  const rp = roadmapProblem(roadmap, {
    settings,
    today: io.today(),
    ...(values.start === undefined ? {} : { start: values.start }),
  })
  const holidays = settings.holidays.flatMap((r) => (r.from === r.to ? [r.from] : [`${r.from} - ${r.to}`]))
  const text = renderTaskJuggler(rp, roadmap.meta.title ?? 'Roadmap', {
    holidays,
    workdays: settings.workdays ?? [1, 2, 3, 4, 5],
  })
  await writeOutput(io, values.output, text, roadmap.files)
  return EXIT.ok
}
