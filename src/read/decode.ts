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
 * Decodes UTF-8 (a leading BOM is dropped). Refuses files over `maxBytes`, files with NUL
 * bytes (binary, as git judges it) and invalid UTF-8, naming the first bad byte's place.
 */
export function decodeNote(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded | DecodeProblem {
  const tooLarge = sizeProblem(bytes.length, maxBytes)
  if (tooLarge !== null) return { ok: false, reason: tooLarge }
  // git's heuristic: a NUL byte in the first 8000 bytes means binary.
  const nul = bytes.subarray(0, 8000).indexOf(0)
  if (nul !== -1) return { ok: false, reason: `not a text file (binary data: a NUL byte at offset ${nul})` }
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
  let text = new TextDecoder('utf-8').decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { ok: true, text }
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
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 }
}
