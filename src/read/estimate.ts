/**
 * The estimate grammar: free text such as `6 months`, `4 - 8 weeks`, `~2 weeks`, `2w`,
 * `175 hours` or `2 weeks (cleanup), +2 weeks (hw breakpoints)` → a range of working days.
 *
 *   estimate  = part { ("," | ";" | "+" | "and" | "plus" | "&") part }     parts add up
 *   part      = [qualifier] amount [unit] [range amount] unit [filler]
 *   range     = "-" | "–" | "to" | ".." | "or"
 *   qualifier = "~" | "about" | "around" | "approx." | "up to" | "at most" | "<" | …
 *   unit      = hours | days | weeks | months | quarters | years  (and short forms h d w m q y)
 *
 * Words in parentheses are notes, not amounts. A unit with a placeholder instead of a
 * number (`TODO months`) is no estimate. Text that is no duration (`Q1 2023`, `soon`)
 * is reported with a reason, never guessed.
 */
import type { EstimatePart, EstimateReading, EstimateUnits } from '../model/estimate.js'
import { compactList } from '../model/shared-empty.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import { isToDoWord, missingValue } from './placeholder.js'
import { sizeEstimate, sizeWordsOf, type SizeTable } from './size-words.js'

type Unit = EstimatePart['unit']

/** No estimate is longer than this many working days (about 4,000 years). */
const MAX_DAYS = 1_000_000

const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  hours: ['h', 'hr', 'hrs', 'hour', 'hours'],
  days: [
    'd',
    'day',
    'days',
    'working day',
    'working days',
    'workday',
    'workdays',
    'work day',
    'work days',
    'person-day',
    'person-days',
    'person day',
    'person days',
    'man-days',
    'man-day',
    'pd',
  ],
  weeks: ['w', 'wk', 'wks', 'week', 'weeks', 'person-week', 'person-weeks'],
  sprints: ['sprint', 'sprints', 'iteration', 'iterations'],
  months: ['m', 'mo', 'mos', 'mon', 'month', 'months', 'person-month', 'person-months', 'man-months', 'man-month'],
  quarters: ['q', 'quarter', 'quarters'],
  years: ['y', 'yr', 'yrs', 'year', 'years'],
}
const UNIT_OF: ReadonlyMap<string, Unit> = new Map(
  (Object.entries(UNIT_WORDS) as [Unit, readonly string[]][]).flatMap(([unit, words]) => words.map((w) => [w, unit] as const)),
)
const UNIT_PATTERN = [...UNIT_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-\s]/g, '[-\\s]?'))
  .join('|')

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  half: 0.5,
  'half a': 0.5,
  'half an': 0.5,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
}
const NUMBER_PATTERN = `\\d+(?:[.,]\\d+)?|\\d+\\/\\d+|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|')}`

const PART = new RegExp(
  `^(?:(?<low>${NUMBER_PATTERN})\\s*(?<lowUnit>${UNIT_PATTERN})?\\s*(?:-|to|\\.\\.|or)\\s*)?(?<high>${NUMBER_PATTERN})\\s*(?<unit>${UNIT_PATTERN})$`,
)
const QUALIFIER =
  /^(?:~|≈|about|around|approx\.?|approximately|roughly|ca\.?|circa|est\.?|estimated|maybe|probably|likely|up to|at most|at least|max\.?|min\.?|less than|more than|under|over|<=?|>=?|≤|≥)\s*/
const FILLER =
  /\s*(?:of work|of effort|work|effort|full[- ]?time|part[- ]?time|fte|total|in total|or so|ish|-ish|each|at least|at most|max\.?|approx\.?|roughly)$/
