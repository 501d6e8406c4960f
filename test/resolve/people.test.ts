import { describe, expect, it } from 'vitest'
import { resolvePeople } from '../../src/resolve/people.js'

const at = { file: 'n.md', line: 1, column: 1 }
const resolve = (...texts: string[]) => resolvePeople(texts.map((text) => ({ text, place: at })))

describe('people resolution', () => {
  it('merges a unique first name, a nickname prefix, initials and a last-name typo', () => {
    const r = resolve('Jonathan Okafor', 'Jon', 'Ingrid Vasquez', 'Ingrid', 'IV', 'Ingrid Vasques', 'Ingrid Vasquez', 'JO')
    expect(r.names).toEqual(['Jonathan Okafor', 'Ingrid Vasquez'])
    for (const [spelling, name] of [
      ['Jon', 'Jonathan Okafor'],
      ['JO', 'Jonathan Okafor'],
      ['Ingrid', 'Ingrid Vasquez'],
      ['IV', 'Ingrid Vasquez'],
      ['Ingrid Vasques', 'Ingrid Vasquez'],
    ]) {
      expect(r.nameOf(spelling as string)).toBe(name)
    }
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['possible-typo', 'info'],
      ['person-merged', 'info'],
      ['person-merged', 'info'],
      ['person-merged', 'info'],
      ['person-merged', 'info'],
    ])
  })

  it('takes the most used spelling as the name', () => {
    const r = resolve('Ana Pereira', 'Ana Pereyra', 'Ana Pereyra')
    expect(r.names).toEqual(['Ana Pereyra'])
    expect(r.spellings.get('Ana Pereyra')).toEqual(['Ana Pereyra', 'Ana Pereira'])
  })

  it('merges names that differ only by accents or case, and reports it', () => {
    const r = resolve('Zoë Brontë', 'Zoe Bronte')
    expect(r.names).toEqual(['Zoë Brontë'])
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      '“Zoe Bronte” is read as Zoë Brontë (the same name written differently).',
    ])
  })

  it('keeps ambiguous short names apart and says so', () => {
    const r = resolve('Sam Lee', 'Sam Ortiz', 'Sam', 'SL', 'Sara Lind')
    expect(r.nameOf('Sam')).toBe('Sam')
    expect(r.nameOf('SL')).toBe('SL')
    const ambiguous = r.diagnostics.filter((d) => d.ruleId === 'ambiguous-person')
    expect(ambiguous.map((d) => d.message)).toEqual([
      '“Sam” could be “Sam Lee”, “Sam Ortiz”; it is kept as a separate name.',
      '“SL” could be “Sam Lee”, “Sara Lind”; it is kept as a separate name.',
    ])
  })

  it('does not merge different first names, or last names too far apart', () => {
    const r = resolve('Mark Rowe', 'Marc Rowe', 'Lena Holm', 'Lena Hansen')
    expect(r.names).toEqual(['Mark Rowe', 'Marc Rowe', 'Lena Holm', 'Lena Hansen'])
  })

  it('reads Everyone as the group, and lower-case phrases as roles, not people', () => {
    const r = resolve('Everyone', 'everybody', 'Library author', 'Kim Park')
    expect(r.nameOf('everybody')).toBe('Everyone')
    expect(r.nameOf('Library author')).toBe('Library author')
    expect(r.isPerson('Library author')).toBe(false)
    expect(r.names).toEqual(['Kim Park'])
  })

  it('keeps a name nobody else matches as a person of its own', () => {
    const r = resolve('Sairaj', 'QX')
    expect(r.names).toEqual(['Sairaj', 'QX'])
    expect(r.diagnostics).toEqual([])
  })

  it('leaves particles out of initials', () => {
    expect(resolve('Jan van Dijk', 'JD').nameOf('JD')).toBe('Jan van Dijk')
  })
})
