/**
 * Properties over generated input (fast-check): the reader never throws, whatever the
 * text; `fmt` loses no word and is idempotent; positions stay inside the file.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { LineIndex } from '../src/read/line-index.js'
import { recoverStructure } from '../src/read/structure/recover.js'
import { formatNote } from '../src/render/markdown/format-note.js'
import { nonWhitespace } from './helpers.js'

/** Pieces notes are made of, markers first. */
const piece = fc.oneof(
  fc.constantFrom(
    '### Topic:',
    '## ',
    '# ',
    '#### ',
    '---',
    '***',
    ':::info',
    ':::',
    '```',
    '```mermaid',
    '~~~',
    '`',
    '``',
    '[toc]',
    '**Owner**:',
    '**Owner(s)**:',
    '**Author**',
    '**Estimated duration**:',
    '**Prerequisites / dependencies**',
    '**Notes**',
    '**Rationale for topic relevance**',
    '**Summary of objectives**',
    '**all**',
    '**Unknown thing**:',
    '**`**:',
    '**a `b` c**:',
    '**Other**',
    '`e`',
    '- ',
    '* ',
    '+ ',
    '1. ',
    '- [ ] ',
    '- [x] ',
    'RD:',
    'Everyone:',
    'TODO',
    'TODO months',
    'N/A',
    'N/A (reason)',
    '[Please fill in here]',
    '4 - 8 weeks',
    '6 months',
    '2w',
    '(',
    ')',
    '[',
    ']',
    '[[Alpha]]',
    '#alpha',
    '> ',
    '|',
    '<b>',
    '</script>',
    '\\',
    '*',
    '_',
    '~',
    ':',
    'Alpha',
    'Beta Gamma',
    'Marc Rittinghaus',
    'Marc',
    'x86',
    'Q1 2023',
    '2023-01-01',
    '--- title: "T" tags: a, b ---',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
)
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  \n', '\r\n', '\t', '', '\n   ')
const noteLike = fc.array(fc.tuple(piece, separator), { maxLength: 60 }).map((parts) => parts.map(([p, s]) => p + s).join(''))
/** Notes, sometimes flattened the way chat and web pages flatten them. */
const note = fc.oneof(
  noteLike,
  noteLike.map((t) => t.replace(/\s+/g, ' ')),
)
const anyText = fc.string({ unit: 'binary', maxLength: 400 })
/**
 * One flattened line of labels, markers and code spans, some labels with a backtick
 * inside (`**`**:`): a recovered line must pair its backticks as the line it came from
 * did, or fmt splits again what it left together (fuzz defect 10).
 */
const codePiece = fc.constantFrom(
  '**`**:',
  '**a `b` c**:',
  '**Other**',
  '`e`',
  '`',
  '``',
  '---',
  ':::',
  '## x',
  'x',
  '**i**:',
  '- ',
)
const codeLine = fc
  .tuple(fc.constantFrom('**`**:', '**a `b` c**:', '**Other** `e`', 'x'), fc.array(codePiece, { minLength: 4, maxLength: 24 }))
  .map(([first, parts]) => [first, ...parts].join(' '))

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) }

describe('the reader', () => {
  it('never throws, and every place is inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(note, anyText), (text) => {
        const { roadmap, lint } = checkRoadmap([{ file: 'f.md', text }])
        const lines = new LineIndex(text).lineCount
        for (const d of lint.diagnostics) {
          if (!d.place) continue
          expect(d.place.line).toBeGreaterThanOrEqual(1)
          expect(d.place.line).toBeLessThanOrEqual(lines)
          expect(d.place.column).toBeGreaterThanOrEqual(1)
        }
        for (const t of roadmap.topics) expect(t.place.line).toBeLessThanOrEqual(lines)
      }),
      runs,
    )
  })
})

/** Every `{ file, line, column }` reachable from `root`, each object once. */
function placesIn(root: unknown): { line: number; column: number }[] {
  const places: { line: number; column: number }[] = []
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    const o = value as Record<string, unknown>
    if (typeof o['file'] === 'string' && typeof o['line'] === 'number' && typeof o['column'] === 'number')
      places.push({ line: o['line'], column: o['column'] })
    for (const v of Object.values(o)) stack.push(v)
  }
  return places
}

describe('places', () => {
  it('every place of the checked roadmap (topics, fields, items, names, relations, diagnostics) is inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(note, anyText, codeLine), (text) => {
        const lengths = text.split(/\r\n|\r|\n/).map((line) => line.length)
        for (const { line, column } of placesIn(checkRoadmap([{ file: 'f.md', text }]))) {
          expect(line).toBeGreaterThanOrEqual(1)
          expect(line).toBeLessThanOrEqual(lengths.length)
          expect(column).toBeGreaterThanOrEqual(1)
          expect(column).toBeLessThanOrEqual((lengths[line - 1] as number) + 1)
        }
      }),
      runs,
    )
  })
})

describe('fmt', () => {
  it('loses no word: every non-whitespace character, in order', () => {
    fc.assert(
      fc.property(fc.oneof(note, anyText, codeLine), (text) => {
        expect(nonWhitespace(formatNote(text))).toBe(nonWhitespace(text))
      }),
      runs,
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(note, anyText), (text) => {
        const once = formatNote(text)
        expect(formatNote(once)).toBe(once)
      }),
      runs,
    )
  })

  it('is idempotent on flattened lines of labels and code spans', () => {
    fc.assert(
      fc.property(codeLine, (text) => {
        const once = formatNote(text)
        expect(formatNote(once)).toBe(once)
      }),
      runs,
    )
  })

  it('writes a `---` split off a flattened first line so that it cannot open front matter the next time', () => {
    const lead = fc.constantFrom('--- # o :::', '---- ## Proposals', '--- **Owner**: x')
    const rest = fc.array(fc.constantFrom('~~~', '---', '...', 'i', '', 'title: x', '```'), { maxLength: 6 })
    fc.assert(
      fc.property(lead, rest, (first, lines) => {
        const text = [first, ...lines].join('\n')
        const once = formatNote(text)
        expect(formatNote(once)).toBe(once)
        expect(nonWhitespace(once)).toBe(nonWhitespace(text))
      }),
      runs,
    )
  })

  it('maps every kept character back to itself in the original', () => {
    fc.assert(
      fc.property(note, (text) => {
        const { text: out, map } = recoverStructure(text)
        for (let i = 0; i < out.length; i++) if (!/\s/.test(out[i] as string)) expect(text[map.toOriginal(i)]).toBe(out[i])
      }),
      runs,
    )
  })

  it('does not change what is read', () => {
    fc.assert(
      fc.property(note, (text) => {
        const titles = (t: string) =>
          checkRoadmap([{ file: 'f.md', text: t }]).roadmap.topics.map((x) => [x.title, x.owners, x.estimate?.kind])
        expect(titles(formatNote(text))).toEqual(titles(text))
      }),
      runs,
    )
  })
})
