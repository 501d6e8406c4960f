/**
 * The fuzz campaign's random source: sfc32 seeded from (run seed, document index), so
 * every document can be regenerated alone from those two numbers. It is the campaign's
 * own, not the planner's, so the documents of a seed stay the same when `src/` changes.
 */

/** SplitMix32's finaliser: spreads the bits of a 32-bit integer. */
function mix(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
  return (z ^ (z >>> 16)) >>> 0
}

/** Seeded random numbers and the choices a grammar needs. */
export class Rng {
  #a: number
  #b: number
  #c: number
  #d: number

  /** The numbers of document `index` of the run seeded `seed` (`stream` separates uses of one document). */
  constructor(seed: number, index: number, stream = 0) {
    this.#a = mix(seed >>> 0)
    this.#b = mix(this.#a ^ (index >>> 0))
    this.#c = mix(this.#b ^ Math.floor(index / 2 ** 32))
    this.#d = mix(this.#c ^ stream) | 1
    for (let i = 0; i < 12; i++) this.next()
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0
    this.#d = (this.#d + 1) >>> 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) >>> 0
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0
    this.#c = (this.#c + t) >>> 0
    return t
  }

  /** A uniform number in [0, 1). */
  float(): number {
    return this.next() / 2 ** 32
  }

  /** A uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1))
  }

  /** An integer in [lo, hi] with every order of magnitude about as likely: small depths often, huge ones now and then. */
  logInt(lo: number, hi: number): number {
    const a = Math.log(Math.max(1, lo))
    const b = Math.log(Math.max(1, hi) + 1)
    return Math.min(hi, Math.max(lo, Math.floor(Math.exp(a + this.float() * (b - a)))))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** One of `items`, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from nothing')
    return items[Math.floor(this.float() * items.length)] as T
  }

  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((sum, [w]) => sum + w, 0)
    let r = this.float() * total
    for (const [w, item] of items) {
      r -= w
      if (r < 0) return item
    }
    return (items[items.length - 1] as readonly [number, T])[1]
  }

  /** `items` in a random order (a copy). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i)
      ;[out[i], out[j]] = [out[j] as T, out[i] as T]
    }
    return out
  }
}
