/**
 * Bounds applied to a note before the Markdown parser sees it, so that parsing stays
 * linear in the size of the note whatever the note holds. micromark is quadratic (or
 * worse) in two shapes no real note has in bulk:
 *
 * - **deep nesting**: list items and block quotes nested many levels deep (`- - - - x`,
 *   `> > > x`, lists indented a thousand levels): beyond `MAX_BLOCK_NESTING` levels on a
 *   line, the rest of its markers are escaped (`\-`, `\>`, `1\.`) and excess indentation
 *   is dropped, so the deeper content is read as text of the deepest allowed level;
 *   `:::` containers nested past `MAX_CONTAINER_NESTING` the same way (their openers escaped);
 * - **crowded inline marks**: emphasis (`*`, `_`, `~`) and link brackets (`[`, `]`)
 *   resolve by scanning back over every earlier mark of the paragraph. Past
 *   `MAX_INLINE_MARKS` marks in one paragraph, or past `MAX_INLINE_NESTING` open marks,
 *   further marks are escaped and read as the characters they are.
 *
 * Escapes are inserted, never replacing a character, and indentation is only removed,
 * so every word of the note is still read, and an offset map leads back to the text as
 * given. The scan is one pass over the lines with bounded look-ups and no recursion.
 * Paragraphs are found by a simple, conservative reading of the block structure: where it
 * cannot tell whether a line continues a paragraph, it counts the line as continuing it,
 * which can only bound marks sooner, never let more through.
 */
import { closesFence, fenceOpening, HTML_TAG_SOURCE, htmlBlockOpening, type FenceMarker } from './literal-blocks.js'
import { OffsetMapBuilder, type OffsetMap } from './offset-map.js'

/** List and quote levels kept on a line; deeper markers are read as text. */
export const MAX_BLOCK_NESTING = 16
/**
 * `:::` containers kept open at once; deeper openers are read as text. Lower than the
 * list bound: every line inside pays for each container around it (HackMD notes nest two
 * or three).
 */
export const MAX_CONTAINER_NESTING = 4
/** Emphasis and bracket marks read as marks in one paragraph; later ones are text. */
export const MAX_INLINE_MARKS = 1000
/** Emphasis and brackets open at once in a paragraph; deeper ones are text. */
export const MAX_INLINE_NESTING = 32
/** A bracket left open this many characters before its paragraph ends is escaped (it is text either way). */
export const STRAY_BRACKET_SPAN = 256
/**
 * A `[` whose `]` comes further on than this cannot be a reference (a label holds at most
 * 999 characters); with no `(` or `[` after the `]` it is no link either, so it is escaped.
 */
export const LONG_BRACKET_SPAN = 1000

/** What the bounds cut, for the reader's warning. */
export interface BoundsCut {
  /** Lines whose nesting was cut. */
  readonly nestedLines: number
  /** Offset (in the text given) of the first such cut, or -1. */
  readonly firstNested: number
  /** `:::` container openers read as text. */
  readonly nestedContainers: number
  /** Offset (in the text given) of the first such opener, or -1. */
  readonly firstContainer: number
  /** Inline marks read as text. */
  readonly inlineMarks: number
  /** Offset (in the text given) of the first such mark, or -1. */
  readonly firstInline: number
}

/** The text to parse and its map back to the text given (`null`: nothing was cut, parse the text as it is). */
export interface BoundedText extends BoundsCut {
  readonly text: string
  readonly map: OffsetMap | null
}

const TAB = 9
const SPACE = 32
const GT = 62
const DASH = 45
const STAR = 42
const PLUS = 43
const UNDERSCORE = 95
const TILDE = 126
const BACKSLASH = 92
const BACKTICK = 96
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const OPEN_PAREN = 40
const BANG = 33
const LT = 60
const PIPE = 124
const HASH = 35
const COLON = 58
const EQUALS = 61

/** Applies the bounds to `text`. */
export function boundForParsing(text: string): BoundedText {
  return new BoundsScanner(text).run()
}

/** An open inline mark: its character (`[` for both brackets). */
type OpenMark = number

