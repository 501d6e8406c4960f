import { messageOf } from '../helpers.js'
import { describe, expect, it } from 'vitest'
import { resolvePeople } from '../../src/resolve/people.js'
import { RoleWords } from '../../src/resolve/roles.js'

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

  it('merges a first name run together with a last initial, as chat handles write it', () => {
    const r = resolve('Ingrid Vasquez', 'Ingrid Moreau', 'IngridV', 'IngridX')
    expect(r.nameOf('IngridV')).toBe('Ingrid Vasquez')
    expect(r.nameOf('IngridX')).toBe('IngridX')
  })

  it('takes the most used spelling as the name', () => {
    const r = resolve('Ana Pereira', 'Ana Pereyra', 'Ana Pereyra')
    expect(r.names).toEqual(['Ana Pereyra'])
    expect(r.spellings.get('Ana Pereyra')).toEqual(['Ana Pereyra', 'Ana Pereira'])
  })

  it('merges names that differ only by accents or case, and reports it', () => {
    const r = resolve('Zoë Brontë', 'Zoe Bronte')
    expect(r.names).toEqual(['Zoë Brontë'])
    expect(r.diagnostics.map((d) => messageOf(d))).toEqual([
      '“Zoe Bronte” is read as Zoë Brontë (the same name written differently).',
    ])
  })

  it('keeps ambiguous short names apart and says so', () => {
    const r = resolve('Sam Lee', 'Sam Ortiz', 'Sam', 'SL', 'Sara Lind')
    expect(r.nameOf('Sam')).toBe('Sam')
    expect(r.nameOf('SL')).toBe('SL')
    const ambiguous = r.diagnostics.filter((d) => d.ruleId === 'ambiguous-person')
    expect(ambiguous.map((d) => messageOf(d))).toEqual([
      '“Sam” could be “Sam Lee”, “Sam Ortiz”; it is kept as a separate name.',
      '“SL” could be “Sam Lee”, “Sara Lind”; it is kept as a separate name.',
    ])
  })

  it('does not merge different first names, or last names too far apart', () => {
    const r = resolve('Mark Rowe', 'Marc Rowe', 'Lena Holm', 'Lena Hansen')
    expect(r.names).toEqual(['Mark Rowe', 'Marc Rowe', 'Lena Holm', 'Lena Hansen'])
  })

  it('reads Everyone as the group, and role words as roles, not people', () => {
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

  it('reads names in any case as people: lower case, particles, hyphens and apostrophes', () => {
    const names = ['alice', 'bob', 'mark smith', 'Tom deVries', 'Mustafa al-Hassan', "d'Artagnan Smith", 'José María García']
    const r = resolve(...names)
    for (const name of names) expect(r.isPerson(r.nameOf(name)), name).toBe(true)
    expect(r.diagnostics.filter((d) => d.ruleId === 'role-not-person')).toEqual([])
  })

  it('keeps every one of 1,000 generated names, whatever their case', () => {
    const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vi', 'an', 'el', 'or', 'du', 'ze']
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const word = (): string => Array.from({ length: 2 + next(2) }, () => syllables[next(syllables.length)]).join('')
    const cased = (w: string): string => (next(3) === 0 ? w : `${w[0]?.toUpperCase()}${w.slice(1)}`)
    const names = Array.from({ length: 1000 }, () => `${cased(word())} ${cased(word())}`)
    const r = resolve(...names)
    const vanished = names.filter((n) => !r.isPerson(r.nameOf(n)))
    expect(vanished).toEqual([])
  })

  it('reads clear roles as roles, and says so for each', () => {
    const roles = ['GSoC student', 'Library author', 'the networking team', 'someone from the kernel team', 'New contributors']
    const r = resolve(...roles, 'Kim Park')
    for (const role of roles) expect(r.isPerson(r.nameOf(role)), role).toBe(false)
    const reported = r.diagnostics.filter((d) => d.ruleId === 'role-not-person')
    expect(reported.map((d) => d.severity)).toEqual(roles.map(() => 'info'))
    expect(messageOf(reported[0])).toBe(
      "“GSoC student” is read as a role (“student”), not a person: a place to fill, so the topics it owns are planned with the unowned ones (or in the role's pool).",
    )
    expect(r.names).toEqual(['Kim Park'])
  })

  it('finds role words inside punctuation, and reads long runs of it as no name in linear time', () => {
    const r = resolve('“students”', 'Kim Park')
    expect(r.isPerson('“students”')).toBe(false)
    const dots = `Alex a${'.'.repeat(50_000)}x`
    expect(new RoleWords().roleOf(dots)).toBeNull()
  })

  it('takes the roadmap’s own role words', () => {
    const mentions = ['Apprentice Kim', 'Release crew lead', 'Kim Park'].map((text) => ({ text, place: at }))
    const r = resolvePeople(mentions, new RoleWords(['apprentice', 'release crew']))
    expect(r.names).toEqual(['Kim Park'])
    expect(r.isPerson('Apprentice Kim')).toBe(false)
  })

  it('leaves particles out of initials', () => {
    expect(resolve('Jan van Dijk', 'JD').nameOf('JD')).toBe('Jan van Dijk')
  })
})
