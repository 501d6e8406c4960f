/**
 * Names in people fields are placed at their first character in the file as written:
 * on continuation lines (indented, in list items), after markup, escapes and character
 * references, in flattened notes, after a byte-order mark. Fuzz defects 4 and 5.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NameMention, TopicDraft } from '../../src/model/document.js'
import { readDocument } from '../../src/read/read-document.js'

const read = (text: string) => readDocument({ file: 'n.md', text })
const people = (t: TopicDraft | undefined): NameMention[] =>
  t === undefined ? [] : [...t.authors, ...t.owners, ...t.team, ...t.techLeads]
const at = (m: NameMention): string => [m.text, m.place.line, m.place.column].join(':')

/** The text of `source` from a place on (lines split as the reader splits them). */
function textAt(source: string, place: { line: number; column: number }): string | undefined {
  return source.split(/\r\n|\r|\n/)[place.line - 1]?.slice(place.column - 1)
}

describe('name places', () => {
  it('places names on an indented continuation line and the line after it', () => {
    const document = read('### Topic: A\n\n**Owner**:\n  Alex and\nBo Chen\n')
    expect(people(document.topics[0]).map(at)).toEqual(['Alex:4:3', 'Bo Chen:5:1'])
  })

  it('places names after an indented first value line (the shrunk fuzz case)', () => {
    const document = read('## Topic\n### )\n**Assignee**\n |\nand S')
    expect(people(document.topics[0]).map(at)).toEqual(['|:4:2', 'S:5:5'])
  })

  it('keeps every name of a flattened one-line note on its line', () => {
    const text = '--- # Topic:n **Proposed by**r and Alex Chen - - - #'
    const names = people(read(text).topics[0])
    expect(names.length).toBeGreaterThan(1)
    for (const n of names) {
      expect(n.place.line).toBe(1)
      expect(textAt(text, n.place)?.startsWith(n.text)).toBe(true)
    }
  })

  it('places names after markup, escapes and character references', () => {
    const text = '### Topic: A\n\n**Team**: *Alex* \\& [Bo Chen](#x) &amp; `Cy` and Dee\n'
    expect(people(read(text).topics[0]).map(at)).toEqual(['Alex:3:12', 'Bo Chen:3:22', 'Cy:3:42', 'Dee:3:50'])
  })

  it('places names after literal links (whose text nodes have no position); an e-mail address is no name', () => {
    const text = '### Topic: A\n\n**Team**: www.x.org and a@b.co, Bo\n  and Cy\n'
    expect(people(read(text).topics[0]).map(at)).toEqual(['www.x.org:3:11', 'Bo:3:33', 'Cy:4:7'])
  })

  it('places names in list items and their continuation lines', () => {
    const text = '### Topic: A\n\n**Team**:\n\n- Alex,\n  Bo Chen\n  - Cy\n'
    expect(people(read(text).topics[0]).map(at)).toEqual(['Alex:5:3', 'Bo Chen:6:3', 'Cy:7:5'])
  })

  it('places after a byte-order mark point into the text as given (micromark drops the mark)', () => {
    const text = '\uFEFF### Topic: A\n**Owner**: Alex\n'
    const [topic] = read(text).topics
    expect(people(topic).map(at)).toEqual(['Alex:2:12'])
    expect(topic?.place).toMatchObject({ line: 1, column: 2 })
  })

  it('separates names at a hard line break', () => {
    const text = '### Topic: A\n\n**Owner**:\n\n- Alex  \n  Bo\\\n  Cy\n'
    expect(people(read(text).topics[0]).map(at)).toEqual(['Alex:5:3', 'Bo:6:3', 'Cy:7:3'])
  })
})

/** Names, written plainly or wrapped in markup that leaves their first word whole. */
const name = fc.constantFrom(
  'Alex',
  'Bo Chen',
  'Marc Rittinghaus',
  'Иван Петров',
  'Zoë',
  '@octocat',
  'Ana-Maria',
  '李雷',
  'www.x.org',
  'a@b.co',
)
const wrapped = fc
  .tuple(name, fc.constantFrom('', '*', '**', '_', '~~', '`', '['))
  .map(([n, w]) => (w === '[' ? `[${n}](#x)` : `${w}${n}${w.split('').reverse().join('')}`))
const separator = fc.constantFrom(
  ', ',
  ' and ',
  ' & ',
  '; ',
  ' / ',
  ' \\& ',
  ' &amp; ',
  '\n',
  ' \n',
  '  \n',
  '\n  ',
  '\n    ',
  ',\n\t',
)
const value = fc
  .tuple(wrapped, fc.array(fc.tuple(separator, wrapped), { maxLength: 4 }))
  .map(([first, rest]) => first + rest.map(([s, n]) => s + n).join(''))
const label = fc.constantFrom(
  '**Owner**:',
  '**Owner:**',
  '**Team**',
  '**Authors**:',
  '**Tech lead**:',
  '- **Owner**:',
  '* **Team**:',
)
/** Where the value goes: on the label's line, the next line (indented or not), a paragraph or list below. */
const layout = fc.constantFrom(' ', '\n', '\n  ', '\n\n', '\n\n- ', '\n\n  ', '\n\n> ')
const field = fc.tuple(label, layout, value).map(([l, s, v]) => `${l}${s}${s.endsWith('- ') ? v.replace(/\n/g, '\n  ') : v}`)
const topic = fc
  .tuple(
    fc.constantFrom('### Topic: A', '## Topic: B', '### Topic: C (alias c) [upcoming]'),
    fc.array(field, { minLength: 1, maxLength: 3 }),
  )
  .map(([heading, fields]) => `${heading}\n\n${fields.join('\n\n')}\n`)
/** Notes as written, with Windows line endings, with a byte-order mark, or flattened onto one line. */
const note = fc
  .tuple(fc.array(topic, { minLength: 1, maxLength: 3 }), fc.constantFrom('as is', 'crlf', 'bom', 'flattened'))
  .map(([topics, how]) => {
    const text = topics.join('\n')
    if (how === 'crlf') return text.replace(/\n/g, '\r\n')
    if (how === 'bom') return `\uFEFF${text}`
    if (how === 'flattened') return text.replace(/\s*\n\s*/g, ' ')
    return text
  })

describe('name places, generated', () => {
  it('every name’s place points at the name’s text in the file', () => {
    fc.assert(
      fc.property(note, (text) => {
        for (const topic of read(text).topics)
          for (const n of people(topic)) {
            // Markup may stand inside a name (`Owner**: Alex` in a list item): left out of the comparison.
            const firstWord = n.text.split(/\s/)[0] as string
            const there = textAt(text, n.place)?.replace(/[*_~`[\]]/g, '')
            expect(there?.startsWith(firstWord), `${n.text} at ${n.place.line}:${n.place.column}`).toBe(true)
          }
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 300) },
    )
  })
})
