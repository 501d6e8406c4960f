/**
 * Text from the notes, made inert for GitHub-flavoured Markdown: it renders as the very
 * characters written, never as emphasis, links with made-up text, images, HTML, math,
 * table cells or a list or heading of its own. (A bare web address stays the link GitHub
 * makes of it: it shows as written and can only be http, https or mailto.) Every ASCII punctuation character may be backslash-escaped
 * in CommonMark, so the characters that start inline syntax are; those that only matter
 * at the start of a block (`#`, `-`, `+`, `=`, `1.`) are escaped there.
 */
import { oneLine } from '../mermaid/mermaid-text.js'

/** Inline text on one line, safe inside paragraphs, list items, headings and table cells. */
export function markdownText(text: string): string {
  const escaped = oneLine(text).replace(/[\\`*_[\]<>&|~$!]/g, '\\$&')
  // At the start of a block, these would make a heading, a list, a setext underline or a quote.
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** Text as an inline code span (a file name, a command): backquotes as long as needed. */
export function markdownCode(text: string): string {
  const line = oneLine(text)
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/**
 * `@handle` after anything but a letter, digit, `_` or `` ` ``: what GitHub takes for a
 * mention of a person or a team (`@org/team`) in a comment.
 */
const MENTION = /(^|[^A-Za-z0-9_`\\])@(?=[A-Za-z0-9])/g

/**
 * `markdownText` for text posted where GitHub notifies (a pull-request comment, an issue):
 * each `@handle` gets a zero-width space after its `@` (`&#8203;`, invisible), so it reads
 * as written and pings no one.
 */
export function quietMarkdownText(text: string): string {
  return markdownText(text).replace(MENTION, '$1@&#8203;')
}
