/**
 * Puts a note into canonical multi-line form: recovers flattened lines and front matter,
 * separates blocks with one blank line (a field label always starts a new paragraph,
 * which is also what keeps it out of the list above it), drops trailing spaces and extra
 * blank lines, keeps code and front matter verbatim. Only whitespace is ever inserted or
 * removed, so no word is lost, and the result is a fixed point: recovering it again
 * changes nothing. `waymark fmt` prints this text; the reader parses it and maps every
 * position back to the original through the offset map.
 */
import { splitFlattenedFrontMatter } from './flattened-front-matter.js'
import { splitFlattenedLine, type OpenFence, type Segment } from './flattened-line.js'
import { classifyLine } from './markers.js'
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'
import { runLength, skipSpace, trimEnd } from './spaces.js'

/** The canonical text, its map back to the original, and what was recovered. */
export interface RecoveredText {
  readonly text: string
  readonly map: OffsetMap
  /** How many physical lines were flattened notes (0 for an ordinary note). */
  readonly flattenedLines: number
  /** How many line breaks were put back. */
  readonly recoveredBreaks: number
  /** Offset (in the original) of the first flattened line, or -1. */
  readonly firstFlattened: number
}

type Kind = Segment['kind'] | 'fm-open' | 'fm' | 'fm-close'

/** A line of the output: a range of the original plus what it is. */
interface OutLine {
  readonly start: number
  readonly end: number
  readonly kind: Kind
  /** Whitespace inserted before the content (indentation of recovered YAML items). */
  readonly indent: string
  /** The original had a blank line before it. */
  readonly blankBefore: boolean
  /** It was recovered from a flattened line (and is not that line's first part). */
  readonly recovered: boolean
  /** It ended in two or more spaces: a Markdown hard line break, kept. */
  readonly hardBreak: boolean
}

const BLANK_BEFORE: ReadonlySet<Kind> = new Set([
  'heading',
  'thematic',
  'label-inline',
  'label-block',
  'fence-open',
  'container-open',
  'container-close',
  'toc',
])
const BLANK_AFTER: ReadonlySet<Kind> = new Set([
  'heading',
  'thematic',
  'fence-close',
  'container-open',
  'container-close',
  'toc',
  'fm-close',
])
const VERBATIM: ReadonlySet<Kind> = new Set(['verbatim', 'fm'])

