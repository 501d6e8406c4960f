/** `waymark report FILE… [-o ROADMAP.md] [--by …] [--max-rows N] [--start DATE] [--budget N] [--seed N]` */
import { DEFAULT_MAX_ROWS } from '../../render/mermaid/gantt.js'
import { renderReport } from '../../render/markdown/report.js'
import { renderSlipChart } from '../../render/svg/slip-chart.js'
import { renderStaffingChart } from '../../render/svg/staffing-chart.js'
import { GROUP_BY } from '../../render/topic-groups.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { choiceOption, forecastChoices, integerOption, maxSizeOf, parseOptions } from '../options.js'
import { writeOutput } from '../output.js'
import { publishedRoadmap } from '../published-roadmap.js'

/** Runs `report`. */
export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('report', args)
  const by = choiceOption('--by', values.by, GROUP_BY, 'owner')
  const maxRows =
    values['max-rows'] === undefined ? DEFAULT_MAX_ROWS : integerOption('--max-rows', values['max-rows'], 1, 100_000)
  const choices = forecastChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])
  const { planned, forecast, staffing, changes, history } = await publishedRoadmap(
    'report',
    positionals,
    values.since,
    choices,
    io,
    maxBytes,
  )
  // The slip chart goes beside the page it is in; a page on stdout gets the tables only.
  const output = values.output === undefined || values.output === '-' ? null : values.output
  const chartPath = history === null || output === null ? null : output.replace(/(\.[^./]*)?$/, '-slip.svg')
  const staffingPath = staffing.unowned.length === 0 || output === null ? null : output.replace(/(\.[^./]*)?$/, '-staffing.svg')
  if (staffingPath !== null)
    await writeOutput(
      io,
      staffingPath,
      renderStaffingChart(staffing, `Staffing: ${planned.checked.roadmap.meta.title ?? 'Roadmap'}`),
      planned.checked.roadmap.files,
    )
  if (history !== null && chartPath !== null)
    await writeOutput(
      io,
      chartPath,
      renderSlipChart(history, { title: `Slip chart: ${planned.checked.roadmap.meta.title ?? 'Roadmap'}` }),
      planned.checked.roadmap.files,
    )
  const text = renderReport(roadmapView(planned, forecast), {
    history,
    slipChart: chartPath === null ? null : chartPath.slice(chartPath.lastIndexOf('/') + 1),
    staffing,
    staffingChart: staffingPath === null ? null : staffingPath.slice(staffingPath.lastIndexOf('/') + 1),
    changes,
    by,
    maxRows,
    command: ['waymark', 'report', ...args].map(shellWord).join(' '),
    version: io.version,
  })
  await writeOutput(io, values.output, text, planned.checked.roadmap.files)
  return EXIT.ok
}

/** A word as a POSIX shell would need it written. */
function shellWord(word: string): string {
  return /^[\w./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}
