/**
 * The slip chart (a milestone trend analysis): across, the versions of the roadmap by
 * date; up, the finish each version planned. A flat line is a topic that keeps its date;
 * a rising one slips; the diagonal is "finishes on the day of the version" — a line that
 * runs along it is always about to finish. The most slipped topics are drawn, with the
 * roadmap's own finish in bold. A standalone SVG file; every text is escaped.
 */
import { Temporal } from 'temporal-polyfill'
import type { RoadmapHistory, TopicTrack } from '../../model/roadmap-history.js'
import { daysBetween } from '../../model/iso-date.js'
import { daysText } from '../diff-text.js'
import { xmlText as x } from './xml-text.js'

/** Options of the chart. */
export interface SlipChartOptions {
  readonly title: string
  /** Topics drawn, the most slipped first (default `DEFAULT_SLIP_TOPICS`). */
  readonly topics?: number
}

/** Topics a slip chart draws when not told: as many as stay apart and readable. */
export const DEFAULT_SLIP_TOPICS = 8

const W = 960
const H = 540
const M = { left: 88, right: 270, top: 56, bottom: 56 }
const COLOURS = ['#b3261e', '#3556a8', '#0b6e4f', '#8a5a00', '#6a1b9a', '#00838f', '#c2185b', '#455a64', '#5d4037', '#33691e']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The chart as SVG text. */
export function renderSlipChart(history: RoadmapHistory, options: SlipChartOptions): string {
  const versions = history.versions
  const epoch = Temporal.PlainDate.from('1970-01-01')
  const day = (date: string): number => daysBetween('1970-01-01', date)
  const drawn = drawnTopics(history, options.topics ?? DEFAULT_SLIP_TOPICS)
  const finishes = [
    ...drawn.flatMap((t) => t.points.flatMap((p) => (p.finish === null ? [] : [day(p.finish)]))),
    ...versions.flatMap((v) => (v.finish === null ? [] : [day(v.finish)])),
  ]
  const dates = versions.map((v) => day(v.date))
  const x0 = Math.min(...dates)
  const x1 = Math.max(x0 + 30, ...dates)
  const y0 = Math.min(x0, ...finishes)
  const y1 = Math.max(y0 + 30, ...finishes)
  const px = (d: number): number => M.left + ((d - x0) / (x1 - x0)) * (W - M.left - M.right)
  const py = (d: number): number => H - M.bottom - ((d - y0) / (y1 - y0)) * (H - M.top - M.bottom)
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="slip-title slip-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="slip-title">${x(options.title)}</title>`,
    `<desc id="slip-desc">Planned finish of the roadmap and its most slipped topics in each of ${versions.length} versions, from ${versions[0]?.date ?? ''} to ${versions[versions.length - 1]?.date ?? ''}.</desc>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="28" font-size="16" font-weight="600" fill="#1b1b1f">${x(options.title)}</text>`,
  )
  // Month lines up the side; a line per version across.
  let month = Temporal.PlainDate.from(epoch.add({ days: y0 })).with({ day: 1 })
  const monthsSpan = Math.ceil((y1 - y0) / 30)
  const every = Math.max(1, Math.ceil(monthsSpan / 10))
  for (let k = 0; day(month.toString()) <= y1; k++, month = month.add({ months: 1 })) {
    const d = day(month.toString())
    if (d < y0 || k % every !== 0) continue
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(d).toFixed(1)}" y2="${py(d).toFixed(1)}" stroke="#e3e3e8"/>`,
      `<text x="${M.left - 8}" y="${(py(d) + 4).toFixed(1)}" text-anchor="end" fill="#595962">${MONTHS[month.month - 1]} ${month.year}</text>`,
    )
  }
  for (const v of versions) {
    const px0 = px(day(v.date)).toFixed(1)
    out.push(
      `<line x1="${px0}" x2="${px0}" y1="${M.top}" y2="${H - M.bottom}" stroke="#e3e3e8"/>`,
      `<text x="${px0}" y="${H - M.bottom + 18}" text-anchor="middle" fill="#595962">${x(v.date)}</text>`,
    )
  }
  // The diagonal: a finish on the day of the version.
  const d0 = Math.max(x0, y0)
  const d1 = Math.min(x1, y1)
  if (d1 > d0)
    out.push(
      `<line x1="${px(d0).toFixed(1)}" y1="${py(d0).toFixed(1)}" x2="${px(d1).toFixed(1)}" y2="${py(d1).toFixed(1)}" stroke="#767676" stroke-dasharray="4 4"/>`,
      `<text x="${(px(d1) - 4).toFixed(1)}" y="${(py(d1) - 6).toFixed(1)}" text-anchor="end" fill="#595962">finish = version date</text>`,
    )
  const labels: { y: number; text: string; colour: string; bold: boolean }[] = []
  const line = (points: readonly [number, number][], colour: string, width: number, dash: string): void => {
    if (points.length === 0) return
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${points.map(([a, b]) => `${px(a).toFixed(1)},${py(b).toFixed(1)}`).join(' ')}"/>`,
      ...points.map(
        ([a, b]) => `<circle cx="${px(a).toFixed(1)}" cy="${py(b).toFixed(1)}" r="${width + 1.5}" fill="${colour}"/>`,
      ),
    )
  }
  const roadmap = versions.flatMap((v): [number, number][] => (v.finish === null ? [] : [[day(v.date), day(v.finish)]]))
  line(roadmap, '#1b1b1f', 3, '7 4')
  const lastRoadmap = roadmap[roadmap.length - 1]
  if (lastRoadmap)
    labels.push({ y: py(lastRoadmap[1]), text: `The roadmap ${slip(roadmapSlip(history))}`, colour: '#1b1b1f', bold: true })
  drawn.forEach((t, k) => {
    const colour = COLOURS[k % COLOURS.length] as string
    const points = t.points.flatMap((p): [number, number][] => (p.finish === null ? [] : [[day(p.date), day(p.finish)]]))
    line(points, colour, 1.8, '')
    const last = points[points.length - 1]
    if (last) labels.push({ y: py(last[1]), text: `${cut(t.title)} ${slip(t.slipDays)}`, colour, bold: false })
  })
  // Labels beside the right edge, pushed apart so they do not overlap.
  labels.sort((a, b) => a.y - b.y)
  for (let k = 1; k < labels.length; k++) {
    const prev = labels[k - 1] as (typeof labels)[number]
    const cur = labels[k] as (typeof labels)[number]
    if (cur.y - prev.y < 14) cur.y = prev.y + 14
  }
  for (const l of labels)
    out.push(
      `<text x="${W - M.right + 10}" y="${(l.y + 4).toFixed(1)}" fill="${l.colour}"${l.bold ? ' font-weight="600"' : ''}>${x(l.text)}</text>`,
    )
  out.push(
    `<text x="${M.left}" y="${H - 12}" fill="#595962">Across: each version's date. Up: the finish it planned. Rising lines slip.</text>`,
    '</svg>',
  )
  return `${out.join('\n')}\n`
}

function roadmapSlip(history: RoadmapHistory): number {
  const planned = history.versions.filter((v) => v.finish !== null)
  const first = planned[0]?.finish
  const last = planned[planned.length - 1]?.finish
  return first && last ? daysBetween(first, last) : 0
}

function slip(days: number): string {
  return days === 0 ? '(kept its date)' : `(${daysText(days)})`
}

function cut(title: string): string {
  const chars = [...title]
  return chars.length <= 26 ? title : `${chars.slice(0, 25).join('')}…`
}

/** The topics a slip chart draws, for tests and captions. */
export function drawnTopics(history: RoadmapHistory, count: number): TopicTrack[] {
  return history.topics.filter((t) => t.current && t.points.filter((p) => p.finish !== null).length >= 2).slice(0, count)
}
