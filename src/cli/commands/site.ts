/** `waymark site FILE… [-o DIR] [--samples N] [--start DATE] [--budget N] [--seed N]` */
import { renderPage } from '../../render/site/html-page.js'
import { siteData } from '../../render/site/site-model.js'
import { slipRows } from '../../render/slip-rows.js'
import { renderSlipChart } from '../../render/svg/slip-chart.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { forecastChoices, maxSizeOf, parseOptions } from '../options.js'
import { refuseInputs, writeOutput } from '../output.js'
import { publishedRoadmap } from '../published-roadmap.js'
import { renderStaffingChart } from '../../render/svg/staffing-chart.js'
import { STAFFING_HEADINGS, staffingRows, staffingVerdict } from '../../render/staffing-rows.js'
import { siteAssets } from '../node/site-assets.js'

/** Where the page goes when `-o` is not given. */
const DEFAULT_DIR = 'site'

/** Runs `site`. */
export async function siteCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('site', args)
  const choices = forecastChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])
  const dir = (values.output ?? DEFAULT_DIR).replace(/\/+$/, '') || '.'
  const { planned, forecast, staffing, changes, history } = await publishedRoadmap(
    'site',
    positionals,
    values.since,
    choices,
    io,
    maxBytes,
  )
  const data = siteData(roadmapView(planned, forecast), {
    live: false,
    generator: `Waymark ${io.version}`,
    changes,
  })
  const slip =
    history === null
      ? null
      : {
          chart: renderSlipChart(history, { title: `Slip chart: ${planned.checked.roadmap.meta.title ?? 'Roadmap'}` }),
          rows: slipRows(history),
        }
  const title = planned.checked.roadmap.meta.title ?? 'Roadmap'
  const staffed =
    staffing.unowned.length === 0
      ? null
      : {
          chart: renderStaffingChart(staffing, `Staffing: ${title}`),
          verdict: staffingVerdict(staffing),
          headings: STAFFING_HEADINGS,
          rows: staffingRows(staffing),
        }
  const page = renderPage(data, await siteAssets(), { slip, staffing: staffed })
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
