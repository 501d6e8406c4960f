/** `waymark forecast FILE… [--samples N] [--seed S] [--json] [--start DATE] [--budget N]` */
import { renderForecast } from '../../render/terminal/forecast-report.js'
import { forecastJson } from '../../render/json/forecast-json.js'
import { diagnosticJson } from '../../render/diagnostics/json.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { forecastChoices, maxSizeOf, parseOptions } from '../options.js'
import { styleFor } from '../output-style.js'
import { forecastPlanned, planInputs } from '../run-stages.js'

/** Runs `forecast`. */
export async function forecastCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('forecast', args)
  const choices = forecastChoices(values)
  const planned = await planInputs('forecast', positionals, choices, io, maxSizeOf(values['max-size']))
  const forecast = await forecastPlanned(planned, choices, io)
  if (values.json)
    io.stdout.write(
      `${JSON.stringify({ ...forecastJson(forecast), diagnostics: planned.diagnostics.map(diagnosticJson) }, null, 2)}\n`,
    )
  else io.stdout.write(renderForecast(roadmapView(planned, forecast), styleFor(io.stdout, io.env)))
  return EXIT.ok
}
