import type { Place } from '../model/place.js'

/** Converts text offsets to 1-based line and column, for any of `\n`, `\r\n` and `\r`. */
export class LineIndex {
  readonly #starts: number[]

  constructor(text: string) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.#starts = starts
  }

  /** The number of lines (a text without newline has one). */
  get lineCount(): number {
    return this.#starts.length
  }

  /**
   * The place of `offset` in `file`: 1-based line and column (UTF-16 code units). Built as
   * one literal: `{ file, ...point }` gave every place an out-of-object property array in
   * V8 (some 80 bytes a place instead of 48, and a topic has about ten places).
   */
  place(file: string, offset: number): Place {
    const starts = this.#starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { file, line: lo + 1, column: offset - (starts[lo] as number) + 1 }
  }
}
