/**
 * Blocks whose text Markdown keeps as it is — HTML blocks and code fences — recognised
 * from the line that opens them, for the scans that run before the parser (chunk cuts,
 * parse bounds). The rules are CommonMark's (§4.5 fences, §4.6 HTML blocks), read from
 * the line's content: its container markers and up to three spaces already skipped.
 */

/** HTML block type 6: a tag with one of these names opens a block that ends at a blank line. */
const BLOCK_TAG_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul'
  ).split(' '),
)

/** Types 1–5: the opener and the text that ends the block (on the same line or a later one). */
const ENDED_HTML_BLOCKS: readonly (readonly [opener: RegExp, end: RegExp])[] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
]

/**
 * One whole open or closing HTML tag, attributes and all, by CommonMark's grammar (§6.6);
 * whitespace is Markdown's (space, tab, line ending), so `<b ## x>` and `<b\u00a0x>` are none.
 */
export const HTML_TAG_SOURCE =
  '<[A-Za-z][A-Za-z0-9-]*(?:[\\t\\n\\r ]+[A-Za-z_:][\\w.:-]*(?:[\\t\\n\\r ]*=[\\t\\n\\r ]*(?:[^\\t\\n\\r "\'=<>`]+|\'[^\']*\'|"[^"]*"))?)*[\\t\\n\\r ]*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*[\\t\\n\\r ]*>'

/** Type 7: one complete open or closing tag, alone on its line. */
const LONE_TAG = new RegExp(`^(?:${HTML_TAG_SOURCE})[\\t\\r ]*$`)

/** Past this length a line starting with a tag name is taken for a lone tag (type 7) unread. */
const MAX_LONE_TAG = 1024

/**
 * How the HTML block that `content` (a line's content, from its first non-space
 * character) opens ends: `'line'` on this line, a pattern that a later line matches (and
 * which that line is part of), `'blank'` at the next blank line, `'tag'` at the next blank
 * line if it is a block (type 7, a lone tag, cannot interrupt a paragraph); `null` when it opens none.
 */
export function htmlBlockOpening(content: string): 'line' | 'blank' | 'tag' | RegExp | null {
  if (content.charCodeAt(0) !== 60) return null
  for (const [opener, end] of ENDED_HTML_BLOCKS) {
    const opened = opener.exec(content)
    if (opened !== null) return end.test(content.slice(opened[0].length)) ? 'line' : end
  }
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/.exec(content)
  if (tag !== null && BLOCK_TAG_NAMES.has((tag[1] as string).toLowerCase())) return 'blank'
  if (tag === null) return null
  // Longer than any tag alone on a line is: counted as one, without the pattern's work.
  return content.length > MAX_LONE_TAG || LONE_TAG.test(content) ? 'tag' : null
}

/** A code fence's marker: its character (`` ` `` or `~`) and how many of it. */
export interface FenceMarker {
  readonly char: string
  readonly length: number
}

/** The fence that `content` opens (three or more backticks or tildes; a backtick fence's info string has no backtick), or `null`. */
export function fenceOpening(content: string): FenceMarker | null {
  const char = content[0]
  if (char !== '`' && char !== '~') return null
  let length = 1
  while (content[length] === char) length++
  if (length < 3) return null
  if (char === '`' && content.includes('`', length)) return null
  return { char, length }
}

/** Whether `content` closes `fence`: as many of its character or more, then only spaces. */
export function closesFence(content: string, fence: FenceMarker): boolean {
  let length = 0
  while (content[length] === fence.char) length++
  return length >= fence.length && content.slice(length).trim() === ''
}
