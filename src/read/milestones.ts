/**
 * Dated milestones: the events a plan names with a full date — a release schedule's list
 * (`- 3.13.0 beta 1: Wednesday, 2024-05-08`), an "Important dates" list without the year
 * (`* June 16 -- Structural equality`), a timeline table (`| What | Who | When |`, or a
 * column a month: `| What | JAN | FEB |` with day numbers), a proposal's history line
 * (`2021-03-10(v1.21) Alpha: …`) and its metadata (`created: 2019-01-21`).
 *
 * A date without a year takes the document's: the year of the last date written before
 * it, else of the meeting, else a year in a heading (`GSoC 2026`); a month-and-day earlier
 * than the last date by half a year or more is in the next year (a list from November to
 * February). Month-only targets (`ETA: May 2022`) are no milestones.
 */
import type { Nodes, Paragraph, RootContent, Table } from 'mdast'
import type { Milestone } from '../model/document.js'
import type { Place } from '../model/place.js'
import { daysBetween } from '../model/iso-date.js'
import { Temporal } from 'temporal-polyfill'
import { calendarDate, firstDateIn, lastYearIn, monthNumber, type DateInText } from './date-text.js'
import { fieldKeyOf, normalizeLabel } from './field-labels.js'
import type { Locator } from './locator.js'
import { paragraphLines, plainText } from './phrasing.js'
import { isItemColumn } from './table-columns.js'
import { stripEnds } from '../text/strip-chars.js'

/** Keys of metadata whose date is an event of the proposal (not `last-updated`: a stamp). */
const DATE_KEYS =
  /^(?:created|creation date|date created|start date|started|release date|released|end date|due|due date|deadline|target date|launch date|published|accepted|resolution date|implementation date)$/

/** Table columns that hold an event's date. */
const DATE_COLUMN =
  /^(?:when|date|dates|day|due|due date|deadline|target|target date|release date|planned|planned date|eta|scheduled|scheduled date)$/
/** Table columns that name the event, besides a work-item column. */
const EVENT_COLUMN = /^(?:what|event|events|milestone|milestones|phase|activity|description|step|release|deliverable)$/
/** Labels of a date that stamps the document (`Last updated:`, `Date:`, `Scraped:`): no event of the plan. */
const STAMP_LABEL =
  /^(?:date|dated|meeting date|last updated|updated|last update|last modified|modified|last edited|edited|scraped|generated|retrieved|accessed|revised|posted|as of|version date)$/
/** A date inside a line of prose is an event only in a short line (`Next release (January 31, 2022)`). */
const SHORT_LINE_WORDS = 12
/** What any date this reader reads has: a four-digit ISO year or a month's name next to a number. */
const DATE_HINT =
  /\d{4}[-/.]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,*_]+\d|\d[\s\w*_,-]{0,12}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
/** The most characters between two writings of one moment (`02:00 UTC Friday 9th February 2024 / 18:00 PDT …`). */
const MAX_JOIN = 40
/** Half a year: a month-and-day this far before the last date is in the next year. */
const ROLLOVER_DAYS = 183

/** Collects the milestones of one document, block by block in reading order. */
export class MilestoneReader {
  readonly milestones: Milestone[] = []
  readonly #locator: Locator
  readonly #seen = new Set<string>()
  #year: number | null = null
  #last: string | null = null

  constructor(locator: Locator) {
    this.#locator = locator
  }

  /** The meeting's date (from front matter): the year of dates written without one. */
  dated(date: string | null): void {
    if (date === null) return
    this.#last = date
    this.#year = Number(date.slice(0, 4))
  }

  /** Front matter's dated keys (see `metadataMilestones`). */
  metadata(record: Readonly<Record<string, unknown>>, place: Place): void {
    for (const m of metadataMilestones(record, place)) this.#add(m.title, m.date, m.place)
  }

