import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkStarts, parseMarkdown, parseWhole } from '../../src/read/markdown.js'
import { parsePlainMarkdown } from '../../src/read/plain-markdown.js'
import { recoverStructure } from '../../src/read/structure/recover.js'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { SEED_TEXT } from '../helpers.js'
import { markdownDocuments } from '../support/markdown-documents.js'

/** What micromark and mdast make of `text`, as the reader parses a chunk without literal links. */
const micromark = (text: string): unknown => parseWhole(text).children

/** The start of a line: block markers, near-markers, indentation and plain starts. */
const lineStart = fc.constantFrom(
  '',
  '',
  '',
  '# ',
  '### ',
  '###  ',
  '####### ',
  '#',
  '- ',
  '- ',
  '- ',
  '-',
  '---',
  '***',
  '* ',
  '+ ',
  '1. ',
  '1.5 ',
  '2) ',
  '2024 ',
  '  ',
  ' ',
  '    ',
  '> ',
  '**',
  '(',
  '"',
  'é',
  '\u00a0',
  '=',
  '===',
  ':::',
  '- **',
  '- 1. ',
  '- - ',
  '- # ',
  '- [ ] ',
  '- [x] ',
  '* [ ] ',
  '* ',
  '* * *',
  '* **',
  '- [X] ',
  '- [y] ',
  '- [ ]',
  '- [] ',
  '| ',
  '|',
  '|-|',
  '| --- |',
  '| :-: | --: |',
  '| a | b |',
  '|| ',
)

/** Inline pieces: words, strong marks in every neighbourhood, punctuation, Unicode, other syntax. */
const piece = fc.constantFrom(
  'word',
  'Topic:',
  'Ana Berg',
  ' ',
  ' ',
  '  ',
  '**',
  '**',
  '**',
  '**Owner**',
  '**Owner**:',
  '**Owner:**',
  '**Prerequisites / dependencies**',
  '*',
  '***',
  '(',
  ')',
  ':',
  ',',
  '.',
  ';',
  '!',
  '?',
  '"',
  "'",
  'a',
  '1',
  'é',
  'ß',
  '🎉',
  '—',
  '#',
  ' #',
  '-',
  ' - ',
  '+',
  '=',
  '>',
  '_',
  '\t',
  '[x]',
  '`',
  '\\',
  '<b>',
  '|',
  ' |',
  ' | ',
  '||',
  '[',
  ']',
  '[#12](https://example.org/issues/12)',
  '[docs](/x)',
  '[a b](u)',
  '![img](u)',
  '[ x](u)',
  '[x ](u)',
  '[x](u v)',
  '[x](a(b))',
  '[x]',
  '[^1]',
  '](u)',
  '(',
  'https://x.org',
  '~',
  '\u00a0',
)

const line = fc.tuple(lineStart, fc.array(piece, { maxLength: 8 })).map(([start, pieces]) => start + pieces.join(''))

