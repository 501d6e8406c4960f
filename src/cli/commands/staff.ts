/** `waymark staff FILE… [--most N] [--chart PATH] [--json] [--samples N] [--seed N] [--start DATE] [--budget N]` */
import { renderStaffing } from '../../render/terminal/staffing-report.js'
import { renderStaffingChart } from '../../render/svg/staffing-chart.js'
import { staffingJson } from '../../render/json/staffing-json.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { forecastChoices, integerOption, maxSizeOf, parseOptions } from '../options.js'
import { writeOutput } from '../output.js'
import { styleFor } from '../output-style.js'
import { planInputs, staffPlanned } from '../run-stages.js'

/** Runs `staff`. */
export async function staffCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('staff', args)
  const choices = {
    ...forecastChoices(values),
    ...(values.most === undefined ? {} : { most: integerOption('--most', values.most, 0, 100_000) }),
  }
  const planned = await planInputs('staff', positionals, choices, io, maxSizeOf(values['max-size']))
  const staffing = await staffPlanned(planned, choices, io)
  const title = planned.checked.roadmap.meta.title
  if (values.chart !== undefined)
    await writeOutput(
      io,
      values.chart,
      renderStaffingChart(staffing, `Staffing: ${title ?? 'Roadmap'}`),
      planned.checked.roadmap.files,
    )
  if (values.json) io.stdout.write(`${JSON.stringify(staffingJson(staffing), null, 2)}\n`)
  else io.stdout.write(renderStaffing(staffing, title, styleFor(io.stdout, io.env)))
  return EXIT.ok
}
