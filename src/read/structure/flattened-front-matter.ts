/**
 * Recovers flattened YAML front matter: `--- title: "…" tags: a, b teams: - community ---`
 * becomes one `key: value` line per key and one `  - item` line per sequence item.
 * Keys are lower-case identifiers followed by `:` and a space, outside quotes, code and
 * parentheses, so `https://…` and `Meeting: August` in values stay put.
 */
import { indexIn, isSpace, skipSpace, trimEnd } from './spaces.js'

/** One recovered front matter line; `indent` is whitespace to insert before it. */
export interface FrontMatterLine {
  readonly start: number
  readonly end: number
  readonly indent: string
}

/** The recovered front matter of a flattened first line. */
export interface FlattenedFrontMatter {
  /** The opening `---`. */
  readonly open: { readonly start: number; readonly end: number }
  readonly lines: readonly FrontMatterLine[]
  /** The closing `---`. */
  readonly close: { readonly start: number; readonly end: number }
}

const KEY = /^[a-z_][\w-]*:(?=[ \t]|$)/

/** Splits `--- key: value … ---` at the start of `text[start, end)`, or `null`. */
export function splitFlattenedFrontMatter(text: string, start: number, end: number): FlattenedFrontMatter | null {
  if (!text.startsWith('---', start) || !isSpace(text[start + 3])) return null
  let i = skipSpace(text, start + 3, end)
  if (!KEY.test(text.slice(i, Math.min(end, i + 64)))) return null
  const lines: FrontMatterLine[] = []
  let lineStart = i
  let indent = ''
  let depth = 0
  const push = (at: number): void => {
    const e = trimEnd(text, lineStart, at)
    if (e > lineStart) lines.push({ start: lineStart, end: e, indent })
  }
  let valueStart = true
  while (i < end) {
    const c = text[i]
    if (isSpace(c)) {
      i++
      continue
    }
    if (valueStart && (c === '"' || c === "'")) {
      // A quoted scalar runs to its closing quote ('' escapes ' in single quotes).
      let j = i + 1
      while (j < end) {
        if (c === '"' && text[j] === '\\') j += 2
        else if (c === "'" && text[j] === "'" && text[j + 1] === "'") j += 2
        else if (text[j] === c) break
        else j++
      }
      i = Math.min(end, j + 1)
      valueStart = false
      continue
    }
    valueStart = false
    const boundary = isSpace(text[i - 1])
    if (boundary && depth === 0) {
      if (text.startsWith('---', i) && (i + 3 >= end || isSpace(text[i + 3]))) {
        push(i)
        return { open: { start, end: start + 3 }, lines, close: { start: i, end: i + 3 } }
      }
      const key = KEY.exec(text.slice(i, Math.min(end, i + 64)))
      if (key) {
        push(i)
        lineStart = i
        indent = ''
        i += key[0].length
        valueStart = true
        continue
      }
      if (c === '-' && isSpace(text[i + 1])) {
        push(i)
        lineStart = i
        indent = '  '
        i += 1
        valueStart = true
        continue
      }
    }
    if (c === '`') {
      const close = indexIn(text, '`', i + 1, end)
      i = close === -1 ? i + 1 : close + 1
      continue
    }
    if (c === '(' || c === '[' || c === '{') depth++
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--
    i++
  }
  return null
}