/** Recovers the canonical multi-line form of `original`. */
export function recoverStructure(original: string): RecoveredText {
  const physical = physicalLines(original)
  const out: OutLine[] = []
  let flattenedLines = 0
  let recoveredBreaks = 0
  let firstFlattened = -1
  let blank = false
  let fence: OpenFence | null = null
  let frontMatterEnd = -1 // index of the closing `---` line of multi-line front matter
  let frontMatterFlattened = false // the first line's front matter was flattened (counted once)
  // A `---` split off the start of a flattened first line: written `- - -`, or the next
  // reading would take it, and a `---` line further down, for front matter.
  let dashBreakFirst = false

  const push = (line: Omit<OutLine, 'blankBefore' | 'recovered' | 'indent' | 'hardBreak'> & Partial<OutLine>): void => {
    out.push({ indent: '', blankBefore: false, recovered: false, hardBreak: false, ...line })
  }

  // Leading blank lines are dropped, so front matter may start on the first non-blank line.
  let index = physical.findIndex((l) => skipSpace(original, l.start, l.end) < l.end)
  if (index === -1) index = physical.length
  const first = index
  const firstLine = physical[first]
  if (firstLine !== undefined) {
    const flatFm = splitFlattenedFrontMatter(original, firstLine.start, firstLine.end)
    if (flatFm) {
      flattenedLines++
      firstFlattened = firstLine.start
      recoveredBreaks += flatFm.lines.length + 1
      push({ ...flatFm.open, kind: 'fm-open' })
      for (const l of flatFm.lines) push({ start: l.start, end: l.end, kind: 'fm', indent: l.indent })
      push({ ...flatFm.close, kind: 'fm-close' })
      // The rest of the first line is the (probably flattened) body.
      physical[first] = { start: flatFm.close.end, end: firstLine.end }
      frontMatterFlattened = true
      blank = true
    } else if (/^---[ \t]*$/.test(original.slice(firstLine.start, firstLine.end))) {
      frontMatterEnd = physical.findIndex((l, k) => k > first && /^(?:---|\.\.\.)[ \t]*$/.test(original.slice(l.start, l.end)))
      if (frontMatterEnd > first) {
        push({ start: firstLine.start, end: trimEnd(original, firstLine.start, firstLine.end), kind: 'fm-open' })
        for (let k = first + 1; k < frontMatterEnd; k++) {
          const l = physical[k] as PhysicalLine
          push({ start: l.start, end: l.end, kind: 'fm' })
        }
        const c = physical[frontMatterEnd] as PhysicalLine
        push({ start: c.start, end: trimEnd(original, c.start, c.end), kind: 'fm-close' })
        index = frontMatterEnd + 1
      }
    }
  }

  for (; index < physical.length; index++) {
    const { start, end } = physical[index] as PhysicalLine
    if (fence !== null) {
      if (closesFence(original, start, end, fence)) {
        push({ start, end: trimEnd(original, start, end), kind: 'fence-close' })
        fence = null
      } else {
        push({ start, end, kind: 'verbatim' })
      }
      continue
    }
    const contentEnd = trimEnd(original, start, end)
    if (skipSpace(original, start, end) === end) {
      blank = out.length > 0
      continue
    }
    const split = splitFlattenedLine(original, start, contentEnd)
    if (split) {
      if (!(index === first && frontMatterFlattened)) flattenedLines++
      if (firstFlattened === -1) firstFlattened = start
      recoveredBreaks += split.segments.length - 1
      if (out.length === 0 && split.segments[0]?.kind === 'thematic') dashBreakFirst = original[split.segments[0].start] === '-'
      split.segments.forEach((s, k) => push({ ...s, blankBefore: k === 0 && blank, recovered: k > 0 }))
      fence = split.openFence
    } else {
      const kind = classifyLine(original, start, contentEnd)
      const trailing = end - contentEnd
      push({
        start,
        end: contentEnd,
        kind: kind === 'fence' ? 'fence-open' : kind,
        blankBefore: blank,
        hardBreak: trailing >= 2 && original.slice(contentEnd, end).startsWith('  '),
      })
      if (kind === 'fence') fence = openingFence(original, skipSpace(original, start, contentEnd))
    }
    blank = false
  }

  const builder = new OffsetMapBuilder(original)
  out.forEach((line, k) => {
    const previous = out[k - 1]
    if (previous) {
      const separator = separatorBetween(previous, line)
      if (separator === '\n' && previous.hardBreak && !VERBATIM.has(previous.kind)) builder.insert('  ')
      builder.insert(separator)
    }
    builder.insert(line.indent)
    if (k === 0 && dashBreakFirst) {
      // `- - -`: the same break, the same characters, and no front matter's opening line.
      for (let i = line.start; i < line.end; i++) {
        if (i > line.start) builder.insert(' ')
        builder.copy(i, i + 1)
      }
    } else builder.copy(line.start, line.end)
  })
  if (out.length > 0) builder.insert('\n')
  const { text, map } = builder.finish()
  return { text, map, flattenedLines, recoveredBreaks, firstFlattened }
}

/** One newline, or a blank line, between two output lines. */
function separatorBetween(a: OutLine, b: OutLine): '\n' | '\n\n' {
  // Code and front matter keep their own lines, blank ones included.
  if (b.kind === 'verbatim' || b.kind === 'fence-close' || b.kind === 'fm' || b.kind === 'fm-close') return '\n'
  if (a.kind === 'fm-open') return '\n'
  if (b.blankBefore || BLANK_BEFORE.has(b.kind) || BLANK_AFTER.has(a.kind)) return '\n\n'
  // Recovered lines become paragraphs of their own, except consecutive bullets (one list).
  if (b.recovered && !(a.kind === 'bullet' && b.kind === 'bullet')) return '\n\n'
  return '\n'
}

interface PhysicalLine {
  readonly start: number
  /** End of the content, before the line ending. */
  readonly end: number
}

/** The lines of `text`, split at `\n`, `\r\n` and `\r`. */
function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  let start = 0
  if (!text.includes('\r')) {
    // The common case, found by `indexOf` rather than character by character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i })
      start = i + 1
    }
    if (start < text.length) lines.push({ start, end: text.length })
    return lines
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) {
      lines.push({ start, end: i })
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      start = i + 1
    }
  }
  if (start < text.length) lines.push({ start, end: text.length })
  return lines
}

function openingFence(text: string, at: number): OpenFence {
  const char = text[at] as string
  return { char, length: runLength(text, at, text.length, char) }
}

/** A line of at least the opening fence's characters (indented up to 3 spaces) and nothing else. */
function closesFence(text: string, start: number, end: number, fence: OpenFence): boolean {
  let i = start
  while (i < end && i - start < 3 && text[i] === ' ') i++
  const length = runLength(text, i, end, fence.char)
  return length >= fence.length && skipSpace(text, i + length, end) === end
}
