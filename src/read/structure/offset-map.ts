/**
 * Maps offsets in the normalised text back to offsets in the original file, so every
 * position Waymark reports points into the file as the user has it (even a one-line note).
 */

/** A run of normalised text copied verbatim from the original. */
interface Run {
  readonly out: number
  readonly orig: number
  readonly length: number
}

/** Builds normalised text from copied runs and inserted whitespace, recording the mapping. */
export class OffsetMapBuilder {
  readonly #parts: string[] = []
  readonly #runs: Run[] = []
  #length = 0

  constructor(private readonly original: string) {}

  /** Copies `original[start, end)`. */
  copy(start: number, end: number): void {
    if (end <= start) return
    this.#runs.push({ out: this.#length, orig: start, length: end - start })
    this.#parts.push(this.original.slice(start, end))
    this.#length += end - start
  }

  /** Inserts text that is not in the original (only ever whitespace). */
  insert(text: string): void {
    this.#parts.push(text)
    this.#length += text.length
  }

  /** The normalised text and its map. */
  finish(): { text: string; map: OffsetMap } {
    return { text: this.#parts.join(''), map: new OffsetMap(this.#runs) }
  }
}

/** Anything that maps offsets of a derived text back to the text it came from. */
export interface OffsetMapping {
  toOriginal(offset: number): number
}

/** `inner` (derived → middle) then `outer` (middle → original). */
export function composeMappings(outer: OffsetMapping, inner: OffsetMapping | null): OffsetMapping {
  return inner === null ? outer : { toOriginal: (offset) => outer.toOriginal(inner.toOriginal(offset)) }
}

/** Normalised offset → original offset. */
export class OffsetMap implements OffsetMapping {
  constructor(private readonly runs: readonly Run[]) {}

  /**
   * The original offset of normalised offset `offset`. Offsets inside inserted
   * whitespace map to the end of the text before it (where a node ending there ends).
   */
  toOriginal(offset: number): number {
    const runs = this.runs
    if (runs.length === 0) return 0
    let lo = 0
    let hi = runs.length - 1
    if (offset < (runs[0] as Run).out) return (runs[0] as Run).orig
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((runs[mid] as Run).out <= offset) lo = mid
      else hi = mid - 1
    }
    const run = runs[lo] as Run
    return run.orig + Math.min(offset - run.out, run.length)
  }
}
