import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { literalLinksIn } from '../../src/read/literal-links.js'
import { chunkCuts, chunkStarts, parseMarkdown, parseWhole } from '../../src/read/markdown.js'
import { recoverStructure } from '../../src/read/structure/recover.js'
import { SEED_TEXT } from '../helpers.js'
import { listAndTableDocuments, markdownDocuments } from '../support/markdown-documents.js'

const documents = markdownDocuments

/** Text made of pieces that come close to literal links (and to everything else inline) without being one. */
const nearlyLinks = fc
  .array(
    fc.constantFrom(
      'hello',
      'tip',
      'wow',
      'w.x',
      'ww.',
      'htt',
      'tp://',
      'ftp://x.y',
      'a.b.c',
      'x_y',
      'a-b+c',
      'mailto:',
      'xmpp:',
      '@',
      '@bob',
      'a@b',
      '@x.',
      'y',
      'http:',
      'https:',
      'www.',
      'WWW',
      '&amp;',
      '&commat;',
      '&#64;',
      '&#x40;',
      '&period;',
      'R&D',
      'h',
      'w',
      '*em*',
      '**strong**',
      '_u_',
      '`code`',
      '~~s~~',
      '[link](/x)',
      '<b>',
      '<x.y>',
      '| a |',
      '(',
      ')',
      '.',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '# ',
      '- [x] ',
      '\\',
      '::',
      ':::info\n',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

describe('literal links', () => {
  it('are still found when the literal-link pass may be skipped elsewhere', () => {
    const links = (text: string): string[] =>
      parseMarkdown(text)
        .children.flatMap((block) => (block.type === 'paragraph' ? block.children : []))
        .flatMap((node) => (node.type === 'link' ? [node.url] : []))
    expect(links('See www.example.com, https://example.com/a and a@b.co.')).toEqual([
      'http://www.example.com',
      'https://example.com/a',
      'mailto:a@b.co',
    ])
    expect(links('Nothing to link here: example.com, a at b.')).toEqual([])
  })

  it('are looked for only where the text may hold one: the tree is the same', () => {
    fc.assert(
      fc.property(nearlyLinks, (text) => {
        expect(parseWhole(text)).toStrictEqual(parseWhole(text, true))
      }),
      { numRuns: 2000 },
    )
    // Not vacuous: where there is a literal link, looking for it matters, and the
    // generated texts do hold some.
    expect(parseWhole('Mail a@b.co', false)).not.toStrictEqual(parseWhole('Mail a@b.co', true))
    expect(literalLinksIn('ask @bob or R&D')).toEqual({ emails: false, urls: false })
    expect(literalLinksIn('a@b.co')).toEqual({ emails: true, urls: false })
    expect(literalLinksIn('see [x](https://x.org)')).toEqual({ emails: false, urls: true })
    expect(literalLinksIn('a&#64;b.co')).toEqual({ emails: true, urls: true })
    const seedWithoutLinks = SEED_TEXT.replace(/http|www|@|&/gi, '')
    expect(parseWhole(seedWithoutLinks)).toStrictEqual(parseWhole(seedWithoutLinks, true))
    expect(parseWhole(SEED_TEXT)).toStrictEqual(parseWhole(SEED_TEXT, true))
  })
})

describe('chunked parsing', () => {
  it('gives the tree a single parse gives, positions included', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseMarkdown(text, 64).children).toEqual(parseMarkdown(text, Infinity).children)
      }),
      { numRuns: 400 },
    )
  })

  it('cuts long lists and tables and joins them again as a single parse gives them', () => {
    let joined = 0
    fc.assert(
      fc.property(listAndTableDocuments, fc.integer({ min: 8, max: 64 }), (text, size) => {
        const whole = parseMarkdown(text, Infinity).children
        expect(parseMarkdown(text, size).children).toEqual(whole)
        if (chunkCuts(text, size).some((cut) => cut.continues !== null)) joined++
      }),
      { numRuns: 1500 },
    )
    // Not vacuous: most documents were cut inside a list or table.
    expect(joined).toBeGreaterThan(500)
  })

  it('cuts a 1,000-item list and a 1,000-row table into pieces', () => {
    const list = Array.from({ length: 1000 }, (_, k) => `- [ ] item ${k} (Ann)`).join('\n')
    const table = `| Item | Owner |\n| --- | --- |\n${Array.from({ length: 1000 }, (_, k) => `| item ${k} | Ann |`).join('\n')}`
    for (const text of [`## Roadmap\n\n${list}\n`, `## Roadmap\n\n${table}\n\nAfter.\n`]) {
      const cuts = chunkCuts(text, 2048)
      expect(cuts.filter((cut) => cut.continues !== null).length).toBeGreaterThan(5)
      const tree = parseMarkdown(text)
      expect(tree.children).toEqual(parseMarkdown(text, Infinity).children)
      const block = tree.children[1]
      expect(block?.type === 'list' ? block.children.length : block?.type === 'table' ? block.children.length - 1 : 0).toBe(1000)
    }
  })

  it('cuts only where a top-level block starts after a blank line: never at list items or indented lines, never inside containers, fences or comments', () => {
    const text = recoverStructure(
      `${'### Topic: A\n\n- x\n\n  y\n\nText\n\n'.repeat(20)}:::info\n\n# Inside\n\n:::\n\n\`\`\`\n\n# Code\n\n\`\`\`\n\n# After\n`,
    ).text
    const cuts = chunkStarts(text, 16).map((start) => text.slice(start, text.indexOf('\n', start)))
    expect(cuts).toContain('Text')
    expect(cuts.some((line) => /^#{1,6} /.test(line))).toBe(true)
    for (const line of cuts) {
      expect(line).toMatch(/^(?:#{1,6} |Text$|```$)/)
      expect(['# Inside', '# Code']).not.toContain(line)
    }
  })

  it('does not cut a note with link definitions', () => {
    const text = `${'# H\n\n[x][ref]\n\n'.repeat(100)}[ref]: https://example.com\n`
    expect(chunkStarts(text, 16)).toEqual([])
  })

  it('reads the seed the same in chunks', () => {
    const text = recoverStructure(SEED_TEXT).text
    expect(chunkStarts(text, 512).length).toBeGreaterThan(5)
    expect(parseMarkdown(text, 512).children).toEqual(parseMarkdown(text, Infinity).children)
  })
})
