/**
 * Plain text out of mdast: whole nodes (links keep their text, code its content), and
 * paragraphs split into their lines with the offset of each line.
 */
import type { Nodes, Paragraph, PhrasingContent } from 'mdast'
import { startOffset } from './locator.js'

/**
 * Plain text of nodes, Markdown markup removed: a node's `value`, an image's `alt`, else
 * its children's text (as `mdast-util-to-string` gives it), walked without recursion so
 * no depth of nesting can exhaust the stack.
 */
export function plainText(nodes: Nodes | readonly Nodes[]): string {
  const parts: string[] = []
  const stack: Nodes[] = Array.isArray(nodes) ? [...(nodes as readonly Nodes[])].reverse() : [nodes as Nodes]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ('value' in node && typeof node.value === 'string') parts.push(node.value)
    else if ('alt' in node) parts.push(node.alt ?? '')
    else if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes)
  }
  return parts.join('')
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
