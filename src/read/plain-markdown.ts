/**
 * The plain subset of Markdown that large roadmaps are mostly made of, read without
 * micromark: ATX headings, paragraphs, tight `-` and `*` lists of one-paragraph items
 * (task items too), tables with a pipe at both ends of every row, and `---` breaks, with
 * `**strong**` and `[text](url)` links the only inline syntax. A chunk with anything else — any
 * other inline mark or block, indentation, tabs, a loose list, a lazy line, a paragraph
 * interrupted without a blank line, a `**` whose meaning depends on Unicode flanking — is
 * left to micromark (`null`): the tree given is always the tree micromark and mdast give,
 * positions included (a property test checks it on generated notes and on the corpus).
 *
 * micromark reads about half a megabyte a second; this reads such chunks some fifty
 * times as fast, which is what lets a roadmap of 100,000 topics be read in seconds.
 */
import { holdsNoLiteralLinkText } from './literal-links.js'
import type {
  AlignType,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast'

/** A unist point. */
type Point = { line: number; column: number; offset: number }

const NEWLINE = 10
const SPACE = 32
const HASH = 35
const STAR = 42
const DASH = 45
const PIPE = 124

/**
 * Characters that start inline syntax other than `**` and links (escapes, references,
 * code, emphasis, strikethrough, HTML), every control character and the byte order mark:
 * a chunk with one is never plain. (A text that may hold a literal link is not plain either;
 * a bracket that is no task box or plain link makes the reader give up.)
 */
const NOT_PLAIN = /[\\&`_~<\u0000-\u0009\u000b-\u001f\ufeff]/

/**
 * The top-level nodes of `text` (a chunk starting `offset` characters and `lines` lines
 * into the whole text, at the start of a line), or `null` when it is not plain.
 */
export function parsePlainMarkdown(text: string, offset: number, lines: number): RootContent[] | null {
  return mayBePlainMarkdown(text) ? new PlainReader(text, offset, lines).read() : null
}

/** A quick look: `false` when `text` surely is not plain (a character of other syntax, front matter). */
export function mayBePlainMarkdown(text: string): boolean {
  return !NOT_PLAIN.test(text) && !text.startsWith('---') && holdsNoLiteralLinkText(text)
}

/**
 * Which block a line may continue: nothing (after a blank line, a heading or a break), a
 * paragraph, a list item's paragraph (only another item may follow it without a blank
 * line), a table's header row (only its delimiter row may follow) or a table (only rows).
 */
const Open = { None: 0, Paragraph: 1, Item: 2, TableHeader: 3, Table: 4 } as const
type Open = (typeof Open)[keyof typeof Open]

class PlainReader {
  readonly #nodes: RootContent[] = []
  #open: Open = Open.None
  /** The list being read, kept after a blank line: another item would make it loose. */
  #list: List | null = null
  /** Its items' marker, `-` or `*` (an item with the other starts a list of its own). */
  #marker = DASH
  #paragraphStart = -1
  #paragraphLine = 0
  #paragraphLines: number[] = []
  #paragraphEnd = -1
  /** The table being read, and its header line until the delimiter row follows. */
  #table: Table | null = null
  #header: { start: number; end: number; line: number } | null = null

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly lines: number,
  ) {}

  read(): RootContent[] | null {
    const text = this.text
    let line = 1
    for (let start = 0; start < text.length; line++) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (!this.#line(start, end, line)) return null
      start = end + 1
    }
    return this.#closeParagraph() && this.#open !== Open.TableHeader ? this.#nodes : null
  }

  /** One line; `false` when it is not plain. */
  #line(start: number, end: number, line: number): boolean {
    const text = this.text
    if (start === end) {
      if (!this.#closeParagraph() || this.#open === Open.TableHeader) return false
      this.#open = Open.None
      this.#table = null
      return true
    }
    // Trailing spaces are stripped or make a hard break: not plain.
    if (text.charCodeAt(end - 1) === SPACE) return false
    const c = text.charCodeAt(start)
    if (c === PIPE) return this.#row(start, end, line)
    // A table goes on to the next line whatever it is (a row, a block that ends it).
    if (this.#open === Open.TableHeader || this.#open === Open.Table) return false
    if (c === HASH) return this.#heading(start, end, line)
    if (c === DASH) {
      if (end - start === 3 && text.startsWith('---', start)) return this.#break(start, line)
      if (text.charCodeAt(start + 1) === SPACE) return this.#item(start, end, line)
      return false
    }
    // `* item`; `**strong**` starts a paragraph, and `* * *` is a break (not plain).
    if (c === STAR && text.charCodeAt(start + 1) === SPACE)
      return text.charCodeAt(start + 2) !== STAR && this.#item(start, end, line)
    if (!startsParagraphLine(text, start, end)) return false
    if (this.#open === Open.Item) return false
    if (this.#open === Open.None) {
      this.#list = null
      this.#paragraphStart = start
      this.#paragraphLine = line
      this.#paragraphLines = [start]
      this.#open = Open.Paragraph
    } else this.#paragraphLines.push(start)
    this.#paragraphEnd = end
    return true
  }

  #heading(start: number, end: number, line: number): boolean {
    const text = this.text
    if (this.#open !== Open.None) return false
    let depth = 0
    while (depth < 7 && text.charCodeAt(start + depth) === HASH) depth++
    const content = start + depth + 1
    if (depth > 6 || text.charCodeAt(start + depth) !== SPACE || content >= end) return false
    // A closing sequence (`## x ##`) and extra spaces are not plain.
    if (text.charCodeAt(content) === SPACE || text.charCodeAt(end - 1) === HASH) return false
    const children = this.#inline(content, end, [start], line)
    if (children === null) return false
    this.#list = null
    const node: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children,
      position: this.#position(start, line, 1, end, line, end - start + 1),
    }
    this.#nodes.push(node)
    return true
  }

  #break(start: number, line: number): boolean {
    if (this.#open !== Open.None) return false
    this.#list = null
    this.#nodes.push({ type: 'thematicBreak', position: this.#position(start, line, 1, start + 3, line, 4) })
    return true
  }

  #item(start: number, end: number, line: number): boolean {
    const text = this.text
    // A task item's box, `[ ]` or `[x]`, then a space and its text.
    // (Any other bracket there is the content's: a link, or not plain.)
    const checked = text.charCodeAt(start + 2) === 91 ? taskBox(text, start + 2, end) : null
    const box = checked !== null
    const content = box ? start + 6 : start + 2
    if (content >= end || !startsParagraphLine(text, content, end)) return false
    // After a paragraph without a blank line, or after a blank line in a list: not plain.
    if (this.#open === Open.Paragraph || (this.#open === Open.None && this.#list !== null)) return false
    const marker = text.charCodeAt(start)
    if (this.#list !== null && marker !== this.#marker) return false
    const children = this.#inline(content, end, [start], line)
    if (children === null) return false
    // mdast moves a task item's paragraph past the box only when text comes first.
    const paragraphStart = box && children[0]?.type !== 'text' ? start + 2 : content
    const paragraph: Paragraph = {
      type: 'paragraph',
      children,
      position: this.#position(paragraphStart, line, paragraphStart - start + 1, end, line, end - start + 1),
    }
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      checked,
      children: [paragraph],
      position: this.#position(start, line, 1, end, line, end - start + 1),
    }
    if (this.#list === null) {
      this.#list = {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        children: [item],
        position: this.#position(start, line, 1, end, line, end - start + 1),
      }
      this.#nodes.push(this.#list)
      this.#marker = marker
    } else {
      this.#list.children.push(item)
      const position = this.#list.position as NonNullable<List['position']>
      position.end = this.#point(end, line, end - start + 1)
    }
    this.#open = Open.Item
    return true
  }

  /**
   * A line starting with `|`: a table's header (after nothing open), its delimiter row
   * (after the header) or a body row. Every row must end with `|` and have no empty cell
   * (`||`), where micromark's reading would take more than a split at the pipes.
   */
  #row(start: number, end: number, line: number): boolean {
    const text = this.text
    if (end - start < 3 || text.charCodeAt(end - 1) !== PIPE) return false
    if (this.#open === Open.None) {
      this.#list = null
      this.#header = { start, end, line }
      this.#open = Open.TableHeader
      return true
    }
    if (this.#open === Open.TableHeader) {
      const header = this.#header as { start: number; end: number; line: number }
      const align = delimiterRow(text, start, end)
      const headerRow = align === null ? null : this.#tableRow(header.start, header.end, header.line)
      if (align === null || headerRow === null || headerRow.children.length !== align.length) return false
      this.#table = {
        type: 'table',
        align,
        children: [headerRow],
        // A table without body rows ends with its delimiter row.
        position: { start: headerRow.position?.start as Point, end: this.#point(end, line, end - start + 1) },
      }
      this.#nodes.push(this.#table)
      this.#open = Open.Table
      return true
    }
    if (this.#open !== Open.Table || this.#table === null) return false
    const row = this.#tableRow(start, end, line)
    if (row === null) return false
    this.#table.children.push(row)
    ;(this.#table.position as NonNullable<Table['position']>).end = row.position?.end as Point
    return true
  }

  /** A row `| a | b |` on `[start, end)`: a cell from each pipe to the next, the last one to the end. */
  #tableRow(start: number, end: number, line: number): TableRow | null {
    const text = this.text
    const cells: TableCell[] = []
    for (let from = start; from < end - 1;) {
      const to = text.indexOf('|', from + 1)
      if (to === from + 1) return null
      let contentStart = from + 1
      let contentEnd = to
      while (contentStart < contentEnd && text.charCodeAt(contentStart) === SPACE) contentStart++
      while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === SPACE) contentEnd--
      if (contentStart < contentEnd && !startsCellText(text.charCodeAt(contentStart))) return null
      const children = contentStart < contentEnd ? this.#inline(contentStart, contentEnd, [start], line) : []
      if (children === null) return null
      const cellEnd = to === end - 1 ? end : to
      cells.push({
        type: 'tableCell',
        children,
        position: this.#position(from, line, from - start + 1, cellEnd, line, cellEnd - start + 1),
      })
      from = to
    }
    return { type: 'tableRow', children: cells, position: this.#position(start, line, 1, end, line, end - start + 1) }
  }

  /** Ends the open paragraph; `false` when its inline content is not plain. */
  #closeParagraph(): boolean {
    if (this.#open !== Open.Paragraph) return true
    const start = this.#paragraphStart
    const end = this.#paragraphEnd
    const children = this.#inline(start, end, this.#paragraphLines, this.#paragraphLine)
    if (children === null) return false
    const lastLine = this.#paragraphLine + this.#paragraphLines.length - 1
    const lastStart = this.#paragraphLines[this.#paragraphLines.length - 1] as number
    this.#nodes.push({
      type: 'paragraph',
      children,
      position: this.#position(start, this.#paragraphLine, 1, end, lastLine, end - lastStart + 1),
    })
    this.#open = Open.None
    return true
  }

  /**
   * Text and `**strong**` in `[start, end)`, whose lines start at `lineStarts` (the first
   * on `firstLine`); `null` when a `*` is anything but a strong mark that Markdown reads
   * the same whatever the characters around it.
   */
  #inline(start: number, end: number, lineStarts: readonly number[], firstLine: number): PhrasingContent[] | null {
    const text = this.text
    const nodes: PhrasingContent[] = []
    const pointAt = (at: number): Point => {
      let k = lineStarts.length - 1
      while (k > 0 && (lineStarts[k] as number) > at) k--
      return this.#point(at, firstLine + k, at - (lineStarts[k] as number) + 1)
    }
    const textNode = (from: number, to: number): Text => ({
      type: 'text',
      value: text.slice(from, to),
      position: { start: pointAt(from), end: pointAt(to) },
    })
    let textStart = start
    let strongStart = -1
    for (let i = nextMark(text, start, end); i !== -1; i = nextMark(text, i, end)) {
      if (text.charCodeAt(i) !== STAR) {
        // A link `[text](url)` on one line, outside strong text: any other bracket (an
        // image's too) is not plain.
        const link = strongStart === -1 && text.charCodeAt(i - 1) !== 33 ? linkAt(text, i, end) : null
        if (link === null) return null
        if (i > textStart) nodes.push(textNode(textStart, i))
        nodes.push({
          type: 'link',
          title: null,
          url: text.slice(link.textEnd + 2, link.end - 1),
          children: [textNode(i + 1, link.textEnd)],
          position: { start: pointAt(i), end: pointAt(link.end) },
        })
        textStart = i = link.end
        continue
      }
      if (text.charCodeAt(i + 1) !== STAR || text.charCodeAt(i + 2) === STAR) return null
      const before = i === start ? SPACE : text.charCodeAt(i - 1)
      const after = i + 2 === end ? SPACE : text.charCodeAt(i + 2)
      if (strongStart === -1) {
        // An opener: after a space or `(`, before a letter or digit.
        if (!(isSpace(before) || before === 40) || !isAlphanumeric(after)) return null
        if (i > textStart) nodes.push(textNode(textStart, i))
        strongStart = i
      } else {
        // A closer: after a letter or digit and before a space or closing punctuation, or
        // after closing punctuation and before a space.
        const closes = isAlphanumeric(before)
          ? isSpace(after) || CLOSING_PUNCTUATION.has(after)
          : CLOSING_PUNCTUATION.has(before) && isSpace(after)
        if (!closes) return null
        const strong: Strong = {
          type: 'strong',
          children: [textNode(strongStart + 2, i)],
          position: { start: pointAt(strongStart), end: pointAt(i + 2) },
        }
        nodes.push(strong)
        strongStart = -1
        textStart = i + 2
      }
      i += 2
    }
    if (strongStart !== -1) return null
    if (end > textStart) nodes.push(textNode(textStart, end))
    return nodes
  }

  #point(local: number, line: number, column: number): Point {
    return { line: line + this.lines, column, offset: local + this.offset }
  }

  #position(
    start: number,
    startLine: number,
    startColumn: number,
    end: number,
    endLine: number,
    endColumn: number,
  ): { start: Point; end: Point } {
    return { start: this.#point(start, startLine, startColumn), end: this.#point(end, endLine, endColumn) }
  }
}

