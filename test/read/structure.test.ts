import { describe, expect, it } from 'vitest'
import { recoverStructure } from '../../src/read/structure/recover.js'
import { SEED_TEXT, nonWhitespace } from '../helpers.js'

const lines = (text: string): string[] => recoverStructure(text).text.split('\n')

describe('structure recovery of a flattened note', () => {
  const recovered = recoverStructure(SEED_TEXT)
  const out = recovered.text.split('\n')

  it('loses no word and is a fixed point', () => {
    expect(nonWhitespace(recovered.text)).toBe(nonWhitespace(SEED_TEXT))
    expect(recoverStructure(recovered.text).text).toBe(recovered.text)
    expect(recoverStructure(recovered.text).flattenedLines).toBe(0)
    expect(recovered.flattenedLines).toBe(1)
  })

  it('recovers the front matter as YAML lines', () => {
    expect(out.slice(0, 11)).toEqual([
      '---',
      'title: "Community Meeting, August 25, 2022"',
      'tags: unikraft, community, roadmap',
      'datetime: 2022-08-25T10:00:00+02:00',
      'location: Online, Discord (https://bit.ly/UnikraftDiscord), the `#monkey-business` voice channel',
      'teams:',
      '  - community',
      'participants:',
      '  - TODO',
      '---',
      '',
    ])
  })

  it('recovers headings, separators, containers, labels and bullets', () => {
    expect(out.filter((l) => l.startsWith('### Topic: '))).toHaveLength(25)
    // Every `---` token of the one-line note is a line of its own: 2 for the front matter, the rest separators.
    expect(out.filter((l) => l === '---').length).toBe(SEED_TEXT.split(/\s+/).filter((w) => w === '---').length)
    expect(out).toContain(':::info')
    expect(out).toContain(':::')
    expect(out).toContain('**Estimated duration**: 4 - 8 weeks')
    expect(out).toContain('**Author** Simon Kuenzer')
    expect(out).toContain('**Rationale for topic relevance**')
    expect(out).toContain('- Output kernel messages to different outputs')
    expect(out).toContain(
      'SK: Musl work is going well. Dragoș did work on the Musl + newlib. Simon working on Unikraft core PRs. All PRs should go to the `staging-muslpreview` branch. Instead of using newlib, we will be using Musl.',
    )
    expect(out).toContain('Everyone: Add estimated durations for each topic.')
    expect(out).toContain('```mermaid')
  })

  it('maps every recovered offset back to the same character of the original', () => {
    const { text, map } = recovered
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string
      if (/\s/.test(c)) continue
      expect(SEED_TEXT[map.toOriginal(i)]).toBe(c)
    }
  })
})

describe('structure recovery', () => {
  it('does not split number ranges, code spans or parenthesised dashes', () => {
    const flat = '## A **Owner**: x **Estimate**: 4 - 8 weeks **Notes** - see `a - b ## c` (x - y) - z'
    expect(lines(flat)).toEqual([
      '## A',
      '',
      '**Owner**: x',
      '',
      '**Estimate**: 4 - 8 weeks',
      '',
      '**Notes**',
      '',
      '- see `a - b ## c` (x - y)',
      '- z',
      '',
    ])
  })

  it('leaves an ordinary note alone but for blank lines around blocks', () => {
    const note = '# Title\nSome text - with a dash.\n\n\n\n- a\n- b\n**Owner**: Alice\n```\n## not a heading\n\n\n```\n'
    expect(recoverStructure(note).text).toBe(
      '# Title\n\nSome text - with a dash.\n\n- a\n- b\n\n**Owner**: Alice\n\n```\n## not a heading\n\n\n```\n',
    )
    expect(recoverStructure(note).flattenedLines).toBe(0)
  })

  it('keeps hard line breaks and trims other trailing spaces', () => {
    expect(recoverStructure('one  \ntwo   \n\nthree \n').text).toBe('one  \ntwo\n\nthree\n')
  })

  it('reads CRLF and CR line endings', () => {
    expect(recoverStructure('# A\r\n\r\ntext\rmore\r\n').text).toBe('# A\n\ntext\nmore\n')
  })

  it('keeps an unclosed fence verbatim to the end', () => {
    const flat = '## A **Owner**: x **Estimate**: 2 weeks ```js const a = 1 ## b'
    expect(lines(flat)).toEqual(['## A', '', '**Owner**: x', '', '**Estimate**: 2 weeks', '', '```js', 'const a = 1 ## b', ''])
    expect(recoverStructure(recoverStructure(flat).text).text).toBe(recoverStructure(flat).text)
  })

  it('does not take a line of prose that mentions a heading and a fence for a flattened one', () => {
    // An unclosed fence in the middle of a line is not evidence: split, it would swallow the next topic.
    for (const prose of ['**Notes**: use ## headings, not ``` fences', '**Notes**: # ` ```']) {
      const note = `## Topic: A\n\n${prose}\n\n## Topic: B\n\n**Owner**: Bob\n`
      const recovered = recoverStructure(note)
      expect(recovered.flattenedLines).toBe(0)
      expect(recovered.text).toBe(note)
    }
  })

  it('copes with a huge line of markers without recursion', () => {
    const flat = '## x '.repeat(50_000) + '--- '.repeat(50_000)
    const r = recoverStructure(flat)
    expect(r.flattenedLines).toBe(1)
    expect(nonWhitespace(r.text)).toBe(nonWhitespace(flat))
  })
})
