/**
 * The forecast: when the samples finish, as a histogram (a bar per month or week) with
 * the share finished by each date as an S-curve, and P50, P85, P95 and the deadline
 * marked. The numbers are in the text beside it too, so nothing depends on the picture.
 */
import type { SiteData } from '../site-data.js'
import { clear, s } from './dom.js'
import { percent } from '../../percent-text.js'

const W = 760
const H = 240
const PAD = { left: 44, right: 44, top: 16, bottom: 44 }

/** Draws the forecast chart into `svg`. */
export function drawForecast(svg: SVGSVGElement, data: SiteData): void {
  clear(svg)
  const forecast = data.forecast
  if (forecast === null || forecast.histogram.length === 0) return
  const bins = forecast.histogram
  const from = (bins[0] as (typeof bins)[number]).fromDay
  const to = (bins[bins.length - 1] as (typeof bins)[number]).toDay
  const x = (day: number): number => PAD.left + ((day - from) / Math.max(1, to - from)) * (W - PAD.left - PAD.right)
  const most = Math.max(1, ...bins.map((b) => b.count))
  const yCount = (count: number): number => H - PAD.bottom - (count / most) * (H - PAD.top - PAD.bottom)
  const yShare = (share: number): number => H - PAD.bottom - share * (H - PAD.top - PAD.bottom)
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`)
  svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom, class: 'axis' }))
  const every = Math.max(1, Math.ceil(bins.length / 12))
  bins.forEach((bin, k) => {
    const x0 = x(bin.fromDay) + 1
    const x1 = x(bin.toDay) - 1
    svg.append(
      s(
        'rect',
        {
          x: x0,
          y: yCount(bin.count),
          width: Math.max(1, x1 - x0),
          height: H - PAD.bottom - yCount(bin.count),
          class: 'histogram-bar',
        },
        s(
          'title',
          {},
          `${bin.label}: ${bin.count} samples (${percent(bin.count / forecast.samples)}), ${percent(bin.cumulative)} finished by then`,
        ),
      ),
    )
    if (k % every === 0) svg.append(s('text', { x: x0, y: H - PAD.bottom + 16, class: 'tick-label' }, bin.label))
  })
  const curve = bins.map((b, k) => `${k === 0 ? 'M' : 'L'}${x(b.toDay).toFixed(1)},${yShare(b.cumulative).toFixed(1)}`).join(' ')
  svg.append(
    s('path', { d: `M${x(from)},${yShare(0)} ${curve.replace(/^M/, 'L')}`, class: 's-curve' }),
    s('text', { x: W - PAD.right + 4, y: yShare(1) + 4, class: 'tick-label' }, '100%'),
    s('text', { x: W - PAD.right + 4, y: yShare(0.5) + 4, class: 'tick-label' }, '50%'),
  )
  const mark = (day: number, text: string, cls: string, row: number): void => {
    if (day < from || day > to) return
    svg.append(
      s(
        'g',
        { class: cls },
        s('line', { x1: x(day), x2: x(day), y1: PAD.top, y2: H - PAD.bottom }),
        s('text', { x: x(day) + 3, y: PAD.top + 12 + row * 14 }, text),
      ),
    )
  }
  mark(forecast.p50Day, 'P50', 'percentile-line', 0)
  mark(forecast.p85Day, 'P85', 'percentile-line', 1)
  mark(forecast.p95Day, 'P95', 'percentile-line', 2)
  if (data.deadline) mark(data.deadline.day, 'deadline', 'deadline-line', 3)
}
