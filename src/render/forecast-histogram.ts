/**
 * The finish histogram as text, for the terminal and for ROADMAP.md: one row per month
 * (or week), a bar scaled to the busiest row, the share of samples and the share done by
 * then, and the rows where P50, P85, P95 and the deadline fall marked at the end.
 */
import { Temporal } from 'temporal-polyfill'
import type { Forecast } from '../model/forecast.js'
import { percent } from './percent-text.js'

const WIDTH = 40

/** The histogram's rows (no trailing newline); the last 1 % of a long tail shares one row. */
export function histogramLines(forecast: Forecast): string[] {
  const all = forecast.histogram.bins
  let bins = all
  let seen = 0
  const cut = all.findIndex((b) => (seen += b.count) >= 0.99 * forecast.samples && b.to >= forecast.finish.p95)
  if (cut !== -1 && all.length - cut > 2) {
    const tail = all.slice(cut + 1)
    const first = tail[0] as (typeof all)[number]
    const last = tail[tail.length - 1] as (typeof all)[number]
    bins = [
      ...all.slice(0, cut + 1),
      { from: first.from, to: last.to, label: `${first.label}…`, count: tail.reduce((sum, b) => sum + b.count, 0) },
    ]
  }
  const most = Math.max(1, ...bins.map((b) => b.count))
  const marks = (from: string, to: string): string[] => {
    const inside = (date: string): boolean => date >= from && date <= to
    return [
      ...(inside(forecast.finish.p50) ? ['P50'] : []),
      ...(inside(forecast.finish.p85) ? ['P85'] : []),
      ...(inside(forecast.finish.p95) ? ['P95'] : []),
      ...(forecast.deadline !== null && inside(forecast.deadline.date) ? ['deadline'] : []),
    ]
  }
  let cumulative = 0
  return bins.map((bin, k) => {
    cumulative += bin.count
    const next = bins[k + 1]
    // A row spans up to the day before the next row's label, so a deadline between two finishes is placed.
    const to = next === undefined ? bin.to : dayBefore(startOf(next.label))
    const from = startOf(bin.label)
    const bar = '█'.repeat(Math.round((WIDTH * bin.count) / most)) || (bin.count > 0 ? '▏' : '')
    const share = `${percent(bin.count / forecast.samples).padStart(4)}  ${percent(cumulative / forecast.samples).padStart(4)} by then`
    const tags = marks(from, to)
    return `${bin.label.padEnd(10)} ${bar.padEnd(WIDTH)} ${share}${tags.length > 0 ? `  ◀ ${tags.join(', ')}` : ''}`
  })
}

/** The first day of a row: its week's Monday, or its month's first. */
function startOf(label: string): string {
  const key = label.replace(/…$/, '')
  return key.length === 7 ? `${key}-01` : key
}

function dayBefore(date: string): string {
  return Temporal.PlainDate.from(date).subtract({ days: 1 }).toString()
}
