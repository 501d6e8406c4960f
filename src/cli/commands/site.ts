/** `waymark site FILE… [-o DIR] [--samples N] [--start DATE] [--budget N] [--seed N]` */
import { renderPage } from '../../render/site/html-page.js'
import { siteData } from '../../render/site/site-model.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { COMMON_OPTIONS, integerOption, maxSizeOf, parseOptions, PLAN_OPTIONS, planChoices } from '../options.js'
import { writeOutput } from '../output.js'
import { forecastInputs, planInputs } from '../session.js'
import { siteAssets } from '../site-assets.js'

/** Where the page goes when `-o` is not given. */
const DEFAULT_DIR = 'site'

/** Runs `site`. */
export async function siteCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('site', args, {
    ...COMMON_OPTIONS,
    ...PLAN_OPTIONS,
    samples: { type: 'string' },
    output: { type: 'string', short: 'o' },
  })
  const choices = planChoices(values)
  const samples = values.samples === undefined ? undefined : integerOption('--samples', values.samples, 1, 1_000_000)
  const dir = (values.output ?? DEFAULT_DIR).replace(/\/+$/, '') || '.'
  const planned = await planInputs('site', positionals, choices, io, maxSizeOf(values['max-size']))
  const forecast = await forecastInputs(planned, { ...(samples === undefined ? {} : { samples }), seed: choices.seed }, io)
  const data = siteData(planned.checked, planned.plan, forecast, planned.diagnostics, {
    live: false,
    generator: `Waymark ${io.version}`,
  })
  const page = renderPage(data, await siteAssets())
  await io.fs.makeDirectory(dir)
  const inputs = planned.checked.roadmap.files
  await writeOutput(io, `${dir}/roadmap.json`, `${JSON.stringify(data, null, 2)}\n`, inputs)
  await writeOutput(io, `${dir}/index.html`, page, inputs)
  io.stderr.write(`waymark site: wrote ${dir}/index.html and ${dir}/roadmap.json\n`)
  return EXIT.ok
}