class BoundsScanner {
  readonly #text: string
  /**
   * The edits to make, by offset in the text given: a backslash inserted before the
   * character at `at`, or the characters of `[at, to)` dropped. Collected, then made in
   * order at the end: a stray bracket is escaped only once its paragraph has ended.
   */
  readonly #edits: { at: number; to: number }[] = []
  #nestedLines = 0
  #firstNested = -1
  #nestedContainers = 0
  #firstContainer = -1
  #inlineMarks = 0
  #firstInline = -1
  // The paragraph being read: its marks so far, its open marks, where its content starts.
  #marks = 0
  #open: { mark: OpenMark; at: number }[] = []
  /** Whether the paragraph being read has a backtick run its line does not close. */
  #paragraphCode = false
  /** Whether the paragraph being read may hold inline HTML with spaces (a comment, a tag with attributes). */
  #paragraphHtml = false
  /** The paragraph's lines of inline content, `[from, end)` pairs: where a code span may cross lines, its brackets are paired again over all of them. */
  #paragraphLines: number[] = []
  /** Outermost `[` of the paragraph closed so far on that cannot open a link: text, escaped when the paragraph ends. */
  #longBrackets: number[] = []
  /** Brackets of the paragraph escaped already (past a bound): text, not marks, when they are paired again. */
  #escapedBrackets = new Set<number>()
  /** Where the inline content scanned last ends: a paragraph's end, when it ends. */
  #inlineEnd = 0
  #paragraphColumn = -1
  #paragraphInItem = false
  #inTable = false
  #backtick = -1
  /**
   * The `:::` containers open, outermost first: the fence length, the list and quote
   * depth of the line that opened it, whether that line was in a quote, and its
   * indentation (0–3 columns, which micromark strips from the lines inside). The reading is
   * conservative the other way from paragraphs: where it cannot tell whether a container
   * is still open, it counts it closed, which can only bound later, never cut a real one.
   */
  #containers: { length: number; depth: number; quoted: boolean; indent: number; outer: 'list' | 'quote' | null }[] = []
  /** Whether a list item may be open: from a line with a list marker to one that starts at column 0 and is not lazy. */
  #inList = false
  /** The content column of the list item opened last. */
  #itemColumn = 0
  /** The code fence or HTML block that may be open ({@link #literalLine}). */
  #literal: { kind: 'fence'; fence: FenceMarker; column: number; quoted: boolean } | { kind: 'html'; end: RegExp | null } | null =
    null
  /** Whether the line being read opens a fence or an HTML block that interrupts a paragraph. */
  #interrupts = false
  /** Whether the line being read is inside a fence or an HTML block opened before it. */
  #insideLiteral = false
  /** Whether the last line was paragraph text (which indented code cannot interrupt). */
  #proseBefore = false
  /** The paragraph's lines that may be literal, `[from, end)` pairs: their brackets are not escaped. */
  #literalLines: number[] = []

  constructor(text: string) {
    this.#text = text
  }

