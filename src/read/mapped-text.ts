/**
 * Plain text out of mdast together with where each of its characters is in the parsed
 * text. A node's value is no slice of that text: micromark drops the indentation (and
 * the `>` of quotes) of continuation lines, spaces before a line break, the backslash of
 * an escape and the spelling of a character reference, and plain text leaves out the
 * markup between nodes (`**`, `[…](url)`). So each node's value is aligned with its own
 * stretch of the parsed text, and the text keeps *runs*: stretches of characters that
 * follow each other in the parsed text, broken after every line break. The place of any
 * character — a name in a people field — is its run's start moved right.
 */
import type { Nodes } from 'mdast'

/** From `index` of the text on, characters are at `offset`, `offset + 1`, … of the parsed text (up to the next run). */
export interface TextRun {
  readonly index: number
  readonly offset: number
}

/** A plain text and the runs that place its characters in the parsed text. */
export interface MappedText {
  readonly text: string
  readonly runs: readonly TextRun[]
}

/**
 * Plain text of nodes as `plainText` gives it (a node's `value`, an image's `alt`, else
 * its children's text), except that a hard line break is a newline, with its runs in
 * `source`, the text that was parsed.
 */
export function mappedText(nodes: Nodes | readonly Nodes[], source: string): MappedText {
  const builder = new MappedTextBuilder(source)
  builder.addNodes(nodes)
  return builder.finish()
}

/** The offset in the parsed text of `text[index]` (`fallback` for a text without runs). */
export function offsetIn(mapped: MappedText, index: number, fallback = 0): number {
  const run = mapped.runs[runAt(mapped.runs, index)]
  return run === undefined ? fallback : run.offset + Math.max(0, index - run.index)
}

/** `text.slice(from, to)` with its runs (looking only at the runs in the slice). */
export function sliceMapped(mapped: MappedText, from: number, to: number): MappedText {
  const runs: TextRun[] = []
  if (to > from && mapped.runs.length > 0) {
    runs.push({ index: 0, offset: offsetIn(mapped, from) })
    for (let k = runAt(mapped.runs, from) + 1; k < mapped.runs.length; k++) {
      const run = mapped.runs[k] as TextRun
      if (run.index >= to) break
      runs.push({ index: run.index - from, offset: run.offset })
    }
  }
  return { text: mapped.text.slice(from, to), runs }
}

/** The index of the last run starting at or before `index` (0 when none does; -1 without runs). */
function runAt(runs: readonly TextRun[], index: number): number {
  let lo = 0
  let hi = runs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((runs[mid] as TextRun).index <= index) lo = mid
    else hi = mid - 1
  }
  return hi < 0 ? -1 : lo
}

/** `text.trim()` with its runs. */
export function trimMapped(mapped: MappedText): MappedText {
  const { text } = mapped
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return start === 0 && end === text.length ? mapped : sliceMapped(mapped, start, Math.max(start, end))
}

const BACKSLASH = 92
const AMPERSAND = 38
const GT = 62
const NEWLINE = 10
const SPACE = 32
const TAB = 9
const BACKTICK = 96
const TILDE = 126
/** A character reference as micromark reads one (named, decimal, hexadecimal). */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y

const isWhitespace = (c: number): boolean => c === SPACE || c === TAB || c === NEWLINE || c === 13
const isAsciiPunctuation = (c: number): boolean =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)

/** Builds a mapped text node by node (without recursion, so no nesting can exhaust the stack). */
export class MappedTextBuilder {
  readonly #source: string
  readonly #parts: string[] = []
  readonly #runs: TextRun[] = []
  #length = 0
  /** Offset of the last character placed; -2 before the first. */
  #last = -2
  #afterNewline = false
  /** Where the nodes being added start: the first of them without a position starts here or later. */
  #hint = 0

  constructor(source: string) {
    this.#source = source
  }

  /** The length of the text so far. */
  get length(): number {
    return this.#length
  }

