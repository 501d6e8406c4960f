/**
 * Lines of meeting prose that start with who said or owns them: `RD: Draft version of
 * roadmap`, `SK: Musl work is going well.`, `Everyone: Add estimated durations…`,
 * `Simon, Marc: review`, `@bob: update the docs`.
 */

/** A line split into its speakers (or assignees) and what follows the colon. */
export interface PrefixedLine {
  readonly names: readonly string[]
  readonly text: string
  /** Offset of `text` in the line. */
  readonly textIndex: number
}

// One way to match each name: an alternative for initials (`SK`), which this matches too,
// made a list of them exponential to reject (`AB, ` × 30 and no colon: minutes).
const NAME = String.raw`(?:@[\w.-]+|[A-Z][\p{Ll}\p{Lu}'’-]*(?:\s+[A-Z][\p{Ll}\p{Lu}'’-]*){0,2})`
const PREFIX = new RegExp(String.raw`^(${NAME}(?:\s*(?:,|&|\band\b|\/)\s*${NAME})*)\s*:\s+(?=\S)`, 'u')
// Words that start lines with a colon but name nobody.
const NOT_NAMES = new Set([
  'note',
  'notes',
  'decision',
  'decided',
  'agreed',
  'action',
  'actions',
  'todo',
  'question',
  'answer',
  'q',
  'a',
  'update',
  'status',
  'result',
  'summary',
  'topic',
  'idea',
  'proposal',
  'conclusion',
  'outcome',
  'next steps',
  'info',
  'warning',
  'important',
  'edit',
  'ps',
  'fyi',
  'eta',
  'tldr',
  'example',
  'e.g',
])

/** Splits `Names: text`, or `null` when the line does not start with names. */
export function prefixedLine(line: string): PrefixedLine | null {
  const m = PREFIX.exec(line)
  if (!m) return null
  const names = (m[1] as string)
    .split(/,|&|\band\b|\//u)
    .map((n) => n.trim())
    .filter((n) => n !== '')
  if (names.some((n) => NOT_NAMES.has(n.toLowerCase()))) return null
  return { names, text: line.slice(m[0].length).trim(), textIndex: m[0].length }
}

/** `Decision: …`, `Decided: …`, `Agreed: …`: the text of a decision line, or `null`. */
export function decisionLine(line: string): string | null {
  const m = /^(?:decision|decided|agreed|resolution)\s*:\s*(.+)$/i.exec(line)
  return m ? (m[1] as string).trim() : null
}