/** The next `*`, `[` or `]` in `[from, end)`, or -1 (a scan that stops at `end`, where a pattern would search the whole chunk). */
function nextMark(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === STAR || c === 91 || c === 93) return k
  }
  return -1
}

/**
 * A link at `at` (a `[`) before `end`: `[text](url)` with plain text of its own (no
 * bracket, `*`, `(` or line break) and a URL of no space, bracket or `(`; `null` otherwise.
 */
function linkAt(text: string, at: number, end: number): { textEnd: number; end: number } | null {
  if (text.charCodeAt(at) !== 91) return null
  let k = at + 1
  for (; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 93) break
    if (c === 91 || c === STAR || c === NEWLINE || c === 40 || c === 41) return null
  }
  const textEnd = k
  if (textEnd === at + 1 || textEnd >= end || text.charCodeAt(textEnd + 1) !== 40) return null
  // The text must start and end with what reads as itself (no space for micromark to trim, no `!`, `^`).
  if (!isAlphanumeric(text.charCodeAt(at + 1)) && text.charCodeAt(at + 1) !== 35) return null
  for (k = textEnd + 2; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 41) break
    if (c <= SPACE || c === 40 || c === 91 || c === 93 || c === STAR) return null
  }
  if (k >= end || k === textEnd + 2) return null
  return { textEnd, end: k + 1 }
}

