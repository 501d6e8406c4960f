/**
 * reStructuredText as the Markdown it means, for the constructs planning documents use:
 * section titles (underlined, or over- and underlined: a level for each style in the
 * order the document first uses it), an RFC-822 header (`PEP: 719` ⏎ `Title: …`), field
 * lists (`:Author: …`), bullets and enumerated lists (`#.`), `Key:` with an indented value,
 * grid tables (multi-line cells joined), literal blocks (`::`), inline markup (``code``,
 * `text <url>`_, `name`_, :role:`text`), and comments, directives and link targets, which
 * are left out (a `.. TODO:` comment is no content).
 *
 * Not a full reStructuredText parser: the text is rewritten line by line with an offset
 * map, so every place Waymark reports points into the `.rst` file as written.
 */
import { OffsetMapBuilder, type OffsetMapping } from '../structure/offset-map.js'

/** The Markdown form of an RST text and its map back to the RST's offsets. */
export interface DerivedText {
  readonly text: string
  readonly map: OffsetMapping
}

interface Line {
  readonly start: number
  /** The line without its end of line. */
  readonly text: string
  /** Where its end of line ends (the next line's start). */
  readonly next: number
}

const ADORNMENT = /^([=\-~^"'`#*+_:.!$%&,;<>?@\\|/])\1{2,}\s*$/
const FIELD = /^(\s*):([^:\s][^:]{0,60}):(?=\s|$)/
const HEADER_FIELD = /^[A-Z][\w-]{0,30}:(?:\s|$)/
const GRID_BORDER = /^\s*\+(?:[-=]+\+)+\s*$/
/** Indentation kept at most outside literal blocks: four spaces would make Markdown code. */
const MAX_INDENT = 3

/** Converts an RST text; never throws. */
export function rstToMarkdown(source: string): DerivedText {
  const lines = splitLines(source)
  const out = new OffsetMapBuilder(source)
  const styles: string[] = []
  let k = 0
  // An RFC-822 header (a PEP's) opens the file: its lines are a list of fields.
  if (lines.length > 0 && HEADER_FIELD.test(lines[0]?.text ?? '')) {
    while (k < lines.length && (lines[k] as Line).text.trim() !== '') {
      const line = lines[k] as Line
      if (HEADER_FIELD.test(line.text)) out.insert('- ')
      else out.insert('  ')
      copyInline(out, line, line.start + line.text.length - line.text.trimStart().length)
      endLine(out, line)
      k++
    }
  }
  let literal = -1
  let previousBlank = true
  while (k < lines.length) {
    const line = lines[k] as Line
    const text = line.text
    const indent = text.length - text.trimStart().length
    const blank = text.trim() === ''
    // A literal block: the indented lines after a paragraph ending with `::`.
    if (literal >= 0) {
      if (blank || indent > literal) {
        if (!blank && indent < 4) out.insert(' '.repeat(4 - indent))
        out.copy(line.start, line.next)
        k++
        continue
      }
      literal = -1
    }
    if (blank) {
      out.copy(line.start, line.next)
      previousBlank = true
      k++
      continue
    }
    // Comments, directives and link targets (`.. _name: url`), with their indented bodies.
    if (/^\s*\.\.(?:\s|$)/.test(text)) {
      k = skipExplicitBlock(lines, k, indent, out)
      previousBlank = true
      continue
    }
    // A section title: underlined (and perhaps overlined) with one punctuation character.
    const title = sectionTitle(lines, k, previousBlank)
    if (title !== null) {
      let level = styles.indexOf(title.style) + 1
      if (level === 0) level = styles.push(title.style)
      if (title.overline) endLine(out, lines[k] as Line)
      const titleLine = lines[title.line] as Line
      out.insert(`${'#'.repeat(Math.min(level, 6))} `)
      copyInline(out, titleLine, titleLine.start + titleLine.text.length - titleLine.text.trimStart().length)
      endLine(out, titleLine)
      endLine(out, lines[title.line + 1] as Line)
      k = title.line + 2
      previousBlank = true
      continue
    }
    if (ADORNMENT.test(text) && previousBlank) {
      // A transition between paragraphs.
      out.insert('---')
      endLine(out, line)
      k++
      continue
    }
    if (GRID_BORDER.test(text)) {
      k = gridTable(lines, k, out)
      previousBlank = true
      continue
    }
    const kept = Math.min(indent, MAX_INDENT)
    out.insert(' '.repeat(kept))
    const body = line.start + indent
    const field = FIELD.exec(text)
    if (field) {
      // `:Author: Ana` → `- Author: Ana`.
      const name = field[2] as string
      out.insert('- ')
      copyInline(out, line, body + 1, body + 1 + name.length)
      out.insert(':')
      copyInline(out, line, body + name.length + 2)
    } else if (/^#\.\s/.test(text.slice(indent))) {
      out.insert('1.')
      copyInline(out, line, body + 2)
    } else copyInline(out, line, body)
    endLine(out, line)
    if (/::\s*$/.test(text) && !/^\s*\.\./.test(text)) literal = indent
    previousBlank = false
    k++
  }
  return out.finish()
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, text: text.slice(start, m.index), next: m.index + m[0].length })
    start = m.index + m[0].length
  }
  if (start < text.length) lines.push({ start, text: text.slice(start), next: text.length })
  return lines
}

/** Copies a line's end of line (or a newline when the file ends without one). */
function endLine(out: OffsetMapBuilder, line: Line): void {
  const end = line.start + line.text.length
  if (line.next > end) out.copy(end, line.next)
  else out.insert('\n')
}

