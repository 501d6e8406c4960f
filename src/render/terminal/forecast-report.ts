/** `waymark forecast`: the finish's percentiles, the deadline's chances, each topic's P50/P85 and criticality, the risk drivers, the histogram. */
import { titleIn, type ForecastView } from '../../model/roadmap-view.js'
import { deadlineOrigin } from '../deadline-text.js'
import { ownerLabel } from '../owner-gap-text.js'
import { histogramLines } from '../forecast-histogram.js'
import { percent } from '../percent-text.js'
import { sanitizeForTerminal as s, type Style } from './style.js'
import { renderTable } from './table.js'

/** Renders a forecast for a terminal. */
export function renderForecast(view: ForecastView, style: Style): string {
  const { forecast, plan } = view
  const title = view.roadmap.meta.title
  const lines: string[] = []
  const plannedOf = (id: string) => view.topics.get(id)?.planned ?? undefined
  lines.push(
    style.bold(
      s(
        `Forecast${title ? ` for “${title}”` : ''}: ${forecast.samples.toLocaleString('en')} samples, seed ${forecast.seed}, from ${plan.start}`,
      ),
    ),
    '',
  )
  const { finish } = forecast
  lines.push(
    `${style.bold('Finish:')} P50 ${finish.p50}, P85 ${finish.p85}, P95 ${finish.p95}; the plan's ${plan.finish ?? '—'} is met in ${percent(forecast.planned.probability)} of samples`,
  )
  if (forecast.deadline !== null) {
    const p = forecast.deadline.probability
    const paint = p >= 0.85 ? style.green : p >= 0.5 ? style.yellow : style.red
    lines.push(
      `${style.bold('Deadline:')} ${forecast.deadline.date} (${s(deadlineOrigin(forecast.deadline))}): met in ${paint(percent(p))} of samples`,
    )
  }
  lines.push('')
  const rows = [...forecast.topics]
    .sort((a, b) => (a.p85 < b.p85 ? -1 : a.p85 > b.p85 ? 1 : a.title.localeCompare(b.title)))
    .map((t) => {
      const p = plannedOf(t.id)
      return [
        s(t.title),
        s(p ? ownerLabel(p) : 'unassigned'),
        p?.finish ?? '',
        t.p50,
        t.p85,
        percent(t.criticality),
        p?.assumed ? 'assumed' : '',
      ]
    })
  const table = renderTable(
    [
      { heading: 'Topic', max: 42 },
      { heading: 'Owners', max: 26 },
      { heading: 'Plan' },
      { heading: 'P50' },
      { heading: 'P85' },
      { heading: 'Critical' },
      { heading: 'Estimate' },
    ],
    rows,
  )
  lines.push(style.bold(table[0] as string), ...table.slice(1), '')
  if (forecast.drivers.length > 0) {
    lines.push(style.bold('What drives the risk (durations that move the finish most):'))
    for (const id of forecast.drivers) {
      const t = forecast.topics.find((x) => x.id === id)
      if (t === undefined) continue
      lines.push(
        `  ${s(titleIn(view, id))} — rank correlation ${t.sensitivity.toFixed(2)}, critical in ${percent(t.criticality)} of samples${plannedOf(id)?.assumed ? ', assumed estimate' : ''}`,
      )
    }
    lines.push('')
  }
  lines.push(style.bold(`Finish dates, by ${forecast.histogram.unit}:`))
  for (const line of histogramLines(forecast)) lines.push(`  ${line}`)
  lines.push(
    '',
    style.dim(
      'P50/P85: the date by which half / 85% of the samples finish. Critical: the share of samples in which the topic has no slack. See docs/forecast.md.',
    ),
  )
  return `${lines.join('\n')}\n`
}
