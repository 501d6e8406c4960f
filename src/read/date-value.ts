/** Calendar dates in notes: ISO dates (`2023-03-31`), read as plain dates without a zone. */
import { Temporal } from 'temporal-polyfill'
import { FIRST_DATE } from '../model/iso-date.js'

/**
 * The ISO date (`YYYY-MM-DD`) that `text` starts with, validated as a calendar date from
 * `FIRST_DATE` to `LAST_DATE` (a time and zone after it, as in
 * `2022-08-25T10:00:00+02:00`, are dropped); or `null`.
 */
export function isoDateOf(text: string): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s,.;)])/.exec(text)
  if (!m || (m[1] as string) < FIRST_DATE) return null
  try {
    return Temporal.PlainDate.from(m[1] as string, { overflow: 'reject' }).toString()
  } catch {
    return null
  }
}
