/**
 * Tables written without a delimiter row (`| Owner | Ann |` lines and nothing under the
 * first): GFM reads them as a paragraph, people read them as a table — a JEP's header, a
 * key–value block pasted from a wiki. Such a paragraph, every line a row of two or more
 * cells, is read as the table it looks like.
 */
import type { Paragraph, Table, TableCell, TableRow } from 'mdast'
import { offsetIn } from './mapped-text.js'
import { paragraphLines } from './phrasing.js'

/** The table a paragraph of pipe rows is, or `null` when any line is not a row. */
export function pipeRowsTable(paragraph: Paragraph, source: string): Table | null {
  const first = paragraph.children[0]
  if (first?.type !== 'text' || !/^[ \t]*\|/.test(first.value)) return null
  const lines = paragraphLines(paragraph, source)
  const rows: TableRow[] = []
  for (const line of lines) {
    const text = line.text
    if (!text.startsWith('|')) return null
    const cells: TableCell[] = []
    let start = 1
    for (let k = 1; k <= text.length; k++) {
      if (k < text.length && (text[k] !== '|' || text[k - 1] === '\\')) continue
      const raw = text.slice(start, k)
      const lead = raw.length - raw.trimStart().length
      const value = raw.trim()
      // The closing pipe ends the row; nothing after it is a cell.
      if (k === text.length && value === '') break
      const offset = offsetIn(line, start + lead, line.offset)
      const position = { start: { line: 1, column: 1, offset }, end: { line: 1, column: 1, offset: offset + value.length } }
      cells.push({ type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value, position }], position })
      start = k + 1
    }
    if (cells.length < 2) return null
    const rowOffset = line.offset
    rows.push({
      type: 'tableRow',
      children: cells,
      position: {
        start: { line: 1, column: 1, offset: rowOffset },
        end: { line: 1, column: 1, offset: rowOffset + text.length },
      },
    })
  }
  return rows.length > 0
    ? { type: 'table', children: rows, ...(paragraph.position ? { position: paragraph.position } : {}) }
    : null
}
