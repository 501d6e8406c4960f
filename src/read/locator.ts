/**
 * Places in the original file for nodes of the normalised text: the offset map undoes the
 * structure recovery, the line index turns offsets into line and column.
 */
import type { Node } from 'mdast'
import type { Place } from '../model/place.js'
import { LineIndex } from './line-index.js'
import type { OffsetMapping } from './structure/offset-map.js'

/** Finds original places for normalised offsets and nodes. */
export class Locator {
  readonly #lines: LineIndex

  /**
   * `parsed` is the text the parser read (recovered and bounded), whose offsets `map`
   * takes back to `original`.
   */
  constructor(
    readonly file: string,
    original: string,
    private readonly map: OffsetMapping,
    readonly parsed: string,
  ) {
    this.#lines = new LineIndex(original)
  }

  /** The place of a normalised offset. */
  at(offset: number): Place {
    return this.#lines.place(this.file, this.map.toOriginal(offset))
  }

  /** The place where a node starts. */
  of(node: Node): Place {
    return this.at(startOffset(node))
  }

  /**
   * Offsets in `(from, to)` of the parsed text whose character does not follow the one
   * before it in the original: after an escape the bounds inserted, say, which is text
   * where it lands in code or HTML. A run of text is placed from its start only up to such
   * an offset.
   */
  breaks(from: number, to: number): number[] {
    const found: number[] = []
    let previous = this.map.toOriginal(from)
    for (let offset = from + 1; offset < to; offset++) {
      const original = this.map.toOriginal(offset)
      if (original !== previous + 1) found.push(offset)
      previous = original
    }
    return found
  }

  /** The place of an original offset (no recovery mapping). */
  original(offset: number): Place {
    return this.#lines.place(this.file, offset)
  }
}

/** The normalised offset where a node starts (0 when it has no position). */
export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0
}
