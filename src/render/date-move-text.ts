/** How far a date moved, in words: `+3 weeks`, `−4 days`, `unchanged`. */
import type { DateMove } from '../compare/roadmap-diff.js'

/** `+N days` under two weeks, `+N weeks` from there (rounded), `unchanged` for none. */
export function daysText(days: number): string {
  if (days === 0) return 'unchanged'
  const sign = days > 0 ? '+' : '−'
  const n = Math.abs(days)
  if (n < 14) return `${sign}${n} ${n === 1 ? 'day' : 'days'}`
  return `${sign}${Math.round(n / 7)} weeks`
}

/** `2023-06-15 → 2023-08-10 (+8 weeks)`, or what is known of it. */
export function moveText(m: DateMove): string {
  if (m.before === null && m.after === null) return '—'
  if (m.before === null) return `${m.after} (new)`
  if (m.after === null) return `${m.before} → not planned`
  return m.days === 0 ? `${m.after} (unchanged)` : `${m.before} → ${m.after} (${daysText(m.days ?? 0)})`
}
