/** `waymark site FILE… [-o DIR] [--samples N] [--start DATE] [--budget N] [--seed N]` */
import { diffRoadmaps } from '../../compare/roadmap-diff.js'
import { renderPage } from '../../render/site/html-page.js'
import { siteData } from '../../render/site/site-model.js'
import { slipRows } from '../../render/slip-rows.js'
import { renderSlipChart } from '../../render/svg/slip-chart.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { COMMON_OPTIONS, integerOption, maxSizeOf, parseOptions, PLAN_OPTIONS, planChoices } from '../options.js'
import { refuseInputs, writeOutput } from '../output.js'
import { forecastInputs, noteHistory, planInputs, previousVersion } from '../session.js'
import { siteAssets } from '../site-assets.js'

/** Where the page goes when `-o` is not given. */
const DEFAULT_DIR = 'site'

/** Runs `site`. */
export async function siteCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('site', args, {
    ...COMMON_OPTIONS,
    ...PLAN_OPTIONS,
    samples: { type: 'string' },
    since: { type: 'string' },
    output: { type: 'string', short: 'o' },
  })
  const choices = planChoices(values)
  const samples = values.samples === undefined ? undefined : integerOption('--samples', values.samples, 1, 1_000_000)
  const dir = (values.output ?? DEFAULT_DIR).replace(/\/+$/, '') || '.'
  const planned = await planInputs('site', positionals, choices, io, maxSizeOf(values['max-size']))
  const forecast = await forecastInputs(planned, { ...(samples === undefined ? {} : { samples }), seed: choices.seed }, io)
  const previous = await previousVersion(
    positionals,
    values.since,
    { ...choices, ...(samples === undefined ? {} : { samples }) },
    io,
    maxSizeOf(values['max-size']),
  )
  const current = { label: 'now', roadmap: planned.checked.roadmap, plan: planned.plan, forecast }
  const data = siteData(planned.checked, planned.plan, forecast, planned.diagnostics, {
    live: false,
    generator: `Waymark ${io.version}`,
    changes: previous === null ? null : diffRoadmaps(previous, current),
  })
  const history = await noteHistory(positionals, choices, io, maxSizeOf(values['max-size']))
  const slip =
    history === null
      ? null
      : {
          chart: renderSlipChart(history, { title: `Slip chart: ${planned.checked.roadmap.meta.title ?? 'Roadmap'}`, topics: 8 }),
          rows: slipRows(history),
        }
  const page = renderPage(data, await siteAssets(), { slip })
  const inputs = planned.checked.roadmap.files
  const [json, index] = [`${dir}/roadmap.json`, `${dir}/index.html`]
  // Both are checked before either is written, so a refusal leaves the folder as it was.
  await refuseInputs(io, [json, index], inputs)
  await io.fs.makeDirectory(dir)
  await writeOutput(io, json, `${JSON.stringify(data, null, 2)}\n`, inputs)
  await writeOutput(io, index, page, inputs)
  io.stderr.write(`waymark site: wrote ${dir}/index.html and ${dir}/roadmap.json\n`)
  return EXIT.ok
}
