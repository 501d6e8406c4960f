/**
 * Turns a file's bytes into text, refusing what is not a Markdown note: binary data,
 * invalid UTF-8, files too large to be notes. Pure: the CLI reads the bytes.
 */

/** Why bytes could not be read as a note; the CLI prints it as a one-line error. */
export interface DecodeProblem {
  readonly ok: false
  /** One sentence, without the file name (the caller adds it). */
  readonly reason: string
  /** 1-based line and column of the offending byte, when there is one. */
  readonly line?: number
  readonly column?: number
}

/** Decoded text. */
export interface Decoded {
  readonly ok: true
  readonly text: string
}

/** The largest note Waymark reads by default: 10 MiB (a year of weekly notes is far less). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/**
 * Decodes a note: UTF-8 (a leading byte-order mark is dropped), or UTF-16 when it starts
 * with a UTF-16 byte-order mark (little or big endian, as Windows editors save it).
 * Refuses files over `maxBytes`, UTF-32, files with a NUL character anywhere (binary
 * data; one rule for the whole file, wherever the NUL is), and invalid UTF-8 or UTF-16,
 * naming the first bad byte's place.
 */
export function decodeNote(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded | DecodeProblem {
  const tooLarge = sizeProblem(bytes.length, maxBytes)
  if (tooLarge !== null) return { ok: false, reason: tooLarge }
  const utf16 = utf16Encoding(bytes)
  if (utf16 === 'utf-32') return { ok: false, reason: 'UTF-32 text; save the file as UTF-8' }
  if (utf16 !== null) return decodeUtf16(bytes, utf16)
  const nul = bytes.indexOf(0)
  if (nul !== -1) return binary(nul, lineAndColumnOfByte(bytes, nul))
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    const { line, column } = lineAndColumnOfByte(bytes, bad)
    return {
      ok: false,
      reason: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at line ${line}, column ${column}); save the file as UTF-8`,
      line,
      column,
    }
  }
  // One byte-order mark is dropped, here; the decoder would drop one more of its own.
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { ok: true, text }
}

/** The UTF-16 byte order the byte-order mark announces, `utf-32` for a UTF-32 mark, or `null`. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32' | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]]
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'utf-32'
  if (a === 0xff && b === 0xfe) return 'utf-16le'
  if (a === 0xfe && b === 0xff) return 'utf-16be'
  return null
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded | DecodeProblem {
  if (bytes.length % 2 !== 0)
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} (an odd number of bytes); save the file as UTF-8` }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} (an unpaired surrogate); save the file as UTF-8` }
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) return binary(nul, lineAndColumnOfText(text, nul))
  return { ok: true, text }
}

function binary(offset: number, at: { line: number; column: number }): DecodeProblem {
  return {
    ok: false,
    reason: `not a text file (binary data: a NUL byte at offset ${offset})`,
    ...at,
  }
}

/** Why a file of `size` bytes is refused, or `null` when it is small enough. */
export function sizeProblem(size: number, maxBytes: number): string | null {
  return size > maxBytes
    ? `file is ${formatBytes(size)}; Waymark reads notes up to ${formatBytes(maxBytes)} (raise it with --max-size)`
    : null
}

/** Formats a byte count as B, KiB or MiB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(1)} MiB`
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  const n = b.length
  while (i < n) {
    const c = b[i] as number
    if (c < 0x80) {
      i += 1
      continue
    }
    let need: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80]
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800]
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let cp = c & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i
    i += need + 1
  }
  return -1
}

/** Line and column (in characters) of a byte offset, counting the valid text before it. */
function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset))
  return lineAndColumnOfText(before, before.length)
}

function lineAndColumnOfText(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/)
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 }
}