/** A task item's box at `at` (`[ ]`, `[x]`, `[X]` and a space): whether it is checked; `null` when it is no box. */
function taskBox(text: string, at: number, end: number): boolean | null {
  if (at + 4 > end || text.charCodeAt(at + 2) !== 93 || text.charCodeAt(at + 3) !== SPACE) return null
  const mark = text.charCodeAt(at + 1)
  return mark === SPACE ? false : mark === 120 || mark === 88 ? true : null
}

/** A table's delimiter row on `[start, end)` (`| --- | :-: |`): each column's alignment, or `null` when it is none. */
function delimiterRow(text: string, start: number, end: number): AlignType[] | null {
  const align: AlignType[] = []
  for (const cell of text.slice(start + 1, end - 1).split('|')) {
    const m = /^ *(:?)-+(:?) *$/.exec(cell)
    if (m === null) return null
    align.push(m[1] === ':' ? (m[2] === ':' ? 'center' : 'left') : m[2] === ':' ? 'right' : null)
  }
  return align
}

/** Whether a table cell's text may start with `c`: what a paragraph may, or a digit (no list marker in a cell). */
function startsCellText(c: number): boolean {
  return isAlphanumeric(c) || c === 40 || c === 34 || c === 39 || c === STAR || (c >= 128 && !isUnicodeSpace(c))
}