/**
 * A section title at line `k`: an overline, the title and an underline of one character,
 * or the title and its underline (at least as long as the title, less a character of slack).
 */
function sectionTitle(
  lines: readonly Line[],
  k: number,
  previousBlank: boolean,
): { line: number; style: string; overline: boolean } | null {
  const at = (j: number): string => lines[j]?.text ?? ''
  const over = ADORNMENT.exec(at(k))
  if (over && previousBlank) {
    const titleText = at(k + 1).trim()
    const under = ADORNMENT.exec(at(k + 2))
    if (titleText !== '' && !ADORNMENT.test(titleText) && under && under[1] === over[1])
      return { line: k + 1, style: `over${over[1] as string}`, overline: true }
    return null
  }
  const text = at(k)
  const under = ADORNMENT.exec(at(k + 1))
  if (!under || /^\s/.test(text) || text.trim() === '') return null
  if (at(k + 1).trim().length < Math.min(text.trim().length - 1, 3)) return null
  return { line: k, style: under[1] as string, overline: false }
}

/** Skips an explicit markup block (`.. …` and the lines indented under it), keeping its line ends. */
function skipExplicitBlock(lines: readonly Line[], k: number, indent: number, out: OffsetMapBuilder): number {
  endLine(out, lines[k] as Line)
  let j = k + 1
  while (j < lines.length) {
    const text = (lines[j] as Line).text
    const blank = text.trim() === ''
    const deeper = text.length - text.trimStart().length > indent
    // A blank line ends the block unless the next line is still indented under it.
    if (blank) {
      const next = lines[j + 1]?.text ?? ''
      if (next.trim() === '' || next.length - next.trimStart().length <= indent) break
    } else if (!deeper) break
    endLine(out, lines[j] as Line)
    j++
  }
  return j
}

/**
 * A grid table (`+---+---+` borders, `|` rows, `+===+` under the header) as a pipe table:
 * the lines of a row are joined cell by cell — names a line each as a list (`Dan Smith,
 * Melanie Witt`), other text as one line.
 */
function gridTable(lines: readonly Line[], k: number, out: OffsetMapBuilder): number {
  const border = (lines[k] as Line).text
  const offset = border.indexOf('+')
  const bounds: number[] = []
  for (let c = offset; c < border.length; c++) if (border[c] === '+') bounds.push(c)
  let j = k + 1
  let row: Line[] = []
  let rows = 0
  let headerDone = false
  const flush = (header: boolean): void => {
    const first = row[0]
    if (first === undefined) return
    // The row's own bars are copied, so the row and its cells are placed on its first line.
    const bar = (column: number): void => {
      const at = first.start + column
      if (first.text[column] === '|') out.copy(at, at + 1)
      else out.insert('|')
    }
    bar(bounds[0] as number)
    for (let c = 0; c + 1 < bounds.length; c++) {
      const pieces: { start: number; end: number; text: string }[] = []
      for (const line of row) {
        const from = (bounds[c] as number) + 1
        const to = Math.min(bounds[c + 1] as number, line.text.length)
        const raw = line.text.slice(from, to)
        const trimmed = raw.trim()
        if (trimmed === '') continue
        const lead = raw.length - raw.trimStart().length
        pieces.push({ start: line.start + from + lead, end: line.start + from + lead + trimmed.length, text: trimmed })
      }
      const names = pieces.length > 1 && pieces.every((p) => p.text.split(/\s+/).length <= 4 && /^[`\p{Lu}@]/u.test(p.text))
      out.insert(' ')
      pieces.forEach((p, n) => {
        if (n > 0) out.insert(names ? ', ' : ' ')
        copyInline(out, { start: p.start, text: p.text, next: p.end }, p.start, p.end)
      })
      out.insert(' ')
      bar(bounds[c + 1] as number)
    }
    out.insert('\n')
    rows++
    if (header && !headerDone) {
      out.insert(`|${' --- |'.repeat(Math.max(1, bounds.length - 1))}\n`)
      headerDone = true
    }
    row = []
  }
  while (j < lines.length) {
    const text = (lines[j] as Line).text
    if (GRID_BORDER.test(text)) {
      flush(text.includes('=') || (!headerDone && rows === 0))
      j++
      continue
    }
    if (!/^\s*\|/.test(text)) break
    row.push(lines[j] as Line)
    j++
  }
  flush(!headerDone)
  // The table's lines were joined: their ends go after it, so the lines below keep their numbers.
  out.insert('\n'.repeat(Math.max(0, j - k - rows - (headerDone ? 1 : 0))))
  return j
}

// Inline markup: ``code``, `text <url>`_ (and __), `name`_, :role:`text`, |substitution|_.
const INLINE = /``([^`]+)``|:[\w.+-]+:`([^`]+)`|`([^`<]+?)\s*<[^<>`]*>`__?|`([^`]+)`__?|(\|[^|\s][^|]*\|)_{1,2}/g

/** Copies `line` from `from` (to `to`) with its inline markup rewritten as Markdown. */
function copyInline(out: OffsetMapBuilder, line: Line, from: number, to = line.start + line.text.length): void {
  const text = line.text.slice(from - line.start, to - line.start)
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    const at = m.index
    out.copy(from + last, from + at)
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''
    const innerAt = at + m[0].indexOf(inner)
    if (m[1] !== undefined) out.insert('`')
    out.copy(from + innerAt, from + innerAt + inner.length)
    if (m[1] !== undefined) out.insert('`')
    last = at + m[0].length
  }
  out.copy(from + last, from + text.length)
}
