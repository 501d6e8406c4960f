/** Changes between versions in words: how far a date moved (`+3 weeks`), what a field became. */
import type { DateMove, FieldChange, TopicChange } from '../model/roadmap-diff.js'

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

/** `finish +3 weeks, P85 +5 weeks`. */
export function movement(c: TopicChange): string {
  const parts = [
    c.finish.days === null
      ? c.finish.after === null
        ? 'no longer planned'
        : 'newly planned'
      : `finish ${daysText(c.finish.days)}`,
    ...(c.p85.days === null ? [] : [`P85 ${daysText(c.p85.days)}`]),
  ]
  return parts.join(', ')
}

/** ` (renamed from “Unikraft Loader”)`, or nothing. */
export function renamedFrom(c: TopicChange): string {
  const title = c.changes.find((f) => f.field === 'title')
  return title ? ` (renamed from “${title.before}”)` : ''
}

/** `estimate: 2 weeks → 4 weeks`, with `clean` applied to the texts from the notes. */
export function fieldText(f: FieldChange, clean: (text: string) => string): string {
  return `${f.field}: ${clean(f.before)} → ${clean(f.after)}`
}
