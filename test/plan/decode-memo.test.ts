import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DecodeMemo } from '../../src/plan/rcpsp/decode-memo.js'

describe('DecodeMemo', () => {
  it('finds a value by the contents of its key, never by a different key', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 6 }), { maxLength: 40 }), (keys) => {
        const memo = new DecodeMemo<string>(1000)
        for (const key of keys) memo.set(Int32Array.from(key), key.join(','))
        for (const key of keys) expect(memo.get(key)).toBe(key.join(','))
        expect(memo.size).toBe(new Set(keys.map((k) => k.join(','))).size)
        expect(memo.get([99, 99, 99])).toBeUndefined()
      }),
    )
  })

  it('keeps a copy of the key, so the caller may reuse its array', () => {
    const memo = new DecodeMemo<number>(10)
    const key = Int32Array.from([1, 2, 3])
    memo.set(key, 7)
    key[0] = 9
    expect(memo.get([1, 2, 3])).toBe(7)
    expect(memo.get([9, 2, 3])).toBeUndefined()
  })

  it('stops storing at its capacity', () => {
    const memo = new DecodeMemo<number>(2)
    memo.set([1], 1)
    memo.set([2], 2)
    memo.set([3], 3)
    expect(memo.size).toBe(2)
    expect(memo.get([3])).toBeUndefined()
  })
})
