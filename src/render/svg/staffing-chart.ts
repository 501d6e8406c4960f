/**
 * The staffing chart: across, the extra people taking the unowned topics (0, 1, 2, …);
 * up, the finish — planned (a solid line), P50 and P85 of the forecast (a band from one to
 * the other) — and the deadline as a horizontal line. Where the P85 line crosses under
 * the deadline is the smallest team that meets it. A standalone SVG file; every text is
 * escaped.
 */
import { Temporal } from 'temporal-polyfill'
import { daysBetween } from '../../model/iso-date.js'
import type { Staffing } from '../../model/staffing.js'
import { xmlText as x } from './xml-text.js'

const W = 720
const H = 420
const M = { left: 92, right: 40, top: 56, bottom: 64 }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The chart as SVG text; `title` is untrusted (the roadmap's). */
export function renderStaffingChart(staffing: Staffing, title: string): string {
  const day = (date: string): number => daysBetween('1970-01-01', date)
  const options = staffing.options.filter((o) => o.finish !== null)
  const dates = [
    ...options.flatMap((o) => [o.finish, o.p50, o.p85].flatMap((d) => (d === null ? [] : [day(d)]))),
    ...(staffing.deadline === null ? [] : [day(staffing.deadline)]),
  ]
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="staff-title staff-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="staff-title">${x(title)}</title>`,
    `<desc id="staff-desc">${x(description(staffing))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="28" font-size="16" font-weight="600" fill="#1b1b1f">${x(title)}</text>`,
  ]
  if (options.length === 0 || dates.length === 0) {
    out.push(`<text x="${M.left}" y="${H / 2}" fill="#595962">No option can be planned: see the staffing table.</text>`, '</svg>')
    return `${out.join('\n')}\n`
  }
  const extras = options.map((o) => o.extra)
  const e0 = Math.min(...extras)
  const e1 = Math.max(e0 + 1, ...extras)
  const y0 = Math.min(...dates) - 7
  const y1 = Math.max(y0 + 30, ...dates) + 7
  const px = (e: number): number => M.left + ((e - e0) / (e1 - e0)) * (W - M.left - M.right)
  const py = (d: number): number => H - M.bottom - ((d - y0) / (y1 - y0)) * (H - M.top - M.bottom)
  const f = (n: number): string => n.toFixed(1)

  // Month lines up the side, a tick for each number of people across.
  let month = Temporal.PlainDate.from('1970-01-01').add({ days: y0 }).with({ day: 1 })
  // Lines every 1, 2, 3, 6, 12, … months, on months that divide the year evenly: at most eight.
  const spanMonths = (y1 - y0) / 30.4
  const every = [1, 2, 3, 6, 12, 24, 60, 120].find((m) => spanMonths / m <= 8) ?? 240
  for (; day(month.toString()) <= y1; month = month.add({ months: 1 })) {
    const d = day(month.toString())
    if (d < y0 || (month.year * 12 + month.month - 1) % every !== 0) continue
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${f(py(d))}" y2="${f(py(d))}" stroke="#e3e3e8"/>`,
      `<text x="${M.left - 8}" y="${f(py(d) + 4)}" text-anchor="end" fill="#595962">${MONTHS[month.month - 1]} ${month.year}</text>`,
    )
  }
  for (const e of extras)
    out.push(`<text x="${f(px(e))}" y="${H - M.bottom + 18}" text-anchor="middle" fill="#595962">${e}</text>`)
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - M.bottom + 38}" text-anchor="middle" fill="#1b1b1f">More people taking the unowned topics</text>`,
  )
  // The P50–P85 band, then the lines.
  const withForecast = options.filter((o) => o.p50 !== null && o.p85 !== null)
  if (withForecast.length > 0) {
    const upper = withForecast.map((o) => `${f(px(o.extra))},${f(py(day(o.p85 as string)))}`)
    const lower = [...withForecast].reverse().map((o) => `${f(px(o.extra))},${f(py(day(o.p50 as string)))}`)
    out.push(`<polygon fill="#3556a8" fill-opacity="0.15" stroke="none" points="${[...upper, ...lower].join(' ')}"/>`)
  }
  const line = (points: [number, string | null][], colour: string, width: number, dash: string, label: string): void => {
    const drawn = points.flatMap(([e, d]): [number, number][] => (d === null ? [] : [[e, day(d)]]))
    if (drawn.length === 0) return
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${drawn.map(([e, d]) => `${f(px(e))},${f(py(d))}`).join(' ')}"/>`,
      ...drawn.map(
        ([e, d]) =>
          `<circle cx="${f(px(e))}" cy="${f(py(d))}" r="3" fill="${colour}"><title>${x(`${label}: ${e} more, ${isoOf(d)}`)}</title></circle>`,
      ),
    )
  }
  line(
    options.map((o) => [o.extra, o.p85]),
    '#3556a8',
    2,
    '',
    'P85',
  )
  line(
    options.map((o) => [o.extra, o.p50]),
    '#3556a8',
    1.2,
    '4 3',
    'P50',
  )
  line(
    options.map((o) => [o.extra, o.finish]),
    '#1b1b1f',
    2.4,
    '',
    'Planned finish',
  )
  if (staffing.deadline !== null) {
    const y = f(py(day(staffing.deadline)))
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" stroke="#b3261e" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      `<text x="${W - M.right}" y="${f(Number(y) - 6)}" text-anchor="end" fill="#b3261e">deadline ${x(staffing.deadline)}</text>`,
    )
  }
  if (staffing.smallestForDeadline !== null && staffing.smallestForDeadline >= e0) {
    const e = px(staffing.smallestForDeadline)
    // The label on the side of the line with room for it.
    const right = e > (M.left + W - M.right) / 2
    out.push(
      `<line x1="${f(e)}" x2="${f(e)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#0b6e4f" stroke-dasharray="2 3"/>`,
      `<text x="${f(right ? e - 4 : e + 4)}" y="${M.top + 12}"${right ? ' text-anchor="end"' : ''} fill="#0b6e4f">${x(`${staffing.smallestForDeadline} more meet it at P85`)}</text>`,
    )
  }
  out.push(
    `<text x="${M.left}" y="${H - 10}" fill="#595962">Solid black: planned finish. Blue: P85, dashed P50, the band between. Red: the deadline.</text>`,
    '</svg>',
  )
  return `${out.join('\n')}\n`
}

/** The chart's text alternative: the figures it draws. */
function description(staffing: Staffing): string {
  const rows = staffing.options.map(
    (o) => `${o.extra} more: ${o.finish === null ? 'cannot be planned' : `finish ${o.finish}, P85 ${o.p85 ?? '—'}`}`,
  )
  return `Finish of the roadmap against the number of extra people taking its ${staffing.unowned.length} unowned topics. ${rows.join('; ')}.`
}

function isoOf(days: number): string {
  return Temporal.PlainDate.from('1970-01-01').add({ days }).toString()
}
