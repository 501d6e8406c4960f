/**
 * Recovers the line structure of a flattened line: a whole note pasted as one line, its
 * newlines turned into spaces. The line is split before every block marker (headings,
 * `---`, fences, `:::` containers, field labels, bullets, speaker prefixes), skipping code
 * spans, parenthesised text (for weak markers) and number ranges such as `4 - 8 weeks`.
 * One pass, no recursion: a 10 MB line of markers is as safe as the seed.
 */
import { classifyLine, markerAt, type LineKind, type Marker } from './markers.js'
import { indexIn, isSpace, runLength, skipSpace, trimEnd } from './spaces.js'

/** A recovered line: a range of the original text and what it is. */
export interface Segment {
  readonly start: number
  readonly end: number
  /** `verbatim`: code inside a fence, copied as is; `fence-open`/`fence-close`: its fences. */
  readonly kind: LineKind | 'verbatim' | 'fence-open' | 'fence-close'
}

/** An open fence (``` or ~~~) that the next lines are inside of. */
export interface OpenFence {
  readonly char: string
  readonly length: number
}

/** The recovered lines of a flattened line, and a fence left open at its end. */
export interface FlattenedSplit {
  readonly segments: readonly Segment[]
  readonly openFence: OpenFence | null
}

/** Two strong markers in the middle of one line mean it was flattened. */
const MIN_STRONG_MARKERS = 2

/** Splits `text[start, end)` if it is a flattened line; `null` if it is an ordinary line. */
export function splitFlattenedLine(text: string, start: number, end: number): FlattenedSplit | null {
  const first = skipSpace(text, start, end)
  const spans = new CodeSpans(text, first, end)
  const segments: Segment[] = []
  let openFence: OpenFence | null = null
  let strongMid = 0
  let segStart = first
  let segMarker: Marker | null = null
  let atSegmentStart = true
  let parenDepth = 0
  let i = first

  const closeSegment = (at: number): void => {
    const e = trimEnd(text, segStart, at)
    if (e > segStart) segments.push({ start: segStart, end: e, kind: classifyLine(text, segStart, e) })
  }
  const beginSegment = (at: number): void => {
    segStart = at
    segMarker = null
    atSegmentStart = true
    parenDepth = 0
  }

  while (i < end) {
    if (atSegmentStart) {
      atSegmentStart = false
      const marker = markerAt(text, i, end)
      segMarker = marker
      if (marker) {
        if (marker.kind === 'fence') {
          const closeEnd = fence(marker, i)
          // A fence that opens mid-line and never closes is no evidence of flattening:
          // in prose (`not ``` fences`) it would swallow the rest of the note.
          if (closeEnd === -1) break
          if (i !== first) strongMid++
          i = skipSpace(text, closeEnd, end)
          beginSegment(i)
          continue
        }
        if (i !== first && marker.strong) strongMid++
        if (marker.alone) {
          segments.push({ start: i, end: marker.end, kind: classifyLine(text, i, marker.end) })
          i = skipSpace(text, marker.end, end)
          beginSegment(i)
          continue
        }
        i = marker.end
        continue
      }
    }
    const c = text[i]
    if (isSpace(c)) {
      i++
      continue
    }
    const boundary = isSpace(text[i - 1])
    if (c === '`' && !(boundary && spans.runAt(i) >= 3)) {
      i = spans.skip(i)
      continue
    }
    if (boundary) {
      const marker = markerAt(text, i, end)
      if (marker && allowed(marker, i)) {
        closeSegment(i)
        beginSegment(i)
        continue
      }
    }
    if (c === '(' || c === '[') parenDepth++
    else if ((c === ')' || c === ']') && parenDepth > 0) parenDepth--
    i++
  }
  if (openFence === null && !atSegmentStart) closeSegment(end)
  return strongMid < MIN_STRONG_MARKERS ? null : { segments, openFence }

  /** Emits a fence and its body; returns the end of the closing fence, or -1 if unclosed. */
  function fence(marker: Marker, at: number): number {
    segments.push({ start: at, end: marker.end, kind: 'fence-open' })
    const char = text[at] as string
    const length = runLength(text, at, end, char)
    const bodyStart = skipSpace(text, marker.end, end)
    const closing = findClosingFence(text, bodyStart, end, char, length)
    const bodyEnd = trimEnd(text, bodyStart, closing === -1 ? end : closing)
    if (bodyEnd > bodyStart) segments.push({ start: bodyStart, end: bodyEnd, kind: 'verbatim' })
    if (closing === -1) {
      openFence = { char, length }
      return -1
    }
    const closeEnd = closing + runLength(text, closing, end, char)
    segments.push({ start: closing, end: closeEnd, kind: 'fence-close' })
    return closeEnd
  }

  function allowed(marker: Marker, at: number): boolean {
    const current: Marker | null = segMarker
    // Right after a bullet or heading marker, a marker belongs to that line
    // (`- **Owner**: Alex`, `### **Topic**`), except a block label after an empty bullet.
    if (current !== null && at === skipSpace(text, current.end, end)) {
      return current.kind === 'bullet' && marker.kind === 'label-block'
    }
    // `| --- | --- |`: cells of a table row, not separators.
    if (besideTablePipe(text, at, marker.end, end)) return false
    if (marker.strong) return true
    if (parenDepth > 0) return false
    // `+` is far more often "Musl + newlib" than a bullet.
    if (marker.kind === 'bullet' && text[at] === '+') return false
    if (marker.kind === 'bullet' && isNumberRange(text, at, marker.end, end)) return false
    return true
  }
}

