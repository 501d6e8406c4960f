/** A binary min-heap of numbers (keys that encode a time and an activity). */
export class MinHeap {
  readonly #items: number[] = []

  /** How many keys it holds. */
  get size(): number {
    return this.#items.length
  }

  /** The smallest key, without removing it. */
  peek(): number | undefined {
    return this.#items[0]
  }

  /** Adds a key. */
  push(v: number): void {
    const a = this.#items
    a.push(v)
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1
      if ((a[parent] as number) <= v) break
      a[i] = a[parent] as number
      a[parent] = v
      i = parent
    }
  }

  /** Removes and returns the smallest key. */
  pop(): number | undefined {
    const a = this.#items
    const top = a[0]
    const last = a.pop()
    if (a.length > 0 && last !== undefined) {
      a[0] = last
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && (a[l] as number) < (a[m] as number)) m = l
        if (r < a.length && (a[r] as number) < (a[m] as number)) m = r
        if (m === i) break
        const x = a[i] as number
        a[i] = a[m] as number
        a[m] = x
        i = m
      }
    }
    return top
  }
}
