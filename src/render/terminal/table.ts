/** Plain-text tables for the terminal: columns padded to their widest cell, long cells cut. */

/** A column: its heading and the widest it may get. */
export interface Column {
  readonly heading: string
  readonly max?: number
}

const width = (s: string): number => [...s].length

/** Cuts text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** Renders rows under headings, two spaces between columns, no trailing spaces. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => columns.map((c, k) => clip(row[k] ?? '', c.max ?? Infinity)))
  const widths = columns.map((c, k) => Math.max(width(c.heading), ...cells.map((row) => width(row[k] ?? ''))))
  const line = (row: readonly string[]): string =>
    row
      .map((cell, k) => cell + ' '.repeat(Math.max(0, (widths[k] as number) - width(cell))))
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.heading)), ...cells.map(line)]
}
