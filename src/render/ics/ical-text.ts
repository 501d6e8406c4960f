/**
 * iCalendar's text rules (RFC 5545 §3.1, §3.3.11): TEXT values escape backslash,
 * semicolon, comma and line breaks; control characters are not allowed; lines are at
 * most 75 octets, folded by a line break followed by a space, never inside a UTF-8
 * character; every line ends with CRLF.
 */
import { showBidiControls } from '../control-characters.js'

/** A TEXT value, escaped. */
export function icalText(text: string): string {
  return showBidiControls(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n')
    .replace(/\p{Cc}/gu, ' ')
}

/** Octets of `char` (one code point) in UTF-8; a lone surrogate is written as U+FFFD, 3 octets. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) as number
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** A content line folded to 75 octets, ending in CRLF. */
export function icalLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  // Continuation lines start with a space, which counts toward their 75 octets.
  let limit = 75
  for (const char of line) {
    const size = utf8Octets(char)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74
    }
    current += char
    octets += size
  }
  parts.push(current)
  return `${parts.join('\r\n ')}\r\n`
}