  /** One block of the document: its dated lines, list items and table rows. */
  block(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        const text = plainText(node)
        const found = firstDateIn(text, null)
        if (found) this.#see(found.date)
        else this.#year = lastYearIn(text) ?? this.#year
        return
      }
      case 'paragraph':
        this.#paragraph(node, false)
        return
      case 'list':
        for (const item of node.children) {
          const [first, ...rest] = item.children
          if (first?.type === 'paragraph') this.#paragraph(first, true)
          else if (first) this.block(first as RootContent)
          for (const child of rest) this.block(child as RootContent)
        }
        return
      case 'blockquote':
        for (const child of node.children) this.block(child)
        return
      case 'table':
        this.#table(node)
        return
      default:
        return
    }
  }

  /**
   * A paragraph's lines: an item's first line is an event when it starts or ends with its
   * date, or is short; a paragraph's line when it starts with its date (a history line),
   * or labels it with a date key (`Created: 26-May-2023`) — a date inside prose is no
   * event. Other dates only set the year.
   */
  #paragraph(paragraph: Paragraph, item: boolean): void {
    // Most paragraphs hold no date: their source says so without splitting them into lines.
    const from = paragraph.position?.start.offset
    const to = paragraph.position?.end.offset
    if (from !== undefined && to !== undefined && !DATE_HINT.test(this.#locator.parsed.slice(from, to))) return
    const lines = paragraphLines(paragraph, this.#locator.parsed)
    lines.forEach((line, k) => {
      const found = firstDateIn(line.text, this.#year)
      if (found === null) return
      const before = clean(line.text.slice(0, found.start))
      const after = clean(withoutLeadingDates(line.text.slice(found.end)))
      const words = (before + ' ' + after).split(/\s+/).filter((w) => w !== '').length
      // A stamp (`Last updated: …`, `Date: …`, a timestamp) says when the document was written, not what it plans.
      const event =
        !found.timestamp &&
        !STAMP_LABEL.test(normalizeLabel(before)) &&
        // A topic's own date field (`Deadline: …`, `Start date: …`) dates the topic, not an event beside it.
        fieldKeyOf(before) === null &&
        (before === '' ||
          DATE_KEYS.test(normalizeLabel(before)) ||
          (item && k === 0 && (after === '' || words <= SHORT_LINE_WORDS)))
      const date = this.#dated(found)
      if (event && (before !== '' || after !== '')) this.#add(joinTitle(before, after), date, this.#locator.at(line.offset))
      else this.#see(date)
    })
  }

  /** A timeline table: a date column, or a column a month with day numbers in it; or a key–value table's date rows. */
  #table(table: Table): void {
    const [header, ...rows] = table.children
    if (header === undefined) return
    const labels = header.children.map((cell) => normalizeLabel(plainText(cell)))
    const dateColumn = labels.findIndex((l) => DATE_COLUMN.test(l))
    const months = labels.map((l) => monthNumber(l))
    const monthColumns = months.filter((m) => m > 0).length
    if (dateColumn === -1 && monthColumns < 2) {
      if (header.children.length === 2)
        for (const row of table.children)
          this.#keyValueRow(
            row.children.map((c) => plainText(c)),
            row,
          )
      return
    }
    let titleColumn = labels.findIndex((l) => isItemColumn(l, true) || EVENT_COLUMN.test(l))
    if (titleColumn === -1) titleColumn = labels.findIndex((_, k) => k !== dateColumn && months[k] === 0)
    for (const row of rows) {
      const cells = row.children.map((c) => plainText(c).trim())
      const title = clean(cells[titleColumn] ?? '')
      if (title === '') continue
      const place = this.#locator.of(row)
      if (dateColumn !== -1) {
        const found = firstDateIn(cells[dateColumn] ?? '', this.#year)
        if (found) this.#add(title, this.#dated(found), place)
        continue
      }
      // A column a month: the first day number under one of them.
      const k = cells.findIndex((c, j) => (months[j] ?? 0) > 0 && /^\d{1,2}\b/.test(c))
      const year = this.#year
      if (k === -1 || year === null) continue
      const date = calendarDate(year, months[k] as number, Number(/^\d{1,2}/.exec(cells[k] as string)?.[0]))
      if (date) this.#add(title, this.#dated({ date, withYear: false, timestamp: false, start: 0, end: 0 }), place)
    }
  }

  #keyValueRow(cells: readonly string[], node: Nodes): void {
    const [key, value] = cells
    if (key === undefined || value === undefined || !DATE_KEYS.test(normalizeLabel(key))) return
    const found = firstDateIn(value, null)
    if (found && clean(value.slice(0, found.start)) === '') this.#add(clean(key), found.date, this.#locator.of(node))
  }

  /** The date as meant: a month-and-day half a year before the last date is in the next year. */
  #dated(found: DateInText): string {
    let date = found.date
    if (!found.withYear && this.#last !== null && daysBetween(date, this.#last) >= ROLLOVER_DAYS) {
      date = Temporal.PlainDate.from(date).add({ years: 1 }).toString()
    }
    return date
  }

  #see(date: string): void {
    this.#last = date
    this.#year = Number(date.slice(0, 4))
  }

  #add(title: string, date: string, place: Place): void {
    this.#see(date)
    const key = `${date} ${title.toLowerCase()}`
    if (this.#seen.has(key)) return
    this.#seen.add(key)
    this.milestones.push({ title, date, place })
  }
}

