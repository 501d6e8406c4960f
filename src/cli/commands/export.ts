/** `waymark export --format json|csv|ics|tjp FILE… [-o PATH]` */
import { renderCsv } from '../../render/csv/topics-csv.js'
import { renderCalendar } from '../../render/ics/calendar.js'
import { exportJson } from '../../render/json/export-json.js'
import { renderTaskJuggler } from '../../render/tjp/taskjuggler.js'
import { DEFAULT_WORKDAYS } from '../../model/defaults.js'
import { schedulingProblem } from '../../pipeline/plan.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { forecastChoices, maxSizeOf, parseOptions } from '../options.js'
import { writeOutput } from '../output.js'
import { checkInputs, forecastPlanned, planInputs } from '../run-stages.js'

const FORMATS = ['json', 'csv', 'ics', 'tjp'] as const

/** Runs `export`. */
export async function exportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('export', args)
  const format = values.format
  if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `waymark export: --format must be one of ${FORMATS.join(', ')}${format === undefined ? '' : `; got “${format}”`}. Example: \`waymark export --format ics notes.md -o roadmap.ics\`.`,
    )
  }
  const choices = forecastChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])
  if (format === 'tjp') return exportTaskJuggler(positionals, choices.start, io, maxBytes, values.output)

  const planned = await planInputs('export', positionals, choices, io, maxBytes)
  const { roadmap } = planned.checked
  const forecast = format === 'json' ? await forecastPlanned(planned, choices, io) : null
  const text =
    format === 'json'
      ? `${JSON.stringify(exportJson(roadmapView(planned, forecast), io.version), null, 2)}\n`
      : format === 'csv'
        ? renderCsv(roadmapView(planned))
        : renderCalendar(roadmapView(planned), {
            today: io.today(),
            version: io.version,
            ...(await calendarId(planned.checked.settings.plan.roadmapId, roadmap.files, io)),
          })
  await writeOutput(io, values.output, text, roadmap.files)
  return EXIT.ok
}

/** TaskJuggler schedules the project itself, so the export is the problem, not Waymark's plan. */
async function exportTaskJuggler(
  positionals: readonly string[],
  start: string | undefined,
  io: CliIO,
  maxBytes: number,
  output: string | undefined,
): Promise<number> {
  const checked = await checkInputs('export', positionals, io, maxBytes)
  const { roadmap } = checked
  const rp = schedulingProblem(checked, { today: io.today(), ...(start === undefined ? {} : { start }) })
  const { settings } = checked
  const text = renderTaskJuggler(rp, roadmap.meta.title ?? 'Roadmap', {
    holidays: settings.plan.holidays,
    workdays: settings.plan.workdays ?? DEFAULT_WORKDAYS,
  })
  await writeOutput(io, output, text, roadmap.files)
  return EXIT.ok
}

/** The roadmap's identity for calendar UIDs: the `id` setting, else the repository's name; else the renderer's default (the folder). */
async function calendarId(setting: string | undefined, files: readonly string[], io: CliIO): Promise<{ roadmapId?: string }> {
  if (setting !== undefined) return { roadmapId: setting }
  const [first] = files
  const name = first === undefined ? null : await io.git?.repositoryName?.(first).catch(() => null)
  return name === null || name === undefined ? {} : { roadmapId: name }
}