  run(): BoundedText {
    const text = this.#text
    let start = 0
    let fence: { char: number; length: number } | null = null
    // Front matter only when it closes: unclosed, it is no front matter to micromark either.
    let frontMatter = text.startsWith('---\n') && /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.test(text.slice(3))
    let first = true
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const next = end + 1
      if (frontMatter) {
        if (!first && /^(?:---|\.\.\.)[ \t\r]*$/.test(text.slice(start, end))) frontMatter = false
        first = false
        start = next
        continue
      }
      first = false
      if (fence !== null) {
        if (closesTopLevelFence(text, start, end, fence)) fence = null
        // A `:::` closer ends the container around the fence, and the fence with it.
        else if (this.#closesContainer(start, end)) {
          fence = null
          this.#line(start, end, next < text.length ? next : -1)
        }
        start = next
        continue
      }
      // Inside an HTML block a fence is text of the block.
      const opened = this.#literal?.kind === 'html' ? null : topLevelFence(text, start, end)
      if (opened !== null) {
        fence = opened
        this.#endParagraph()
        start = next
        continue
      }
      this.#line(start, end, next < text.length ? next : -1)
      start = next
    }
    return this.#finish()
  }

  /** One line outside code: its container prefix, then its inline content. */
  #line(start: number, end: number, nextStart: number): void {
    const text = this.#text
    let i = start
    let column = 0
    let depth = 0
    let lastMarker: 'bullet' | 'ordered' | 'quote' | null = null
    let orderedOne = false
    let markerColumn = -1
    let cut = false
    // The level of the line's first list marker (a new item closes what the old one held), and whether it is in a quote.
    let itemLevel = -1
    let quoted = false
    // The kind of the line's first marker.
    let outer: 'list' | 'quote' | null = null
    // The column after the line's last marker (-1: none), and after its leading whitespace.
    let afterMarker = -1
    let leading = -1
    for (;;) {
      // Indentation: two columns can hold one level of list content.
      const wsStart = i
      const wsColumn = column
      while (i < end) {
        const c = text.charCodeAt(i)
        if (c === SPACE) column++
        else if (c === TAB) column += 4 - (column % 4)
        else break
        i++
      }
      const levels = Math.floor((column - wsColumn) / 2)
      if (depth + levels > MAX_BLOCK_NESTING) {
        // Keep what the allowed levels need, drop the rest of this indentation.
        let keep = wsStart
        let kept = wsColumn
        while (keep < i && Math.floor((kept - wsColumn) / 2) < MAX_BLOCK_NESTING - depth) {
          kept += text.charCodeAt(keep) === TAB ? 4 - (kept % 4) : 1
          keep++
        }
        this.#edits.push({ at: keep, to: i })
        this.#escapeMarkerAt(i, end)
        this.#noteNested(wsStart)
        cut = true
        break
      }
      depth += levels
      if (leading === -1) leading = column
      const marker = markerAt(text, i, end)
      if (marker === null) break
      if (depth + 1 > MAX_BLOCK_NESTING) {
        this.#escapeMarkerAt(i, end)
        this.#noteNested(i)
        cut = true
        break
      }
      depth++
      outer ??= marker.kind === 'quote' ? 'quote' : 'list'
      if (marker.kind === 'quote') quoted = true
      else if (itemLevel === -1) itemLevel = depth
      lastMarker = marker.kind
      markerColumn = column
      orderedOne = marker.kind === 'ordered' && marker.one
      column += marker.end - i
      afterMarker = column
      i = marker.end
    }
    const content = i
    const blank = skipSpaces(text, content, end) === end
    const lineBlank = blank && skipSpaces(text, start, end) === end
    const literal = !cut && this.#literalLine(content, end, column, afterMarker, leading, lastMarker, quoted, blank, lineBlank)
    if (!cut) {
      const markerless = lastMarker === null
      // Indentation is list depth only inside a list; outside one, four columns make code.
      const outsideList = markerless && !this.#inList
      const lineDepth = outsideList ? 0 : depth
      this.#closeContainers(content, lineDepth, itemLevel, markerless, blank, outer, quoted)
      // Inside a fence or an HTML block, what looks like a list item is text.
      if (itemLevel !== -1 && !this.#insideLiteral) this.#inList = true
      else if (!blank && content === start && !this.#lazy(content, markerless)) this.#inList = false
      // Each open container strips up to its opener's indentation from the lines inside it.
      const stripped = this.#containers.reduce((n, c) => n + c.indent, 0)
      const indent = outsideList ? Math.max(0, column - stripped) : 0
      if (!blank && indent < 4 && this.#container(content, end, lineDepth, quoted, indent, outer)) {
        // Its name, label and attributes are read as a paragraph where they are no directive's
        // (`:::a*_*_…`): their marks are counted all the same, as a paragraph of their own.
        this.#inline(content, end)
        this.#endParagraph()
        return
      }
    }
    // After a cut, the escaped marker is text, not an inline mark.
    const inlineFrom = cut ? (markerAt(text, i, end)?.end ?? i) : i
    if (blank) {
      this.#proseBefore = false
      if (!cut) this.#endParagraph()
      return
    }
    // A fence or an HTML block that opens here ends the paragraph before it.
    if (literal && this.#interrupts) this.#endParagraph()
    if (!cut) this.#startsBlock(content, end, column, markerColumn, lastMarker, orderedOne, nextStart)
    if (literal) this.#literalLines.push(inlineFrom, end)
    const prose = !literal && !cut && !this.#inTable && this.#paragraphText(content, end)
    this.#inline(inlineFrom, end)
    // A setext underline ends the paragraph it makes a heading of.
    if (this.#proseBefore && !prose && isSetextUnderline(text, content, end)) this.#endParagraph()
    this.#proseBefore = prose
  }

  /**
   * Whether a line may be in a block micromark keeps as it is — a code fence (in a list or
   * a quote: top-level ones are skipped whole), indented code, an HTML block — following
   * where such a block opened and where it ends. Such lines are still scanned (if they are
   * text after all, their marks count), but their brackets are never escaped: in code an
   * escape would be part of the code. In doubt, a line is counted as maybe literal.
   */
  #literalLine(
    content: number,
    end: number,
    column: number,
    afterMarker: number,
    leading: number,
    marker: 'bullet' | 'ordered' | 'quote' | null,
    quoted: boolean,
    blank: boolean,
    lineBlank: boolean,
  ): boolean {
    const text = this.#text
    const listMarker = marker === 'bullet' || marker === 'ordered'
    const open = this.#literal
    this.#insideLiteral = open !== null
    this.#interrupts = false
    // Where the content of a list item would start: up to four columns after its marker.
    if (listMarker && open === null) this.#itemColumn = column - afterMarker <= 3 ? column : afterMarker
    if (open !== null) {
      if (open.kind === 'html') {
        // A block that ends at a blank line may be none (type 7 cannot interrupt a paragraph):
        // if a fence or a longer HTML block may open inside it, either may run on to the end.
        const line = lineBlank ? '' : text.slice(content, end)
        if (open.end === null && !lineBlank && opensLongerBlock(line)) open.end = NEVER
        if (open.end === null ? lineBlank : open.end.test(line)) this.#literal = null
        return !lineBlank
      }
      // A fence has no lazy lines: a line less indented than its container, or out of its quote, ends it.
      if (blank) return false
      if (column >= open.column && (quoted || !open.quoted)) {
        if (closesFence(text.slice(content, end), open.fence)) this.#literal = null
        return true
      }
      this.#literal = null
    }
    if (blank) return false
    // Its container's content column: after the line's marker, or the list item's it continues.
    const itemBase = (at: number): number => (this.#inList && at >= this.#itemColumn ? this.#itemColumn : 0)
    // Indented code cannot interrupt a paragraph; what looks like markers after its indentation is code too.
    if (!this.#proseBefore && leading - itemBase(leading) >= 4) return true
    const base = afterMarker >= 0 ? afterMarker : itemBase(column)
    const c = text.charCodeAt(content)
    if (c === BACKTICK || c === TILDE) {
      const fence = fenceOpening(text.slice(content, end))
      if (fence !== null) {
        // Only a fence on its item's own line surely ends with the item (where the item ends is a guess otherwise).
        this.#literal = { kind: 'fence', fence, column: listMarker ? this.#itemColumn : 0, quoted }
        // Indented four columns, it is no fence: the paragraph goes on.
        this.#interrupts = column - base < 4
        return true
      }
    } else if (c === LT) {
      const opening = htmlBlockOpening(text.slice(content, end))
      if (opening !== null) {
        if (opening !== 'line') this.#literal = { kind: 'html', end: opening === 'blank' || opening === 'tag' ? null : opening }
        // Types 1–6 interrupt a paragraph.
        this.#interrupts = opening !== 'tag' && column - base < 4
        return true
      }
    }
    return column - base >= 4 && !this.#proseBefore
  }

  /** Whether a line is text a paragraph may go on with: no heading, rule, setext underline or definition. */
  #paragraphText(content: number, end: number): boolean {
    const text = this.#text
    const c = text.charCodeAt(content)
    if (c === HASH) return false
    if ((c === DASH || c === STAR || c === UNDERSCORE) && isThematicBreak(text, content, end)) return false
    if (isSetextUnderline(text, content, end)) return false
    return !(c === OPEN_BRACKET && /^\[[^\]]{1,999}\]:/.test(text.slice(content, Math.min(end, content + 1004))))
  }

  /**
   * Ends the paragraph before this line when the line surely starts a block of its own:
   * a list item, a heading, a thematic break, a table row. In doubt, the paragraph goes on.
   */
  #startsBlock(
    content: number,
    end: number,
    column: number,
    markerColumn: number,
    marker: 'bullet' | 'ordered' | 'quote' | null,
    orderedOne: boolean,
    nextStart: number,
  ): void {
    const text = this.#text
    const open = this.#paragraphColumn >= 0
    // A line indented four columns past the paragraph's content continues it.
    const continues = open && (marker === null ? column : markerColumn) >= this.#paragraphColumn + 4
    let starts = !open
    if (!continues && marker !== null) {
      // An ordered item not numbered 1 interrupts a paragraph only as a sibling item.
      starts ||= marker !== 'ordered' || orderedOne || (this.#paragraphInItem && markerColumn < this.#paragraphColumn)
    }
    if (!continues && marker === null) {
      const c = text.charCodeAt(content)
      if (c === HASH && /^#{1,6}(?:[ \t]|$)/.test(text.slice(content, Math.min(end, content + 8)))) starts = true
      else if ((c === DASH || c === STAR || c === UNDERSCORE) && isThematicBreak(text, content, end)) starts = true
    }
    // Table rows are parsed one by one: a header row, a delimiter row with as many cells, then rows.
    const row = this.#inTable && !starts && !continues && marker === null
    const header = !row && !continues && nextStart !== -1 && end - content < 4096 && isHeaderRow(text, content, end, nextStart)
    if (starts || row || header) {
      this.#endParagraph()
      this.#paragraphColumn = column
      this.#paragraphInItem = marker === 'bullet' || marker === 'ordered'
      this.#inTable = row || header
    }
  }

  /** Inline marks of one line's content. */
  #inline(from: number, end: number): void {
    const text = this.#text
    this.#inlineEnd = end
    this.#paragraphLines.push(from, end)
    const codeEnd = this.#nextBacktick(from) < end ? codeSpans(text, [from, end]) : NO_SPANS
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === BACKSLASH) {
        i++
        continue
      }
      if (c === BACKTICK) {
        const close = codeEnd.get(i)
        // A run its line does not close may open a code span that runs on to later lines.
        if (close === undefined) this.#paragraphCode = true
        let run = i
        while (run < end && text.charCodeAt(run) === BACKTICK) run++
        i = (close ?? run) - 1
        continue
      }
      if (c === LT) {
        // An autolink or a tag without attributes, where a backslash would be literal.
        const piece = angleEnd(text, i)
        if (piece !== -1) i = piece - 1
        // Else it may open a comment or a tag with attributes, which may hold brackets and run across lines.
        else if (mayOpenInlineHtml(text, i)) this.#paragraphHtml = true
        continue
      }
      if (c === STAR || c === UNDERSCORE || c === TILDE) {
        let run = i
        while (run < end && text.charCodeAt(run) === c) run++
        this.#emphasis(c, i, run, from, end)
        i = run - 1
        continue
      }
      if (c === OPEN_BRACKET || (c === BANG && text.charCodeAt(i + 1) === OPEN_BRACKET)) {
        const at = c === BANG ? i + 1 : i
        if (this.#countMark(at) || this.#open.length >= MAX_INLINE_NESTING) {
          this.#escape(at, at + 1)
          this.#escapedBrackets.add(at)
        } else this.#open.push({ mark: OPEN_BRACKET, at })
        i = at
        continue
      }
      if (c === CLOSE_BRACKET) {
        if (this.#countMark(i)) {
          this.#escape(i, i + 1)
          this.#escapedBrackets.add(i)
          this.#escapeOpener()
        } else this.#closeBracket(i)
      }
    }
  }

  /** The offset of the next backtick at or after `from` (the text's length if none); each found once. */
  #nextBacktick(from: number): number {
    if (this.#backtick < from) {
      const found = this.#text.indexOf('`', from)
      this.#backtick = found === -1 ? this.#text.length : found
    }
    return this.#backtick
  }

  /** A run of `*`, `_` or `~` at `[start, end)`: opens, closes, or is read as text. */
  #emphasis(c: number, start: number, end: number, lineStart: number, lineEnd: number): void {
    const text = this.#text
    const before = start > lineStart ? text.charCodeAt(start - 1) : SPACE
    const after = end < lineEnd ? text.charCodeAt(end) : SPACE
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
    const canOpen = c === UNDERSCORE ? left && (!right || isPunctuation(before)) : left
    const canClose = c === UNDERSCORE ? right && (!left || isPunctuation(after)) : right
    if (!canOpen && !canClose) return
    // A run opens or closes as many spans as it has pairs: past the nesting bound it is text.
    if (end - start > MAX_INLINE_NESTING) {
      this.#countMark(start)
      this.#escape(start, end)
      return
    }
    if (this.#countMark(start)) {
      this.#escape(start, end)
      return
    }
    if (canClose && this.#close(c)) return
    if (!canOpen) return
    if (this.#open.length >= MAX_INLINE_NESTING) this.#escape(start, end)
    else this.#open.push({ mark: c, at: start })
  }

  /**
   * Closes the nearest open emphasis mark `c` and the emphasis open inside it; `false` if
   * none is open. Brackets inside stay open: micromark pairs brackets as it reads, before
   * any emphasis, so a `[` inside `**…**` is still waiting for its `]`.
   */
  #close(c: OpenMark): boolean {
    const open = this.#open
    const at = this.#nearestOpen(c)
    if (at === -1) return false
    let kept = at
    for (let k = at + 1; k < open.length; k++)
      if ((open[k] as { mark: number }).mark === OPEN_BRACKET) open[kept++] = open[k] as (typeof open)[number]
    open.length = kept
    return true
  }

  /** A `]` at `i`: closes the nearest open `[`, noting it when it is a long one ({@link longBracket}). */
  #closeBracket(i: number): void {
    const open = this.#open
    const at = this.#nearestOpen(OPEN_BRACKET)
    if (at === -1) return
    const opener = (open[at] as { at: number }).at
    open.length = at
    if (longBracket(this.#text, opener, i) && !open.some((o) => o.mark === OPEN_BRACKET)) this.#longBrackets.push(opener)
  }

  /**
   * Past the bound a `]` is text, and so is the `[` it would have closed: left open, that
   * `[` is unbalanced to micromark, and the literal-link extension walks back to it from
   * every later letter (fuzz campaign 10: `[[A|B\]\]` cut by the bound in a paragraph that
   * may hold inline HTML, where no stray bracket is escaped: 15 s). Keeping the `]` instead
   * keeps the `[` open, as costly, until it comes (campaign 11: 15,000 nested links, 5.7 s).
   */
  #escapeOpener(): void {
    const at = this.#nearestOpen(OPEN_BRACKET)
    if (at === -1) return
    const opener = (this.#open[at] as { at: number }).at
    this.#open.length = at
    if (inRanges(this.#literalLines, opener)) return
    this.#escape(opener, opener + 1)
    this.#escapedBrackets.add(opener)
  }

  /** The index in the open marks of the nearest open `c`, or -1. */
  #nearestOpen(c: OpenMark): number {
    let at = this.#open.length - 1
    while (at >= 0 && (this.#open[at] as { mark: number }).mark !== c) at--
    return at
  }

  /** Counts a mark of the paragraph; `true` when it is past the bound (to be read as text). */
  #countMark(offset: number): boolean {
    this.#marks++
    if (this.#marks <= MAX_INLINE_MARKS) return false
    if (this.#firstInline === -1) this.#firstInline = offset
    return true
  }

  /** Escapes every character of `[start, end)` with a backslash. */
  #escape(start: number, end: number): void {
    for (let k = start; k < end; k++) {
      this.#insertBackslash(k)
      this.#inlineMarks++
    }
    if (this.#firstInline === -1) this.#firstInline = start
  }

  /** Escapes the list or quote marker at `i`, so it reads as text. */
  #escapeMarkerAt(i: number, end: number): void {
    const marker = markerAt(this.#text, i, end)
    if (marker === null) return
    // An ordered marker's digits are text already; its `.` or `)` is what makes it a marker.
    const at = marker.kind === 'ordered' ? marker.end - 1 - (isSpace(this.#text.charCodeAt(marker.end - 1)) ? 1 : 0) : i
    this.#insertBackslash(at)
  }

  /**
   * Closes the containers a line surely or maybe ends: a blank line outside any quote ends
   * the quotes, a line less deep ends what was deeper (unless it may be a lazy line of a
   * paragraph), a new list item ends what its predecessor held.
   */
  #closeContainers(
    content: number,
    depth: number,
    itemLevel: number,
    markerless: boolean,
    blank: boolean,
    outer: 'list' | 'quote' | null,
    quotedLine: boolean,
  ): void {
    const open = this.#containers
    if (open.length === 0) return
    const closeFrom = (test: (c: (typeof open)[number]) => boolean): void => {
      const k = open.findIndex(test)
      if (k !== -1) open.length = k
    }
    if (blank) {
      if (markerless) closeFrom((c) => c.quoted)
      return
    }
    if (!this.#lazy(content, markerless)) {
      closeFrom((open) => open.depth > depth)
      // A line without `>` that is not a lazy one ends every quote.
      if (!quotedLine) closeFrom((open) => open.quoted)
    }
    if (itemLevel !== -1) closeFrom((open) => open.depth >= itemLevel)
    // A quote after a list item (or a list after a quote) ends what the other held.
    if (outer !== null) closeFrom((open) => open.outer !== null && open.outer !== outer)
  }

  /** Whether a line may be a lazy line of the open paragraph (which keeps every block around it open). */
  #lazy(content: number, markerless: boolean): boolean {
    const c = this.#text.charCodeAt(content)
    return markerless && this.#paragraphColumn >= 0 && c !== HASH && c !== COLON
  }

  /**
   * A `:::name` opener or `:::` closer at `content`; `true` when the line is one.
   * micromark nests a container in the one before at any fence length, and a closer of
   * length L closes the outermost open container whose fence is at most L, with all the
   * ones inside it. Past `MAX_CONTAINER_NESTING` open containers (parsing them is quadratic in
   * the depth) an opener is escaped and read as text of the deepest allowed container.
   */
  #container(
    content: number,
    end: number,
    depth: number,
    quoted: boolean,
    indent: number,
    outer: 'list' | 'quote' | null,
  ): boolean {
    const text = this.#text
    if (text.charCodeAt(content) !== COLON) return false
    let run = content
    while (run < end && text.charCodeAt(run) === COLON) run++
    const length = run - content
    if (length < 3) return false
    if (skipSpaces(text, run, end) === end) {
      const closed = this.#containers.findIndex((fence) => fence.length <= length)
      if (closed === -1) return false
      this.#containers.length = closed
      this.#endParagraph()
      return true
    }
    if (!/[A-Za-z]/.test(text[run] ?? '')) return false
    if (this.#containers.length >= MAX_CONTAINER_NESTING) {
      this.#insertBackslash(content)
      this.#nestedContainers++
      if (this.#firstContainer === -1) this.#firstContainer = content
      return false
    }
    this.#containers.push({ length, depth, quoted, indent, outer })
    this.#endParagraph()
    return true
  }

  /** Whether the line at `[start, end)` is a `:::` closer of an open container (up to three spaces before it). */
  #closesContainer(start: number, end: number): boolean {
    if (this.#containers.length === 0) return false
    const text = this.#text
    let i = start
    while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
    let run = i
    while (run < end && text.charCodeAt(run) === COLON) run++
    const length = run - i
    // A fence at column 0 has ended every quote and list: only containers outside them hold it.
    return (
      length >= 3 &&
      skipSpaces(text, run, end) === end &&
      this.#containers.some((open) => open.length <= length && open.outer === null && !open.quoted)
    )
  }

  #noteNested(offset: number): void {
    this.#nestedLines++
    if (this.#firstNested === -1) this.#firstNested = offset
  }

  #endParagraph(): void {
    // Brackets never closed are text to micromark too: escaped, they read the same, and
    // the literal-link extension no longer walks back to them from every later letter
    // (quadratic: one stray `[` before 120 KB of text took 15 s).
    // A `[` closed only far on, outside any other, is text to micromark as well, and costs
    // the same walk back until its `]` (40 KB: 1.8 s).
    // Where a backtick run is left open on its line, a code span may run across lines,
    // which the line scan cannot see: the brackets are paired again over the paragraph.
    // Inline HTML with spaces is not followed: where it may be, no bracket is escaped.
    const { stray, long } = this.#paragraphHtml
      ? { stray: [], long: [] }
      : this.#paragraphCode
        ? pairBrackets(this.#text, this.#paragraphLines, this.#escapedBrackets)
        : { stray: this.#open.filter((open) => open.mark === OPEN_BRACKET).map((open) => open.at), long: this.#longBrackets }
    // Right after a `]`, a `[` that is text still stops that label being a shortcut
    // reference (`[r][x` is no link in micromark, `[r]\[x` is): kept.
    const text = this.#text
    const literal = this.#literalLines
    const escapable = (at: number): boolean => text.charCodeAt(at - 1) !== CLOSE_BRACKET && !inRanges(literal, at)
    for (const at of stray) if (this.#inlineEnd - at > STRAY_BRACKET_SPAN && escapable(at)) this.#insertBackslash(at)
    for (const at of long) if (escapable(at)) this.#insertBackslash(at)
    if (literal.length > 0) this.#literalLines = []
    this.#paragraphCode = false
    this.#paragraphHtml = false
    this.#paragraphLines = []
    if (this.#longBrackets.length > 0) this.#longBrackets = []
    if (this.#escapedBrackets.size > 0) this.#escapedBrackets = new Set()
    this.#marks = 0
    this.#open = []
    this.#paragraphColumn = -1
    this.#paragraphInItem = false
    this.#inTable = false
  }

  #insertBackslash(at: number): void {
    this.#edits.push({ at, to: at })
  }

  #finish(): BoundedText {
    this.#endParagraph()
    const cut = {
      nestedLines: this.#nestedLines,
      firstNested: this.#firstNested,
      nestedContainers: this.#nestedContainers,
      firstContainer: this.#firstContainer,
      inlineMarks: this.#inlineMarks,
      firstInline: this.#firstInline,
    }
    if (this.#edits.length === 0) return { text: this.#text, map: null, ...cut }
    // Stable: a drop of indentation stays before the escape of the marker after it.
    const edits = this.#edits.sort((a, b) => a.at - b.at)
    const builder = new OffsetMapBuilder(this.#text)
    let copied = 0
    for (const { at, to } of edits) {
      if (at > copied) builder.copy(copied, at)
      copied = Math.max(copied, at)
      if (to === at) builder.insert('\\')
      else copied = Math.max(copied, to)
    }
    if (copied < this.#text.length) builder.copy(copied, this.#text.length)
    return { ...builder.finish(), ...cut }
  }
}

interface Marker {
  readonly kind: 'bullet' | 'ordered' | 'quote'
  /** Offset after the marker and the one space or tab that must follow a list marker. */
  readonly end: number
  /** An ordered marker numbered 1. */
  readonly one: boolean
}

/** The list or quote marker at `i`, if any. */
function markerAt(text: string, i: number, end: number): Marker | null {
  const c = text.charCodeAt(i)
  if (c === GT) return { kind: 'quote', end: i + 1, one: false }
  const spaceOrEnd = (k: number): boolean => k === end || isSpace(text.charCodeAt(k))
  if ((c === DASH || c === STAR || c === PLUS) && spaceOrEnd(i + 1))
    return { kind: 'bullet', end: Math.min(end, i + 2), one: false }
  let k = i
  while (k < end && k - i < 9 && isDigit(text.charCodeAt(k))) k++
  if (k > i && k < end && (text.charCodeAt(k) === 46 || text.charCodeAt(k) === 41) && spaceOrEnd(k + 1)) {
    return { kind: 'ordered', end: Math.min(end, k + 2), one: /^0*1$/.test(text.slice(i, k)) }
  }
  return null
}

/** A fence opening a code block at the top level (no container around it). */
function topLevelFence(text: string, start: number, end: number): { char: number; length: number } | null {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
  const c = text.charCodeAt(i)
  if (c !== BACKTICK && c !== TILDE) return null
  let k = i
  while (k < end && text.charCodeAt(k) === c) k++
  // Indented 1–3 spaces it may be inside a list item, which other lines can close; such a fence is not skipped.
  if (k - i < 3 || i !== start) return null
  // A backtick fence's info string has no backtick.
  if (c === BACKTICK) for (let j = k; j < end; j++) if (text.charCodeAt(j) === BACKTICK) return null
  return { char: c, length: k - i }
}

function closesTopLevelFence(text: string, start: number, end: number, fence: { char: number; length: number }): boolean {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
  let k = i
  while (k < end && text.charCodeAt(k) === fence.char) k++
  return k - i >= fence.length && skipSpaces(text, k, end) === end
}

const NO_SPANS: ReadonlyMap<number, number> = new Map()

/**
 * `<…>` that is one piece on one line: an autolink (`<https://…>`, `<a@b.org>`) or a tag
 * without attributes (`<br>`, `</a>`, `<b/>`). None of its parts may contain `<` or a
 * space, so trying it at every `<` stays linear.
 */
const ANGLE_PIECE =
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\/[A-Za-z][A-Za-z0-9-]*|[A-Za-z][A-Za-z0-9-]*\/?)>/y

/**
 * Inline HTML that may hold spaces or run across lines: the start of a comment, an
 * instruction or a declaration, or a whole tag with attributes (CommonMark's grammar, so
 * `<b ## x>` is none).
 */
const SPACED_HTML = new RegExp(`<(?:!--|\\?|![A-Za-z[])|${HTML_TAG_SOURCE}`, 'y')

/** Whether the `<` at `at` may open {@link SPACED_HTML}. */
function mayOpenInlineHtml(text: string, at: number): boolean {
  SPACED_HTML.lastIndex = at
  return SPACED_HTML.test(text)
}

/** The offset after the {@link ANGLE_PIECE} that starts at `at`, or -1. */
function angleEnd(text: string, at: number): number {
  ANGLE_PIECE.lastIndex = at
  return ANGLE_PIECE.test(text) ? ANGLE_PIECE.lastIndex : -1
}

/** Matches no line: a block that may run on to the end of the note. */
const NEVER = /(?!)/

/** Whether a line's content may open a code fence or an HTML block that a blank line does not end. */
function opensLongerBlock(content: string): boolean {
  return fenceOpening(content) !== null || htmlBlockOpening(content) instanceof RegExp
}

/** Whether a line's content is a run of `=` or of `-`, then only spaces. */
function isSetextUnderline(text: string, content: number, end: number): boolean {
  const c = text.charCodeAt(content)
  if (c !== EQUALS && c !== DASH) return false
  let k = content
  while (k < end && text.charCodeAt(k) === c) k++
  return skipSpaces(text, k, end) === end
}

/** Whether `at` is in one of `ranges` (`[from, end)` pairs, in order). */
function inRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0
  let hi = ranges.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ranges[2 * mid + 1] as number) <= at) lo = mid + 1
    else hi = mid
  }
  return lo < ranges.length / 2 && (ranges[2 * lo] as number) <= at
}

/**
 * Code spans of a line, or of a paragraph's lines (`[from, end)` pairs, in order): the
 * offset of each opening backtick run mapped to the offset after its closing run (the
 * next run of the same length, on any of the lines), found in one pass. A backslash
 * escapes a backtick only outside a span (inside one it is text, and `` `a\` `` closes):
 * an opener's first backtick escaped, the rest of its run opens.
 */
function codeSpans(text: string, lines: readonly number[]): ReadonlyMap<number, number> {
  const spans = new Map<number, number>()
  // Maximal runs of backticks, as the inside of a span sees them, and by length.
  const runs: { start: number; length: number }[] = []
  const byLength = new Map<number, number[]>()
  for (let l = 0; l < lines.length; l += 2) {
    const end = lines[l + 1] as number
    let i = text.indexOf('`', lines[l] as number)
    while (i !== -1 && i < end) {
      let k = i
      while (k < end && text.charCodeAt(k) === BACKTICK) k++
      const length = k - i
      let same = byLength.get(length)
      if (same === undefined) byLength.set(length, (same = []))
      same.push(runs.length)
      runs.push({ start: i, length })
      i = text.indexOf('`', k)
    }
  }
  // For each length, how far its list has been looked through: openers come in order.
  const seen = new Map<number, number>()
  /** The first run of `length` backticks after run `after`, or -1. */
  const nextOfLength = (length: number, after: number): number => {
    const same = byLength.get(length)
    if (same === undefined) return -1
    let k = seen.get(length) ?? 0
    while (k < same.length && (same[k] as number) <= after) k++
    seen.set(length, k)
    return k < same.length ? (same[k] as number) : -1
  }
  let spanEnd = -1
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as { start: number; length: number }
    // Backslashes just before the run, outside the last span: an odd count escapes its first backtick.
    let slashes = 0
    while (run.start - slashes - 1 >= Math.max(spanEnd, 0) && text.charCodeAt(run.start - slashes - 1) === BACKSLASH) slashes++
    const escaped = slashes % 2 === 1 ? 1 : 0
    const length = run.length - escaped
    if (length === 0) continue
    const close = nextOfLength(length, r)
    if (close === -1) continue
    const closing = runs[close] as { start: number; length: number }
    spanEnd = closing.start + closing.length
    spans.set(run.start + escaped, spanEnd)
    r = close
  }
  return spans
}

/**
 * Whether the `[` at `open`, closed by the `]` at `close`, is sure to be text: too long a
 * label for a reference, and no `(` or `[` after it to make an inline or full-reference link.
 */
function longBracket(text: string, open: number, close: number): boolean {
  if (close - open <= LONG_BRACKET_SPAN) return false
  const after = text.charCodeAt(close + 1)
  return after !== OPEN_PAREN && after !== OPEN_BRACKET
}

/**
 * The brackets of a paragraph that are text whatever follows: the `[` no `]` closes
 * (`stray`), and the outermost ones closed only far on ({@link longBracket}), pairing
 * brackets outside the paragraph's code spans (which may cross lines) and `<…>` autolinks
 * and tags; `escaped` brackets are text.
 */
function pairBrackets(text: string, lines: readonly number[], escaped: ReadonlySet<number>): { stray: number[]; long: number[] } {
  const codeEnd = codeSpans(text, lines)
  const open: number[] = []
  const long: number[] = []
  // A span that opens on one line and closes on a later one: skip to its end, across lines.
  let skipTo = -1
  for (let l = 0; l < lines.length; l += 2) {
    const end = lines[l + 1] as number
    for (let i = Math.max(lines[l] as number, skipTo); i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === BACKSLASH) i++
      else if (c === BACKTICK) {
        const close = codeEnd.get(i)
        if (close !== undefined && close > end) {
          skipTo = close
          break
        }
        let run = i
        while (run < end && text.charCodeAt(run) === BACKTICK) run++
        i = (close ?? run) - 1
      } else if (c === LT) {
        const piece = angleEnd(text, i)
        if (piece !== -1) i = piece - 1
      } else if (escaped.has(i)) continue
      else if (c === OPEN_BRACKET) open.push(i)
      else if (c === CLOSE_BRACKET) {
        const opener = open.pop()
        if (opener !== undefined && open.length === 0 && longBracket(text, opener, i)) long.push(opener)
      }
    }
  }
  return { stray: open, long }
}

function isThematicBreak(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from)
  let count = 0
  for (let i = from; i < end; i++) {
    const k = text.charCodeAt(i)
    if (k === c) count++
    else if (!isSpace(k)) return false
  }
  return count >= 3
}

/** Whether the line at `[content, end)` is a table's header row: the next line is a delimiter row with as many cells. */
function isHeaderRow(text: string, content: number, end: number, nextStart: number): boolean {
  // Only this line is looked at: `indexOf` from here would scan to the end of a note
  // without pipes on every line (quadratic: 100,000 topics took minutes).
  let pipe = content
  while (pipe < end && text.charCodeAt(pipe) !== PIPE) pipe++
  if (pipe === end) return false
  let nextEnd = text.indexOf('\n', nextStart)
  if (nextEnd === -1) nextEnd = text.length
  if (nextEnd - nextStart > 4096) return false
  const delimiterRow = text.slice(nextStart, nextEnd).replace(/^(?:[ \t]*>)*/, '')
  return isDelimiterRow(delimiterRow) && cellCount(text.slice(content, end)) === cellCount(delimiterRow)
}

function isDelimiterRow(line: string): boolean {
  return line.includes('-') && /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$/.test(line)
}

/** The cells of a table row: its unescaped pipes, less an opening and a closing one. */
function cellCount(row: string): number {
  const line = row.trim()
  let pipes = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === BACKSLASH) i++
    else if (c === PIPE) pipes++
  }
  const cells = pipes + 1 - (line.startsWith('|') ? 1 : 0) - (line.endsWith('|') && line.length > 1 ? 1 : 0)
  return cells
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++
  return i
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === 10 || c === 13 || Number.isNaN(c)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** ASCII punctuation and the Unicode punctuation micromark treats alike (approximately: any non-word symbol). */
function isPunctuation(c: number): boolean {
  return (
    (c >= 33 && c <= 47) ||
    (c >= 58 && c <= 64) ||
    (c >= 91 && c <= 96) ||
    (c >= 123 && c <= 126) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f)
  )
}