  /** Appends the plain text of nodes. */
  addNodes(nodes: Nodes | readonly Nodes[]): void {
    const stack: Nodes[] = Array.isArray(nodes) ? [...(nodes as readonly Nodes[])].reverse() : [nodes as Nodes]
    this.#hint = Math.max(this.#hint, stack[stack.length - 1]?.position?.start.offset ?? 0)
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.type === 'break') this.#addBreak(node)
      else if ('value' in node && typeof node.value === 'string') this.#add(node.value, node, valueStart(node, this.#source))
      else if ('alt' in node) this.#add(node.alt ?? '', node, 2)
      else if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes)
    }
  }

  /** The text and its runs. */
  finish(): MappedText {
    return { text: this.#parts.join(''), runs: this.#runs }
  }

  /** Appends `value`, aligned with the node's stretch of the source from `skip` characters into it. */
  #add(value: string, node: Nodes, skip: number): void {
    if (value === '') return
    const source = this.#source
    const position = node.position
    // A node without a position (a literal link's text) continues where the text was.
    let s = position?.start.offset === undefined ? Math.max(0, this.#last + 1, this.#hint) : position.start.offset + skip
    const to = Math.min(source.length, Math.max(s, position?.end.offset ?? source.length))
    for (let v = 0; v < value.length; v++) {
      const ch = value.charCodeAt(v)
      let at = -1
      let reference = ''
      // `s` is never negative, so each way out places the character at or after 0.
      while (at === -1) {
        if (s >= to) {
          at = Math.max(0, to - 1)
          break
        }
        const c = source.charCodeAt(s)
        if (c === BACKSLASH && source.charCodeAt(s + 1) === ch && isAsciiPunctuation(ch)) {
          at = s + 1
          s += 2
        } else if (c === AMPERSAND && (reference = referenceAt(source, s)) !== '' && !value.startsWith(reference, v)) {
          // A reference stands for one character (two code units when astral).
          at = s
          s += reference.length
          if (ch >= 0xd800 && ch < 0xdc00 && v + 1 < value.length) {
            this.#place(at, v, ch)
            v++
          }
        } else if (c === ch || (ch === SPACE && isWhitespace(c))) {
          at = s
          s++
        } else if (isWhitespace(c) || c === GT) {
          s++ // indentation, a quote's marker or spaces before a line break: not in the value
        } else at = s // unexpected: place it here, try the next character here too
      }
      this.#place(at, v, value.charCodeAt(v))
    }
    this.#parts.push(value)
    this.#length += value.length
  }

  /** A hard line break is a line break of the text (`Alex  ⏎Bo` is two names), at its newline. */
  #addBreak(node: Nodes): void {
    const end = node.position?.end.offset
    this.#place(end === undefined ? this.#last + 1 : Math.max(0, end - 1), 0, NEWLINE)
    this.#parts.push('\n')
    this.#length += 1
  }

  /** Records that character `v` of the value being added (`ch`) is at `at`. */
  #place(at: number, v: number, ch: number): void {
    if (this.#runs.length === 0 || at !== this.#last + 1 || this.#afterNewline) {
      this.#runs.push({ index: this.#length + v, offset: at })
    }
    this.#last = at
    this.#afterNewline = ch === NEWLINE
  }
}

/** The character reference at `s`, or `''`. */
function referenceAt(source: string, s: number): string {
  REFERENCE.lastIndex = s
  return REFERENCE.exec(source)?.[0] ?? ''
}

/** How far into its source a node's value starts: past an inline code's backticks, a fenced code block's opening line. */
function valueStart(node: Nodes, source: string): number {
  const start = node.position?.start.offset
  if (start === undefined) return 0
  if (node.type === 'inlineCode') {
    let k = start
    while (source.charCodeAt(k) === BACKTICK) k++
    return k - start
  }
  if (node.type === 'code') {
    let k = start
    while (k - start < 3 && source.charCodeAt(k) === SPACE) k++
    const c = source.charCodeAt(k)
    if (c === BACKTICK || c === TILDE) {
      const newline = source.indexOf('\n', k)
      const end = node.position?.end.offset ?? source.length
      return newline === -1 || newline >= end ? end - start : newline + 1 - start
    }
  }
  return 0
}