/** Small notes of such lines, with blank lines now and then. */
const notes = fc.array(line, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'))

/** Notes made only of what is plain, so that the reader's own tree is compared often. */
const plainBlock = fc.oneof(
  fc.constantFrom(
    '---',
    '### Topic: Storage Rework 1',
    '## Proposals',
    '- Storage Rework 1\n- **Owner**: Ana',
    'a\nb',
    '- [ ] open task (Ana)\n- [x] done task',
    '* Archive the old site [#1307](https://example.org/issues/1307)\n* [Docs](/docs) (Bo)',
    '- a\n* b',
    '* [x] task [link](u)',
    '| Feature | Owner |\n| --- | :-: |\n| Faster builds | Ana Berg |\n| **Docs** | |',
    '| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |',
    '| a |\n| - |',
    '| a | b |\n| - |\n| 1 | 2 |',
  ),
  fc
    .tuple(
      fc.array(fc.constantFrom('word', '**strong**', '1.5', 'x:', '(y)', '', ' ', '- z', '# h', '*', '**a'), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.integer({ min: 1, max: 4 }),
    )
    .map(([cells, rows]) => {
      const row = `| ${cells.join(' | ')} |`
      return [row, `|${cells.map(() => ' --- ').join('|')}|`, ...Array(rows).fill(row)].join('\n')
    }),
  fc
    .tuple(
      fc.constantFrom('', '- ', '# ', '### ', '**Owner**: '),
      fc.array(fc.constantFrom('word', '**strong**', '(**x**)', '**a:**', 'é', '1.5', 'x.', 'y:', '**z**,'), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom(' ', ' ', '\n'),
    )
    .map(([start, pieces, between]) => start + pieces.join(between)),
)
const plainNotes = fc
  .array(fc.tuple(plainBlock, fc.constantFrom('\n', '\n\n', '\n\n')), { minLength: 1, maxLength: 20 })
  .map((blocks) => blocks.map(([block, gap]) => block + gap).join(''))

describe('plain Markdown', () => {
  it('gives the tree micromark gives whenever it reads a text, positions included', () => {
    let read = 0
    fc.assert(
      fc.property(fc.oneof(notes, plainNotes), (text) => {
        const nodes = parsePlainMarkdown(text, 0, 0)
        if (nodes === null) return
        read++
        expect(nodes).toStrictEqual(micromark(text))
      }),
      { numRuns: 3000 },
    )
    // Not vacuous: many generated notes (tables and task lists among them) are read without micromark.
    expect(read).toBeGreaterThan(150)
  })

  it('positions nodes in the whole text: offsets and lines shifted, columns kept', () => {
    const text = '### Topic: A\n\n**Owner**: Ana\n\n- one\n- **two**\n'
    const shifted = parsePlainMarkdown(text, 1000, 40) as unknown as { position: { start: object } }[]
    expect(shifted[0]?.position.start).toEqual({ line: 41, column: 1, offset: 1000 })
    expect(shifted[2]?.position.start).toEqual({ line: 45, column: 1, offset: 1030 })
  })

  it('reads tables, task lists, `*` lists and links itself', () => {
    for (const text of [
      '## Roadmap\n\n| Feature | Owner | Estimate |\n| --- | :-- | --: |\n| Faster builds | Ana Berg | 2 weeks |\n| **Docs** | | |\n',
      '| a |\n| :-: |\n\n- [ ] open (Ana)\n- [x] done\n- [X] **Owner**: Bo\n',
      '### org/repo\n\n* Work item 1 [#2](https://example.org/issues/2)\n* [#3](u) and [docs](/d)\n',
    ]) {
      const nodes = parsePlainMarkdown(text, 0, 0)
      expect(nodes, text).not.toBeNull()
      expect(nodes).toStrictEqual(micromark(text))
    }
  })

  it('leaves everything else to micromark', () => {
    for (const text of [
      '---\ntitle: x\n---\n',
      'a *b* c',
      'a **b*',
      'a**b**',
      '**a** b**c**d',
      'x\n---',
      'x\n===',
      'para\n- item',
      '- a\n\n- b',
      '- a\nlazy',
      '  indented',
      'trailing  ',
      '## closed ##',
      '1. ordered',
      ':::info\n\n:::',
      'a `code` b',
      'a [link](<x>)',
      'a ![image](x)',
      'a [x][ref]',
      '**a [b](c)**',
      'a\\*b',
      'a &amp; b',
      'a | b\n--|--',
      'tab\there',
      '| a | b |\n| - |',
      '| a |\nnot a row',
      '| a |',
      '- [ ]',
      '- [y] x',
      'a [x] b',
    ])
      expect(parsePlainMarkdown(text, 0, 0), text).toBeNull()
  })

  it('reads every chunk of a generated roadmap but its front matter, and those of the seed and generated notes as micromark does', () => {
    const roadmap = recoverStructure(generateRoadmap({ topics: 300, people: 40, prerequisites: 3, seed: 1 }).text).text
    const starts = chunkStarts(roadmap, 2048)
    const chunks = [0, ...starts].map((start, k) => roadmap.slice(start, starts[k] ?? roadmap.length))
    expect(chunks.filter((chunk) => parsePlainMarkdown(chunk, 0, 0) === null)).toHaveLength(1)
    for (const chunk of chunks.slice(1)) expect(parsePlainMarkdown(chunk, 0, 0)).toStrictEqual(micromark(chunk))
    expect(parseMarkdown(roadmap).children).toStrictEqual(parseMarkdown(roadmap, Infinity).children)
    const seed = recoverStructure(SEED_TEXT).text
    expect(parseMarkdown(seed, 256).children).toEqual(parseMarkdown(seed, Infinity).children)
    fc.assert(
      fc.property(markdownDocuments, (text) => {
        expect(parseMarkdown(text, 64).children).toEqual(parseMarkdown(text, Infinity).children)
      }),
      { numRuns: 200 },
    )
  })
})
