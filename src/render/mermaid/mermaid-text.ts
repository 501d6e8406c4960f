/**
 * Text from the notes, made safe for Mermaid. Mermaid decodes entity codes (`#35;`,
 * `#quot;`) in every label before it draws, so characters its grammars stop at become
 * codes and render as written:
 *
 * - Gantt: a task title ends at the first `:`, its data at `#` or `;`; `%` starts a
 *   comment; a line starting with a keyword (`section`, `click`, `title`, …) or a date is
 *   read as that, whatever follows (mermaid-js/mermaid#742, #1981, #2886, #5660); and
 *   the chart's title and section names pass through an HTML sanitizer, which would
 *   drop `<tag>`s and decode `&amp;`, so `<` `>` `&` become codes too.
 * - Flowchart: labels are quoted, and quoted labels are HTML — `<b>` would be bold and a
 *   backquote would start a Markdown string — so `"` `<` `>` `&` `` ` `` become codes
 *   too, and so does `\\`, since a label's `\\n` is a line break.
 *
 * Mermaid hides entity codes behind placeholders made of `ﬂ°°`, `ﬂ°` and `¶ß` while it
 * parses, and turns those back into `&#`, `&` and `;` when it draws; text that holds
 * them itself would be decoded too. Gantt charts decode once, so there `ﬂ` and `¶` are
 * written as codes; flowcharts decode twice, so there an invisible word joiner (U+2060)
 * follows each of them, and no placeholder is left to find.
 *
 * Every label is one line: line breaks and other control characters become spaces.
 */
import { showBidiControls } from '../control-characters.js'

/** Words that start a statement in a Gantt chart, matched case-insensitively (Mermaid's lexer). */
const GANTT_KEYWORDS = [
  'gantt',
  'dateformat',
  'inclusiveenddates',
  'topaxis',
  'axisformat',
  'tickinterval',
  'includes',
  'excludes',
  'todaymarker',
  'weekday',
  'weekend',
  'title',
  'accdescription',
  'acctitle',
  'accdescr',
  'section',
  'click',
  'call',
  'href',
]

/** A title, section or task name for a Gantt chart. */
export function ganttText(text: string): string {
  const line = oneLine(text)
  const escaped = line.replace(/[#:;%<>&ﬂ¶]/g, code)
  const folded = line.toLowerCase()
  const startsStatement =
    /^\d{4}-\d\d-\d\d/.test(line) ||
    GANTT_KEYWORDS.some((k) => folded.startsWith(k) && !/[\p{L}\p{N}_]/u.test(folded.charAt(k.length)))
  // An entity for the first character hides the keyword from the lexer and renders the same.
  return startsStatement ? code(line.charAt(0)) + escaped.slice(1) : escaped
}

/** A flowchart label, to be written inside double quotes. */
export function flowchartLabel(text: string): string {
  return (
    oneLine(text)
      .replace(/[#"<>&`%;|\\]/g, (c) => NAMED[c] ?? code(c))
      // Flowcharts decode labels twice, so codes cannot hide the placeholders: a word joiner breaks them.
      .replace(/[ﬂ¶]/g, '$&\u2060')
  )
}

const NAMED: Readonly<Record<string, string>> = { '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;' }

function code(c: string): string {
  return `#${c.codePointAt(0)};`
}

/**
 * One line: control characters and line breaks become spaces, runs of spaces one;
 * bidirectional formatting characters are shown as `\uXXXX` (Mermaid, DOT and Markdown
 * all take their text from here).
 */
export function oneLine(text: string): string {
  return showBidiControls(text)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