/** Whether a marker stands between table pipes (`| --- |`). */
function besideTablePipe(text: string, start: number, markerEnd: number, end: number): boolean {
  let b = start - 1
  while (b >= 0 && isSpace(text[b])) b--
  return text[b] === '|' || text[skipSpace(text, markerEnd, end)] === '|'
}

/** `4 - 8 weeks`: a dash between numbers is a range, not a bullet. */
function isNumberRange(text: string, dash: number, after: number, end: number): boolean {
  let b = dash - 1
  while (b >= 0 && isSpace(text[b])) b--
  const a = skipSpace(text, after, end)
  return b >= 0 && /\d/.test(text[b] as string) && /[\d~]/.test(text[a] ?? '')
}

/**
 * Backtick runs of a line, paired as CommonMark pairs code spans: a run opens a span that
 * the next run of the same length closes. Paired from where the scan meets a run, not
 * from the start of the line: runs the scan passes over (a backtick inside a label,
 * `**`**:`) open nothing, so a line recovered from it pairs its runs the same way when it
 * is read again, which keeps `fmt` idempotent. Precomputed so skipping is linear overall.
 */
class CodeSpans {
  // Most lines have no backtick: no maps for them (a large note has a million lines).
  readonly #length: Map<number, number> | null = null
  readonly #closer: Map<number, number> | null = null

  constructor(text: string, start: number, end: number) {
    const firstRun = indexIn(text, '`', start, end)
    if (firstRun === -1) return
    this.#length = new Map<number, number>()
    this.#closer = new Map<number, number>()
    const runs: { at: number; length: number }[] = []
    for (let i = firstRun; i !== -1;) {
      const length = runLength(text, i, end, '`')
      runs.push({ at: i, length })
      this.#length.set(i, length)
      i = indexIn(text, '`', i + length, end)
    }
    // Each run's closer, should the scan open a span there: the next run of equal length.
    const nextOfLength = new Map<number, number>()
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k] as { at: number; length: number }
      const next = nextOfLength.get(run.length)
      if (next !== undefined) this.#closer.set(run.at, next)
      nextOfLength.set(run.length, run.at)
    }
  }

  /** The length of the backtick run starting at `i`. */
  runAt(i: number): number {
    return this.#length?.get(i) ?? 0
  }

  /** Where scanning goes on after the run at `i`, which opens a span: past the span, or past the run if none closes it. */
  skip(i: number): number {
    const length = this.runAt(i) || 1
    const closer = this.#closer?.get(i)
    return closer === undefined ? i + length : closer + length
  }
}

/** The closing fence: at least as long as the opening, alone between spaces; or -1. */
function findClosingFence(text: string, from: number, end: number, char: string, length: number): number {
  let i = indexIn(text, char, from, end)
  while (i !== -1) {
    const run = runLength(text, i, end, char)
    if (run >= length && (i === from || isSpace(text[i - 1])) && (i + run >= end || isSpace(text[i + run]))) return i
    i = indexIn(text, char, i + run, end)
  }
  return -1
}
