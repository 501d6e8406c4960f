import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonPieces } from '../../src/render/json/json-pieces.js'

const joined = (value: unknown, levels?: number): string => [...jsonPieces(value, levels)].join('')

/** Values with what JSON.stringify leaves out or changes: undefined, functions, NaN, dates, nested empties. */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constantFrom(undefined, () => 1, Number.NaN, -0, new Date(0), '“quoted”\nline', {}, []),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 5 }),
  ),
})).value

describe('JSON in pieces', () => {
  it('is JSON.stringify(value, null, 2), character for character, at any depth of pieces', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (value, levels) => {
        const expected = JSON.stringify(value, null, 2) as string | undefined
        expect(joined(value, levels)).toBe(expected ?? '')
      }),
      { numRuns: 1000 },
    )
  })

  it('gives a large value in pieces of about a megabyte', () => {
    const value = { topics: Array.from({ length: 30_000 }, (_, k) => ({ id: `topic-${k}`, days: k, owners: ['Ana Berg'] })) }
    const pieces = [...jsonPieces(value)]
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2))
  })
})