const DATE_LIKE =
  /\b(?:q[1-4]|h[12]|(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|end of|by|until|before|after|next)\b/

const NO_SIZES: SizeTable = new Map()

/**
 * Reads an estimate's text with the given unit conversion. A size written in words with
 * its meaning beside it reads as that meaning: in brackets (`Medium (175 hours)`,
 * `Variable (175 or 350 hours)`, `Small (90 hours) - Large (350 hours)`) or after a dash,
 * colon or slash (`Medium project – 175 hours`, `small / 90h`); a size word alone reads
 * through `sizes` (the settings' and the document's own size table: `Small to large.`);
 * a trailing `?` marks the estimate approximate (`~175 hours?`).
 */
export function parseEstimate(text: string, units: EstimateUnits = DEFAULT_UNITS, sizes: SizeTable = NO_SIZES): EstimateReading {
  const read = readEstimate(text, units)
  if (read.kind === 'estimate') return finerRestatement(read, units)
  if (read.kind !== 'invalid') return read
  // `Small (90 hours) - Large (350 hours)`: each word's meaning beside it, then the words' range.
  const beside = new Map(sizes)
  for (const m of text.matchAll(/([A-Za-z][A-Za-z ]{0,20}?)\s*\(([^()]*)\)/g)) {
    const words = sizeWordsOf(m[1] as string)
    const meaning = readEstimate(m[2] as string, units)
    if (words !== null && words.low === words.high && meaning.kind === 'estimate') beside.set(words.low, meaning)
  }
  const bySize = sizeEstimate(text, beside)
  if (bySize !== null) return { ...bySize, text }
  // `175 or 350 hours depending on intern`, `175hrs, the scope could be expanded to 350hrs`:
  // the amounts it names, in one unit, from the least to the most.
  const named = namedAmounts(text, units)
  if (named !== null) return named
  const { notes } = takeParenthesised(text)
  for (const note of notes) {
    const inNote = readEstimate(note, units)
    if (inNote.kind === 'estimate') return { ...inNote, text, notes: compactList(notes.filter((n) => n !== note)) }
  }
  const separated = /^(.*?)\s+(?:[-–—:/]|\bor\b)\s+(.+)$/.exec(text.replace(/\([^()]*\)/g, ' ').trim())
  if (separated !== null) {
    const after = readEstimate(separated[2] as string, units)
    if (after.kind === 'estimate') return { ...after, text }
  }
  return read
}

const AMOUNT_WITH_UNIT = new RegExp(
  `(?<![\\w.])(\\d+(?:\\.\\d+)?)(?:\\s*(?:or|to|-|–|\\/)\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_PATTERN})(?![a-z])`,
  'gi',
)
/** At most this many amounts make a range; more is a paragraph, not an estimate. */
const MAX_NAMED_AMOUNTS = 4

/** The range of the amounts a text names, all in one unit (`90 hours … 350 hours`); `null` when none or mixed. */
function namedAmounts(text: string, units: EstimateUnits): EstimateReading | null {
  const amounts: number[] = []
  let unit: Unit | null = null
  for (const m of text.toLowerCase().matchAll(AMOUNT_WITH_UNIT)) {
    const u = UNIT_OF.get((m[3] as string).replace(/\s+/g, ' ')) ?? unitLoose(m[3] as string)
    // One-letter units (`m`, `d`) inside prose are too often something else.
    if ((m[3] as string).length === 1 || (unit !== null && u !== unit)) return null
    unit = u
    amounts.push(Number(m[1]), ...(m[2] === undefined ? [] : [Number(m[2])]))
  }
  if (unit === null || amounts.length < 2 || amounts.length > MAX_NAMED_AMOUNTS) return null
  const per = daysPer(unit, units)
  const low = wholeDays(Math.min(...amounts) * per)
  const high = wholeDays(Math.max(...amounts) * per)
  const part: EstimatePart = { low: Math.min(...amounts), high: Math.max(...amounts), unit, text }
  return { kind: 'estimate', low, high, text, parts: [part], approximate: false, notes: [] }
}

/**
 * An amount restated in brackets in a finer unit (`three months (12 weeks)`): the finer
 * one is what the writer counted, when the two agree within a quarter.
 */
function finerRestatement(read: Extract<EstimateReading, { kind: 'estimate' }>, units: EstimateUnits): EstimateReading {
  const unit = read.parts[0]?.unit
  if (read.parts.length !== 1 || unit === undefined) return read
  for (const note of read.notes) {
    // The note may go on after its amount (`12 weeks - full-time schedule`).
    const leading = new RegExp(AMOUNT_WITH_UNIT.source, 'i').exec(note.toLowerCase())
    const inNote = readEstimate(leading?.index === 0 ? leading[0] : note, units)
    const noteUnit = inNote.kind === 'estimate' && inNote.parts.length === 1 ? inNote.parts[0]?.unit : undefined
    if (inNote.kind !== 'estimate' || noteUnit === undefined || daysPer(noteUnit, units) >= daysPer(unit, units)) continue
    const close = Math.abs(inNote.high - read.high) <= 0.25 * Math.max(read.high, 1)
    if (close) return { ...inNote, text: read.text, notes: read.notes.filter((n) => n !== note) }
  }
  return read
}

/** `parseEstimate` without reading a size's meaning from beside it. */
function readEstimate(text: string, units: EstimateUnits): EstimateReading {
  const missing = missingValue(text)
  if (missing) return { kind: 'missing', text }
  // A trailing question mark: the writer is unsure, the amount stands.
  if (/\?\s*$/.test(text) && !/^\s*\?+\s*$/.test(text)) {
    const sure = readEstimate(text.replace(/\?+\s*$/, ''), units)
    return sure.kind === 'estimate' ? { ...sure, text, approximate: true } : sure.kind === 'invalid' ? { ...sure, text } : sure
  }
  const { rest, notes } = takeParenthesised(text)
  const normalized = rest.toLowerCase().replace(/[–—]/g, '-').replace(/≈/g, '~').replace(/\s+/g, ' ').trim()
  const pieces = normalized
    .split(/(?<!\d),|,(?!\d)|;|\+|&|\band\b|\bplus\b/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (pieces.length === 0) return { kind: 'missing', text }

  const parts: EstimatePart[] = []
  let approximate = false
  for (const piece of pieces) {
    const read = readPart(piece, units)
    if (read === 'to-do') return { kind: 'missing', text }
    if (typeof read === 'string') return { kind: 'invalid', text, reason: read }
    parts.push(read.part)
    approximate ||= read.approximate
  }
  let low = 0
  let high = 0
  for (const p of parts) {
    low += p.low * daysPer(p.unit, units)
    high += p.high * daysPer(p.unit, units)
  }
  if (!Number.isFinite(high) || high > MAX_DAYS)
    return { kind: 'invalid', text, reason: 'longer than any plan (over a million working days)' }
  return { kind: 'estimate', low: wholeDays(low), high: wholeDays(high), text, parts: compactList(parts), approximate, notes }
}

/** Working days as whole days: part of a day still occupies that day; the epsilon absorbs float noise (1.5 × 21). */
function wholeDays(n: number): number {
  return n <= 0 ? 0 : Math.ceil(n - 1e-9)
}

/** Working days in one `unit`. */
export function daysPer(unit: Unit, units: EstimateUnits): number {
  switch (unit) {
    case 'hours':
      return 1 / units.hoursPerDay
    case 'days':
      return 1
    case 'weeks':
      return units.daysPerWeek
    case 'sprints':
      return units.daysPerSprint
    case 'months':
      return units.daysPerMonth
    case 'quarters':
      return units.daysPerQuarter
    case 'years':
      return units.daysPerYear
  }
}

/** One summand, `'to-do'` for `TODO months`, or the reason it is not a duration. */
function readPart(piece: string, units: EstimateUnits): { part: EstimatePart; approximate: boolean } | 'to-do' | string {
  let p = piece
  let approximate = false
  for (let q = QUALIFIER.exec(p); q && q[0].length > 0; q = QUALIFIER.exec(p)) {
    approximate = true
    p = p.slice(q[0].length)
  }
  for (let f = FILLER.exec(p); f && f[0].length > 0; f = FILLER.exec(p)) p = p.slice(0, f.index)
  p = p.replace(/\.$/, '').trim()
  const m = PART.exec(p)
  if (m?.groups) {
    const unit = UNIT_OF.get((m.groups['unit'] as string).replace(/\s+/g, ' ')) ?? unitLoose(m.groups['unit'] as string)
    const lowUnitText = m.groups['lowUnit']
    const lowUnit = lowUnitText === undefined ? unit : (UNIT_OF.get(lowUnitText) ?? unitLoose(lowUnitText))
    const high = amount(m.groups['high'] as string)
    const lowAmount = m.groups['low'] === undefined ? high : amount(m.groups['low'])
    // `2 weeks - 1 month`: bring the low end into the high end's unit via days.
    const low = lowUnit === unit ? lowAmount : (lowAmount * daysPer(lowUnit, units)) / daysPer(unit, units)
    return {
      part: { low: Math.min(low, high), high: Math.max(low, high), unit, text: piece },
      approximate,
    }
  }
  const words = p.split(/\s+/)
  const hasUnit = words.some((w) => UNIT_OF.has(w) && w.length > 1)
  if (hasUnit && words.some((w) => isToDoWord(w) || /^[xn?]$/.test(w))) return 'to-do'
  if (DATE_LIKE.test(p)) return 'a date, not a duration'
  if (/\d/.test(p) && !hasUnit) return 'a number without a unit'
  if (!/\d/.test(p)) return 'no amount of time'
  return 'not a duration'
}

function unitLoose(text: string): Unit {
  const key = text.replace(/[-\s]+/g, '')
  for (const [word, unit] of UNIT_OF) if (word.replace(/[-\s]+/g, '') === key) return unit
  return 'days'
}

function amount(text: string): number {
  const word = NUMBER_WORDS[text.replace(/\s+/g, ' ')]
  if (word !== undefined) return word
  const fraction = /^(\d+)\/(\d+)$/.exec(text)
  if (fraction) return Number(fraction[1]) / Number(fraction[2])
  return Number(text.replace(',', '.'))
}

/** Removes parenthesised groups (nested ones too), returning them as notes. */
function takeParenthesised(text: string): { rest: string; notes: string[] } {
  const notes: string[] = []
  let rest = ''
  let depth = 0
  let note = ''
  for (const c of text) {
    if (c === '(') {
      if (depth > 0) note += c
      depth++
    } else if (c === ')' && depth > 0) {
      depth--
      if (depth === 0) {
        notes.push(note.trim())
        note = ''
        rest += ' '
      } else note += c
    } else if (depth > 0) note += c
    else rest += c
  }
  if (depth > 0) rest += `(${note}`
  return { rest, notes: notes.filter((n) => n !== '') }
}
