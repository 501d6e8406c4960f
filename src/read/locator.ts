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
    return { file: this.file, ...this.#lines.point(this.map.toOriginal(offset)) }
  }

  /** The place where a node starts. */
  of(node: Node): Place {
    return this.at(startOffset(node))
  }

  /** The place of an original offset (no recovery mapping). */
  original(offset: number): Place {
    return { file: this.file, ...this.#lines.point(offset) }
  }
}

/** The normalised offset where a node starts (0 when it has no position). */
export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0
}
