/** Edit distance (banded when bounded) against a plain full-table Levenshtein, and the long-word rule. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance, MAX_FUZZY_WORD, wordSimilarity } from '../../src/text/similarity.js'

/** The textbook full-table Levenshtein distance, for comparison. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[]
      const up = table[i - 1] as number[]
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
  return (table[a.length] as number[])[b.length] as number
}

describe('editDistance', () => {
  it('is the Levenshtein distance, or max + 1 once it is past max', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 })
    fc.assert(
      fc.property(word, word, fc.option(fc.nat(4), { nil: undefined }), (a, b, max) => {
        const exact = levenshtein(a, b)
        if (max === undefined) expect(editDistance(a, b)).toBe(exact)
        else expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('wordSimilarity', () => {
  it('compares words longer than the fuzzy limit by equality only', () => {
    const long = 'x'.repeat(MAX_FUZZY_WORD + 1)
    expect(wordSimilarity(long, long)).toBe(1)
    expect(wordSimilarity(long, `${long}s`)).toBe(0)
    expect(wordSimilarity('libraries', 'library')).toBe(0.95)
  })
})
