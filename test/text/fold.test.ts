import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/text/fold.js'

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('Ștefan Pîrvulescu')).toBe('stefan pirvulescu')
    expect(foldText('Straße Øresund Łódź')).toBe('strasse oresund lodz')
    expect(foldText('Estimated Duration')).toBe('estimated duration')
  })

  it('takes ASCII text the short way to the same result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(foldText(text)).toBe(
          text
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase(),
        )
      }),
    )
  })
})
