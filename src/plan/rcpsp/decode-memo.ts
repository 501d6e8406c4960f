/**
 * A memo of decodings: a generation scheme is deterministic, so an activity list (or a
 * schedule to justify) met again gives the schedule it gave before. Looking it up is not
 * generating a schedule, so a hit costs nothing of the budget — local search revisits
 * the same lists and schedules often on plateaus.
 *
 * Keys are compared in full (the hash only picks the bucket), so a hit is always exact.
 */

/** Remembers values by the contents of integer arrays. */
export class DecodeMemo<Value> {
  readonly #buckets = new Map<number, { key: Int32Array; value: Value }[]>()
  #size = 0

  /** At most this many entries are kept; past it, new ones are not stored. */
  constructor(readonly capacity: number) {}

  /** Entries stored. */
  get size(): number {
    return this.#size
  }

  /** The value stored for an array with these contents, if any. */
  get(key: ArrayLike<number>): Value | undefined {
    const bucket = this.#buckets.get(hash(key))
    if (bucket === undefined) return undefined
    for (const entry of bucket) if (sameContents(entry.key, key)) return entry.value
    return undefined
  }

  /** Stores a value for a copy of `key` (the caller may change its array afterwards). */
  set(key: ArrayLike<number>, value: Value): void {
    if (this.#size >= this.capacity) return
    const h = hash(key)
    const bucket = this.#buckets.get(h)
    const entry = { key: Int32Array.from(key), value }
    if (bucket === undefined) this.#buckets.set(h, [entry])
    else {
      for (const existing of bucket) if (sameContents(existing.key, key)) return
      bucket.push(entry)
    }
    this.#size++
  }
}

/** FNV-1a over the 32-bit values, folded to a safe integer key. */
function hash(values: ArrayLike<number>): number {
  let h = 0x811c9dc5
  for (let i = 0; i < values.length; i++) {
    h ^= values[i] as number
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function sameContents(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
