/**
 * Block markers — the characters that start a Markdown block — recognised at the start
 * of a line or, in flattened input, in the middle of one: headings, `---`, fences,
 * `:::` containers, `[toc]`, bold field labels, bullets and `RD:` speaker prefixes.
 */
import { fieldKeyOf, layoutOf } from '../field-labels.js'
import { isSpace } from './spaces.js'

/** What kind of block a line (or a recovered segment of a flattened line) starts. */
export type LineKind =
  | 'heading'
  | 'thematic'
  | 'fence'
  | 'container-open'
  | 'container-close'
  | 'toc'
  | 'label-inline'
  | 'label-block'
  | 'bullet'
  | 'speaker'
  | 'text'

/** A block marker found at some offset. */
export interface Marker {
  readonly kind: Exclude<LineKind, 'text'>
  /**
   * Strong markers (headings, breaks, fences, containers, labels, `[toc]`) rarely occur
   * mid-line in prose; two of them on one line mean the line was flattened.
   */
  readonly strong: boolean
  /** Offset just past the marker itself (`###`, `:::info`, `**Label**:`, `-`). */
  readonly end: number
  /** The marker stands alone on its line: what follows it starts a new line. */
  readonly alone: boolean
}

const isSpaceOrEnd = (text: string, i: number, end: number): boolean => i >= end || isSpace(text[i])
const LABEL_MAX = 100

/** The marker at `text[i]`, looking no further than `end`, or `null`. */
export function markerAt(text: string, i: number, end: number): Marker | null {
  const c = text[i]
  switch (c) {
    case '#': {
      let j = i
      while (j < end && text[j] === '#' && j - i < 7) j++
      const n = j - i
      if (n <= 6 && (j >= end || isSpace(text[j]))) return { kind: 'heading', strong: true, end: j, alone: false }
      return null
    }
    case '-':
    case '_':
    case '*': {
      if (c === '*' && text[i + 1] === '*') {
        const label = labelAt(text, i, end)
        if (label) return label
      }
      let j = i
      while (j < end && text[j] === c) j++
      if (j - i >= 3 && isSpaceOrEnd(text, j, end)) return { kind: 'thematic', strong: true, end: j, alone: true }
      if (c !== '_' && j - i === 1 && isSpaceOrEnd(text, j, end)) {
        return { kind: 'bullet', strong: false, end: j, alone: false }
      }
      return null
    }
    case '+':
      return isSpace(text[i + 1]) ? { kind: 'bullet', strong: false, end: i + 1, alone: false } : null
    case '`':
    case '~': {
      let j = i
      while (j < end && text[j] === c) j++
      if (j - i < 3) return null
      // The info string is the word right after the fence (```mermaid).
      let k = j
      while (k < end && !isSpace(text[k]) && !(c === '`' && text[k] === '`')) k++
      return { kind: 'fence', strong: true, end: k, alone: true }
    }
    case ':': {
      let j = i
      while (j < end && text[j] === ':') j++
      if (j - i < 3) return null
      if (j < end && /[A-Za-z]/.test(text[j] as string)) {
        let k = j
        while (k < end && /[\w-]/.test(text[k] as string)) k++
        return { kind: 'container-open', strong: true, end: k, alone: true }
      }
      return isSpaceOrEnd(text, j, end) ? { kind: 'container-close', strong: true, end: j, alone: true } : null
    }
    case '[': {
      const m = /^(?:\[\[_TOC_\]\]|\[toc\])/i.exec(text.slice(i, Math.min(end, i + 9)))
      return m ? { kind: 'toc', strong: true, end: i + m[0].length, alone: true } : null
    }
    default: {
      const code = text.charCodeAt(i)
      return code >= 65 && code <= 90 ? speakerAt(text, i, end) : null
    }
  }
}

/**
 * A bold field label: `**Owner**:`, `**Owner:**`, or a known label without colon
 * (`**Author** Simon`). Bold prose (`**all**`) is not a label.
 */
function labelAt(text: string, i: number, end: number): Marker | null {
  const limit = Math.min(end, i + 2 + LABEL_MAX)
  // Bounded search: a `**` with no close nearby must not scan the rest of a 10 MB line.
  const found = text.slice(i + 2, limit).indexOf('**')
  if (found === -1) return null
  const close = i + 2 + found
  const inner = text.slice(i + 2, close)
  if (inner.length === 0 || isSpace(inner[0]) || isSpace(inner[inner.length - 1]) || /[*\n\r]/.test(inner)) return null
  const innerColon = inner.endsWith(':')
  const name = innerColon ? inner.slice(0, -1).trim() : inner
  let after = close + 2
  const outerColon = text[after] === ':'
  if (outerColon) after++
  const key = fieldKeyOf(name)
  if (key === null && !innerColon && !outerColon) return null
  if (name.length === 0) return null
  const block = layoutOf(key) === 'block'
  return { kind: block ? 'label-block' : 'label-inline', strong: true, end: after, alone: block }
}

/** `RD:`, `SK:` or `Everyone:` at the start of a statement or action item. */
function speakerAt(text: string, i: number, end: number): Marker | null {
  // Most capitalised words are no speaker: two capitals, or Everyone / Everybody / All.
  const second = text.charCodeAt(i + 1)
  if (!(second >= 65 && second <= 90) && text[i] !== 'E' && text[i] !== 'A') return null
  const m = /^(?:[A-Z]{2,4}|Everyone|Everybody|All):/.exec(text.slice(i, Math.min(end, i + 11)))
  if (!m || !isSpaceOrEnd(text, i + m[0].length, end)) return null
  return { kind: 'speaker', strong: false, end: i + m[0].length, alone: false }
}

/** The kind of the line `text[start, end)` (leading indentation of up to 3 spaces allowed). */
export function classifyLine(text: string, start: number, end: number): LineKind {
  let i = start
  while (i < end && i - start < 3 && text[i] === ' ') i++
  if (i < end && /\d/.test(text[i] as string)) {
    // Ordered list items count as bullets.
    const m = /^\d{1,9}[.)](?=[ \t]|$)/.exec(text.slice(i, Math.min(end, i + 12)))
    if (m) return 'bullet'
  }
  const marker = markerAt(text, i, end)
  return marker ? marker.kind : 'text'
}