/**
 * Metadata keys (front matter, a YAML file): a date under `created`, `creation-date`,
 * `release-date`… is a milestone titled by its key; `last-updated` is a stamp, no event.
 */
export function metadataMilestones(record: Readonly<Record<string, unknown>>, place: Place): Milestone[] {
  const milestones: Milestone[] = []
  for (const [key, value] of Object.entries(record)) {
    if (!DATE_KEYS.test(normalizeLabel(key.replace(/[-_]/g, ' ')))) continue
    const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null
    const found = text === null ? null : firstDateIn(text, null)
    if (found && found.start === 0) milestones.push({ title: key, date: found.date, place })
  }
  return milestones
}

/**
 * A piece of an event's line without what surrounds its date: separators (`:`, `-`,
 * `—`, `--`), a time (`18:00 UTC`), emphasis marks and an empty bracket.
 */
function clean(text: string): string {
  // Whitespace collapsed first: the patterns below then never try a long run of it (each one is linear).
  const collapsed = text
    .replace(/\s+/g, ' ')
    .replace(/\b\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: ?(?:UTC|GMT|[A-Z]{2,4}T))?/gi, ' ')
    .replace(/\( ?[,;]? ?\)|\[ ?\]/g, ' ')
    // The weekday next to a date written in ISO form (`Friday, 2023-10-13`).
    .replace(/(?:^|[ ,])(?:mon|tues|wednes|thurs|fri|satur|sun)day,? ?$/i, '')
    .replace(/^ ?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i, '')
  return stripEnds(collapsed, ' *_:;,.-–—/|').replace(/ +/g, ' ').trim()
}

/** The text after a date without the other dates that write the same moment (`9th February / 8th February 2024`). */
function withoutLeadingDates(text: string): string {
  let rest = text
  for (let found = firstDateIn(rest, 2000); found !== null; found = firstDateIn(rest, 2000)) {
    const between = rest.slice(0, found.start)
    // What joins two writings of one moment is short; a long gap is the title.
    if (
      between.length > MAX_JOIN ||
      !/^[\s*_/,–—-]*(?:to|or|until|till|through)?[\s*_/,–—-]*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:UTC|GMT|[A-Z]{2,4}T)?)?\s*$/i.test(
        between,
      )
    )
      break
    rest = rest.slice(found.end)
  }
  return rest
}

function joinTitle(before: string, after: string): string {
  // A bracket right after a leading date is a note on the event: `2021-03-10(v1.21) Alpha: …` → `Alpha: … (v1.21)`.
  const note = before === '' ? /^(\([^()]*\))[\s:]*(.+)$/.exec(after) : null
  if (note) return `${note[2]} ${note[1]}`
  if (before === '') return after
  if (after === '') return before
  return `${before} ${after}`
}