/** `: , . ; ) ! ?` */
const CLOSING_PUNCTUATION: ReadonlySet<number> = new Set([58, 44, 46, 59, 41, 33, 63])

/**
 * Whether a paragraph's line (or an item's content) may start with the character at
 * `start`: nothing that opens or interrupts a block (markers, fences, HTML, containers,
 * setext underlines, ordered items) nor indentation. `**` before a letter or digit is
 * fine: it is no list marker and no thematic break.
 */
function startsParagraphLine(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start)
  if (c === STAR) return text.charCodeAt(start + 1) === STAR && isAlphanumeric(text.charCodeAt(start + 2))
  if (c >= 48 && c <= 57) {
    let k = start
    while (k < end && k - start < 10 && isDigit(text.charCodeAt(k))) k++
    const mark = text.charCodeAt(k)
    return !((mark === 46 || mark === 41) && (k + 1 === end || text.charCodeAt(k + 1) === SPACE))
  }
  if (c >= 128) return !isUnicodeSpace(c)
  // `[`: a link, which the inline reader checks.
  return isAlphanumeric(c) || c === 40 || c === 34 || c === 39 || c === 91
}

function isSpace(c: number): boolean {
  return c === SPACE || c === NEWLINE
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** Unicode spaces micromark might treat as whitespace at the start of a line. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
}
