/** Changes between versions in words: how far a date moved (`+3 weeks`), what a field became. */
import type { MoveCause, SettingChange, DateMove, FieldChange, TopicChange } from '../model/roadmap-diff.js'

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

/** Why a topic moved, in words (`null` when it did not move or only its own edit did). */
export function causeText(cause: MoveCause | null, escape: (text: string) => string): string | null {
  if (cause === null || cause.kind === 'edit') return null
  switch (cause.kind) {
    case 'prerequisite':
      return `because its prerequisite “${escape(cause.topic)}” moved`
    case 'person':
      return `because “${escape(cause.topic)}” moved, and both need ${escape(cause.person)}`
    case 'plan-start':
      return `because the plan starts on ${cause.after}, not ${cause.before}`
    case 'settings':
      return `because the settings changed (${cause.keys.map(escape).join(', ')})`
    case 'knock-on':
      return 'with the topics before it in the kept order'
    case 'reoptimised':
      return cause.shorterByDays !== null && cause.shorterByDays > 0
        ? `re-optimised: the roadmap is ${cause.shorterByDays} working ${cause.shorterByDays === 1 ? 'day' : 'days'} shorter for it`
        : 're-optimised (nothing in the notes moved it)'
  }
}

/** A settings change in words: `people.Ann Lee.capacity: 0.5 → 1`. */
export function settingChangeText(c: SettingChange, escape: (text: string) => string): string {
  return `${escape(c.key)}: ${escape(c.before)} → ${escape(c.after)}`
}
