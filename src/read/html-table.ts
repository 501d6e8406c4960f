/**
 * HTML tables inside Markdown (`<table><tr><td>What</td>…`): wikis and old release pages
 * write them where GFM has pipe tables. The HTML is parsed with `hast-util-from-html`
 * (parse5, as browsers do) and its first table becomes the Markdown table it means, each
 * cell its text, placed where it is in the note.
 */
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast'
import type { Html, Table, TableCell, TableRow } from 'mdast'
import { startOffset } from './locator.js'

/** HTML blocks larger than this are not parsed for a table (a page pasted whole is no plan). */
const MAX_HTML_TABLE_CHARS = 2_000_000

/** The first table an HTML block holds, as a Markdown table; `null` when it holds none. */
export function htmlTable(node: Html, source: string): Table | null {
  const html = node.value
  if (html.length > MAX_HTML_TABLE_CHARS || !/<table[\s>]/i.test(html)) return null
  const from = startOffset(node)
  // Cells are placed exactly when the block's value is the source text as written (not in a list item).
  const exact = source.startsWith(html, from)
  const tree: HastRoot = fromHtml(html, { fragment: true })
  const table = find(tree.children, 'table')
  if (table === null) return null
  const at = (
    element: Element,
  ): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } => {
    const start = from + (exact ? (element.position?.start.offset ?? 0) : 0)
    const end = from + (exact ? (element.position?.end.offset ?? 0) : 0)
    return { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } }
  }
  const rows: TableRow[] = []
  for (const tr of rowsOf(table)) {
    const cells: TableCell[] = tr.children
      .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
      .map((cell) => {
        const value = toText(cell, { whitespace: 'normal' }).trim()
        const position = at(cell)
        return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value, position }], position }
      })
    if (cells.length > 0) rows.push({ type: 'tableRow', children: cells, position: at(tr) })
  }
  return rows.length > 0 ? { type: 'table', children: rows, ...(node.position ? { position: node.position } : {}) } : null
}

/** The rows of a table, in order, through `thead`/`tbody`/`tfoot` (not those of a table nested in a cell). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
      rows.push(...child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tr'))
  }
  return rows
}

/** The first element named `tag`, depth first (iteratively: HTML may nest deep). */
function find(nodes: readonly HastContent[], tag: string): Element | null {
  const stack = [...nodes].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type !== 'element') continue
    if (node.tagName === tag) return node
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as HastContent)
  }
  return null
}
