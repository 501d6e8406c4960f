/**
 * Plain text out of mdast: whole nodes (links keep their text, code its content), and
 * paragraphs split into their lines with the offset of each line.
 */
import type { Nodes, Paragraph, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { startOffset } from './locator.js'

/** Plain text of nodes, Markdown markup removed. */
export function plainText(nodes: Nodes | readonly Nodes[]): string {
  return toString(nodes as Nodes | Nodes[])
}

/** A line of a paragraph: its plain text and the normalised offset where it starts. */
export interface TextLine {
  readonly text: string
  readonly offset: number
}

/** Splits phrasing content at soft and hard line breaks. */
export function phrasingLines(nodes: readonly PhrasingContent[], from = nodes[0] ? startOffset(nodes[0]) : 0): TextLine[] {
  const lines: TextLine[] = []
  let text = ''
  let offset = from
  const flush = (): void => {
    if (text.trim() !== '') {
      const lead = text.length - text.trimStart().length
      lines.push({ text: text.trim(), offset: offset + lead })
    }
    text = ''
  }
  for (const node of nodes) {
    if (node.type === 'break') {
      flush()
      offset = node.position?.end.offset ?? offset
      continue
    }
    if (node.type === 'text') {
      const base = startOffset(node)
      const parts = node.value.split('\n')
      parts.forEach((part, k) => {
        if (k > 0) {
          flush()
          // The next line starts after the newline; any indentation is trimmed by flush.
          offset = base + parts.slice(0, k).reduce((n, p) => n + p.length + 1, 0)
        }
        if (text === '' && k === 0) offset = base
        text += part
      })
      continue
    }
    if (text === '') offset = startOffset(node)
    text += plainText(node)
  }
  flush()
  return lines
}

/** The lines of a paragraph. */
export function paragraphLines(paragraph: Paragraph): TextLine[] {
  return phrasingLines(paragraph.children)
}
