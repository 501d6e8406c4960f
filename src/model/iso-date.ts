/**
 * The model's dates are ISO calendar dates (`YYYY-MM-DD`) without a zone: their bounds and
 * the two steps every stage takes with them, shared by reading, planning, comparing and
 * rendering.
 */
import { Temporal } from 'temporal-polyfill'

/** The first and the last date Waymark reads and plans on: years outside 1900–9999 are no roadmap's. */
export const FIRST_DATE = '1900-01-01'
export const LAST_DATE = '9999-12-31'

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** The calendar day after `date` (the default plan start is the day after the meeting). */
export function nextDay(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString()
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days
}
