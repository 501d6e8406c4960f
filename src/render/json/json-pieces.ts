/**
 * `JSON.stringify(value, null, 2)` in pieces: the same text, character for character, but
 * never as one string. A plan of 100,000 topics is 63 MB of JSON — 126 MB as a JavaScript
 * string, and as much again while it is encoded for the output — at the moment the
 * command's memory is fullest; written in pieces of about a megabyte it costs nothing.
 *
 * Plain objects and arrays down to `levels` deep are taken member by member; everything
 * below, and any value with a `toJSON` method, is stringified whole and indented to its
 * place (JSON text has no raw line breaks inside strings, so that is re-indenting lines).
 */

/** Pieces of about this many characters are given at a time. */
const PIECE_CHARS = 1 << 20

/** The pieces of `JSON.stringify(value, null, 2)`, in order (none when that is `undefined`). */
export function* jsonPieces(value: unknown, levels = 2): Generator<string, void, undefined> {
  const parts: string[] = []
  let size = 0
  for (const part of textOf(value, levels, '')) {
    parts.push(part)
    size += part.length
    if (size >= PIECE_CHARS) {
      yield parts.join('')
      parts.length = 0
      size = 0
    }
  }
  if (parts.length > 0) yield parts.join('')
}

/** The text of `value` at indentation `indent`, in parts; none when JSON has no text for it. */
function* textOf(value: unknown, levels: number, indent: string): Generator<string, void, undefined> {
  if (levels <= 0 || !isPlainContainer(value)) {
    const text = leafText(value, indent)
    if (text !== undefined) yield text
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    if (levels === 1) {
      yield* leafArray(value, indent)
      return
    }
    yield '['
    for (let k = 0; k < value.length; k++) {
      yield k === 0 ? `\n${inner}` : `,\n${inner}`
      let empty = true
      for (const part of textOf(value[k], levels - 1, inner)) {
        empty = false
        yield part
      }
      // What JSON has no text for (undefined, functions, symbols) is `null` in an array.
      if (empty) yield 'null'
    }
    yield `\n${indent}]`
    return
  }
  let first = true
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key]
    // Members JSON has no text for are left out.
    const streamed = levels > 1 && isPlainContainer(member)
    const text = streamed ? '' : leafText(member, inner)
    if (text === undefined) continue
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `
    first = false
    if (streamed) yield* textOf(member, levels - 1, inner)
    else yield text
  }
  yield first ? '{}' : `\n${indent}}`
}

/** Elements stringified a batch at a time: one call for a thousand topics, not a thousand calls. */
const BATCH = 1000

/** A non-empty array whose elements are leaves, at `indent`: its elements stringified in batches. */
function* leafArray(value: readonly unknown[], indent: string): Generator<string, void, undefined> {
  yield '['
  for (let from = 0; from < value.length; from += BATCH) {
    // `[\n  a,\n  b\n]`: the part between the brackets, indented one level further.
    const text = JSON.stringify(value.slice(from, from + BATCH), null, 2)
    const inner = text.slice(1, -2)
    yield `${from === 0 ? '' : ','}${indent === '' ? inner : inner.replaceAll('\n', `\n${indent}`)}`
  }
  yield `\n${indent}]`
}

/** `JSON.stringify(value, null, 2)` indented to `indent`. */
function leafText(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined
  return text === undefined || indent === '' ? text : text.replaceAll('\n', `\n${indent}`)
}

/** An array, or an object of `Object`'s own kind, that has no `toJSON`. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return !('toJSON' in value)
  const prototype = Object.getPrototypeOf(value) as unknown
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value)
}
