/**
 * Text rules rewritten to run in linear time (fuzz campaign 13 and the audit after it):
 * each reads short text exactly as the regular expression it replaced did, and the long
 * runs that made those quadratic or exponential are read at all (timed in
 * bench/hostile-reading.ts, not here).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitNames } from '../../src/read/names.js'
import { missingValue } from '../../src/read/placeholder.js'
import { prefixedLine } from '../../src/read/statements.js'
import { readTopicHeading } from '../../src/read/topic-heading.js'
import { stripEnd, stripEnds } from '../../src/text/strip-chars.js'

/** Strings of the characters that matter to these rules. */
const pieces = (...extra: string[]) =>
  fc
    .array(
      fc.constantFrom(
        'a',
        'Bo',
        'SK',
        'AB',
        ' ',
        '  ',
        '\t',
        ',',
        ';',
        '&',
        '/',
        '+',
        ' and ',
        '.',
        ':',
        '(',
        ')',
        '<',
        '>',
        '[',
        ']',
        'x',
        ...extra,
      ),
      {
        maxLength: 16,
      },
    )
    .map((ps) => ps.join(''))

describe('stripEnd and stripEnds', () => {
  it('strip what `/[…]+$/` and `/^[…]+|[…]+$/g` strip', () => {
    fc.assert(
      fc.property(pieces(), (text) => {
        expect(stripEnd(text, '.:')).toBe(text.replace(/[.:]+$/, ''))
        expect(stripEnds(text, '.:')).toBe(text.replace(/^[.:]+|[.:]+$/g, ''))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('names', () => {
  // The rule before: separators with the spaces around them, notes blanked to their first closer.
  const before = (text: string): { text: string; index: number }[] => {
    const names: { text: string; index: number }[] = []
    const blanked = text.replace(/\([^)]*\)|<[^>]*>/g, (m) => ' '.repeat(m.length))
    let last = 0
    const take = (end: number): void => {
      const raw = blanked.slice(last, end)
      const lead = raw.length - raw.trimStart().length
      const name = raw.trim().replace(/[.:]+$/, '')
      if (name !== '' && missingValue(name) === null) names.push({ text: name, index: last + lead })
    }
    for (const m of blanked.matchAll(/\s*(?:,|;|&|\/|\+|\band\b|\n)\s*/g)) {
      take(m.index)
      last = m.index + m[0].length
    }
    take(blanked.length)
    return names
  }

  it('are split as before, where no note is nested or left open or names co-owners', () => {
    fc.assert(
      fc.property(pieces(), (text) => {
        fc.pre(!/\([^)]*\(|<[^>]*</.test(text))
        // `(+ Bo)` and `(and Bo)` name co-owners (test/read/co-owners.test.ts).
        fc.pre(!/\(\s*(?:\+|and(?![\w-]))/i.test(text))
        expect(splitNames(text)).toEqual(before(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('are read from long runs of spaces, dots, brackets and tags', () => {
    expect(splitNames(`Ana${' '.repeat(50_000)}, Bo`).map((n) => n.text)).toEqual(['Ana', 'Bo'])
    expect(splitNames(`Ana${'.'.repeat(50_000)}`).map((n) => n.text)).toEqual(['Ana'])
    expect(splitNames(`Ana ${'<div>'.repeat(20_000)}`).map((n) => n.text)).toEqual(['Ana'])
    expect(splitNames(`Ana ${'('.repeat(50_000)}`)).toHaveLength(1)
  })
})

describe('speakers of a line', () => {
  it('are read as before (initials, names of up to three words, lists of them)', () => {
    expect(prefixedLine('SK, RD: review the draft')).toEqual({ names: ['SK', 'RD'], text: 'review the draft', textIndex: 8 })
    expect(prefixedLine('Simon Kuenzer and Marc: ship it')?.names).toEqual(['Simon Kuenzer', 'Marc'])
    expect(prefixedLine('ABCDE: too long for initials, a name')?.names).toEqual(['ABCDE'])
    expect(prefixedLine('Note: not a person')).toBeNull()
  })

  it('are rejected at once in a long list of initials without a colon (exponential before)', () => {
    expect(prefixedLine(`${'AB, '.repeat(60)}x`)).toBeNull()
    expect(prefixedLine(`${'AB, '.repeat(60)}CD: the list`)?.names).toHaveLength(61)
  })
})

describe('topic headings', () => {
  // The rule before, for the trailing tags.
  const tagsBefore = (rest: string): { rest: string; tags: string[] } => {
    const tags: string[] = []
    const tag = /\s*\[([^\][]*)\]\s*$/
    // A tag is one word: `[infra]`, not `[infra done]`.
    for (let m = tag.exec(rest); m && m[1] !== undefined && m.index > 0 && !/\s/.test(m[1].trim()); m = tag.exec(rest)) {
      tags.unshift(m[1].trim())
      rest = rest.slice(0, m.index)
    }
    return { rest: rest.replace(/\s+/g, ' ').trim(), tags: tags.filter((t) => t !== '') }
  }

  it('take trailing tags as before', () => {
    fc.assert(
      fc.property(pieces('infra', 'done'), (text) => {
        const heading = readTopicHeading(`Topic: Title ${text}`)
        if (heading.template) return
        const expected = tagsBefore(`Title ${text}`.trim())
        expect({ rest: heading.title, tags: heading.tags }).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('read long runs of spaces and many tags', () => {
    expect(readTopicHeading(`Topic: Shared${' '.repeat(50_000)}cache [infra]`)).toMatchObject({
      title: 'Shared cache',
      tags: ['infra'],
    })
    expect(readTopicHeading(`Topic: Many ${'[t] '.repeat(5000)}`).tags).toHaveLength(5000)
    expect(readTopicHeading('Topic: Signal (alias signals , sig )').aliases).toEqual(['signals', 'sig'])
  })
})
