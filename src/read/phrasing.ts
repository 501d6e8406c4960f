/**
 * Plain text out of mdast: whole nodes (links keep their text, code its content), and
 * paragraphs split into their lines with the offset of each line.
 */
import type { Nodes, Paragraph, PhrasingContent } from 'mdast'
import { MappedTextBuilder, offsetIn, sliceMapped, trimMapped, type MappedText } from './mapped-text.js'

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

/** A line of a paragraph: its plain text, where its characters are, and the offset where it starts. */
export interface TextLine extends MappedText {
  /** The offset (in the parsed text) of the line's first character. */
  readonly offset: number
}

/**
 * Splits phrasing content at soft and hard line breaks (a line break inside emphasis or
 * a link stays in its line), each line trimmed. `source` is the text that was parsed.
 */
export function phrasingLines(nodes: readonly PhrasingContent[], source: string): TextLine[] {
  const builder = new MappedTextBuilder(source)
  // Where a line ends and the next begins: a soft break's newline is in neither, a hard break is nothing.
  const cuts: { end: number; next: number }[] = []
  // Inline nodes other than text (emphasis, links, code): a line that starts with one starts where it does.
  const inline: { from: number; to: number; offset: number }[] = []
  for (const node of nodes) {
    const from = builder.length
    if (node.type === 'break') {
      cuts.push({ end: from, next: from })
      continue
    }
    builder.addNodes(node)
    const offset = node.position?.start.offset
    if (node.type !== 'text' && offset !== undefined) inline.push({ from, to: builder.length, offset })
    if (node.type === 'text') {
      for (let k = node.value.indexOf('\n'); k !== -1; k = node.value.indexOf('\n', k + 1))
        cuts.push({ end: from + k, next: from + k + 1 })
    }
  }
  const whole = builder.finish()
  cuts.push({ end: whole.text.length, next: whole.text.length })
  const lines: TextLine[] = []
  let start = 0
  let k = 0
  for (const cut of cuts) {
    const slice = sliceMapped(whole, start, cut.end)
    const line = trimMapped(slice)
    if (line.text !== '') {
      const first = start + slice.text.length - slice.text.trimStart().length
      while (k < inline.length && (inline[k] as { to: number }).to <= first) k++
      const node = inline[k]
      const offset = node !== undefined && node.from <= first ? node.offset : offsetIn(line, 0)
      lines.push({ ...line, offset })
    }
    start = cut.next
  }
  return lines
}

/** The lines of a paragraph. */
export function paragraphLines(paragraph: Paragraph, source: string): TextLine[] {
  return phrasingLines(paragraph.children, source)
}

/**
 * Phrasing content cut into its lines at soft and hard breaks (a break inside emphasis or
 * a link stays in its line). A text node cut in two keeps its place: the second piece
 * starts where its line does in `source` (after the newline and the indentation that the
 * parser left out of the value).
 */
export function splitPhrasingLines(nodes: readonly PhrasingContent[], source: string): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  const current = (): PhrasingContent[] => lines[lines.length - 1] as PhrasingContent[]
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([])
      continue
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      current().push(node)
      continue
    }
    const pieces = node.value.split('\n')
    let from = node.position?.start.offset
    for (const [k, value] of pieces.entries()) {
      if (k > 0) {
        lines.push([])
        // The k-th newline of the value is the next newline of the source.
        const newline = from === undefined ? -1 : source.indexOf('\n', from)
        from = newline === -1 ? undefined : newline + 1
        while (from !== undefined && (source[from] === ' ' || source[from] === '\t')) from++
      }
      if (value === '') continue
      const position =
        node.position && from !== undefined
          ? { start: { ...node.position.start, offset: from }, end: node.position.end }
          : node.position
      current().push(position ? { type: 'text', value, position } : { type: 'text', value })
    }
  }
  return lines.filter((line) => line.length > 0)
}
