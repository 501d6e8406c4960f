/**
 * Dates as people write them in plans: `2024-05-08`, `2011/02/22`, `26-May-2023`,
 * `Monday 8th January 2024`, `January 2nd, 2018`, `June 16` (the year from the document),
 * and ranges (`May 3rd - May 17th`, `Tuesday 19th - Friday 22nd March 2024`, `March 16-31`),
 * which date from their first day.
 */
import { Temporal } from 'temporal-polyfill'
import { FIRST_DATE, LAST_DATE } from '../model/iso-date.js'

/** A date found in a text: its ISO form and the span of text that wrote it. */
export interface DateInText {
  readonly date: string
  /** Whether the text wrote the year (`June 16` did not: its year came from the document). */
  readonly withYear: boolean
  /** Whether it is an ISO timestamp with a time (`2025-08-21T18:08:37Z`): when something happened, a record. */
  readonly timestamp: boolean
  readonly start: number
  readonly end: number
}

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
]
const MONTH = `(${MONTHS.join('|')})\\.?`
const MONTH_WORD = `(?:${MONTHS.join('|')})\\.?`
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?'
const ORDINAL = '(?:st|nd|rd|th)?'
// A year is four digits not followed by a time's colon (`March 16-31 18:00 UTC` has no year).
const YEAR = '(\\d{4})(?!\\d|:\\d)'

// A date stands on its own: after a space, a bracket, emphasis or a quote — not inside a path (`exec:2023-01-13`).
const OPEN = `(?<![^\\s(\\[*_"'“>])`
/** A month's name somewhere: without one, only an ISO date can be there. */
const MONTH_HINT = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
const ISO = new RegExp(
  `${OPEN}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`,
  'g',
)
const DAY_FIRST = new RegExp(
  `${OPEN}${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s*[-–—]\\s*${WEEKDAY}\\d{1,2}${ORDINAL})?[\\s-]+(?:of\\s+)?${MONTH}(?![a-z])(?:[\\s,-]+${YEAR})?`,
  'gi',
)
const MONTH_FIRST = new RegExp(
  `${OPEN}${WEEKDAY}${MONTH}(?![a-z])\\s+(\\d{1,2})${ORDINAL}(?!\\d|:\\d)(?:\\s*[-–]\\s*(?:${MONTH_WORD}\\s+)?\\d{1,2}${ORDINAL}(?!\\d|:\\d))?(?:,?\\s+${YEAR})?`,
  'gi',
)

/**
 * The first date `text` writes, or `null`. A date without a year takes `year` (none when
 * `year` is `null`); impossible dates (`February 30`) and years outside 1900–9999 are no dates.
 */
export function firstDateIn(written: string, year: number | null): DateInText | null {
  // Most lines write no date: no digit, no date (cheap tests first).
  if (!/\d/.test(written)) return null
  const words = MONTH_HINT.test(written)
  if (!words && !/\d{4}[-/.]\d/.test(written)) return null
  // Dates inside a link's address (`blog.org/2019/02/22/…`) are no dates of the text.
  const text = written.includes('://') ? written.replace(/\b[a-z][a-z+.-]*:\/\/\S+/gi, (url) => ' '.repeat(url.length)) : written
  let best: DateInText | null = null
  const consider = (found: DateInText | null): void => {
    if (found && (best === null || found.start < best.start)) best = found
  }
  for (const m of text.matchAll(ISO)) {
    const found = dateOf(Number(m[1]), Number(m[2]), Number(m[3]), true, m, m[4] !== undefined)
    if (found) {
      consider(found)
      break
    }
  }
  if (!words) return best
  for (const m of text.matchAll(DAY_FIRST)) {
    const found = wordDate(m, m[2] as string, Number(m[1]), m[3], year)
    if (found) {
      consider(found)
      break
    }
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const found = wordDate(m, m[1] as string, Number(m[2]), m[3], year)
    if (found) {
      consider(found)
      break
    }
  }
  return best
}

/** Every four-digit year from 1900 to 2199 a text writes, the last one: a document's year. */
export function lastYearIn(text: string): number | null {
  let last: number | null = null
  for (const m of text.matchAll(/(?<![\d.])(19\d{2}|2[01]\d{2})(?![\d])/g)) last = Number(m[1])
  return last
}

function wordDate(
  m: RegExpMatchArray,
  monthWord: string,
  day: number,
  yearText: string | undefined,
  year: number | null,
): DateInText | null {
  const month = monthNumber(monthWord)
  const y = yearText === undefined ? year : Number(yearText)
  if (month === 0 || y === null) return null
  return dateOf(y, month, day, yearText !== undefined, m)
}

const MONTH_PATTERNS = MONTHS.map((pattern) => new RegExp(`^(?:${pattern})$`))

/** The month (1–12) a word names (`Jan`, `january`, `Sept.`), 0 when it names none. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '')
  return MONTH_PATTERNS.findIndex((pattern) => pattern.test(w)) + 1
}

/** The ISO date of a day, or `null` when there is no such day or it is outside 1900–9999. */
export function calendarDate(year: number, month: number, day: number): string | null {
  try {
    const date = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString()
    return date < FIRST_DATE || date > LAST_DATE ? null : date
  } catch {
    return null
  }
}

function dateOf(
  year: number,
  month: number,
  day: number,
  withYear: boolean,
  m: RegExpMatchArray,
  timestamp = false,
): DateInText | null {
  const date = calendarDate(year, month, day)
  const start = m.index ?? 0
  return date === null ? null : { date, withYear, timestamp, start, end: start + m[0].length }
}
