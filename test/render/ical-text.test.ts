/** iCalendar's content lines: folded at 75 octets, never inside a character, unfolded back to the line. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { icalLine } from '../../src/render/ics/ical-text.js'

const encoder = new TextEncoder()
const octets = (text: string): number => encoder.encode(text).length

describe('icalLine', () => {
  it('folds any text into lines of at most 75 octets that unfold to it, counting octets as UTF-8 does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\ud800', '\udc00', ' ', '中'), maxLength: 400 })
    fc.assert(
      fc.property(text, (line) => {
        const folded = icalLine(line)
        expect(folded.endsWith('\r\n')).toBe(true)
        const physical = folded.slice(0, -2).split('\r\n')
        for (const [k, p] of physical.entries()) {
          expect(octets(p)).toBeLessThanOrEqual(75)
          if (k > 0) expect(p.startsWith(' ')).toBe(true)
        }
        expect(physical.map((p, k) => (k === 0 ? p : p.slice(1))).join('')).toBe(line)
        // Folded as late as it can be: each line but the last is full up to one more character.
        for (const p of physical.slice(0, -1)) expect(octets(p)).toBeGreaterThan(71)
      }),
      { numRuns: 500 },
    )
  })
})
