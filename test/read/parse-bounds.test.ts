/**
 * The bounds applied before parsing: deep nesting and crowded inline marks are read as
 * text with one warning, without recursion and in linear time (timed in
 * bench/hostile-reading.ts, not here); ordinary notes are parsed exactly as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consumeFromFirstEdit, originalConsume } from '../../src/read/edit-map-fix.js'
import { plainTextResolver, textResolverCalls } from '../../src/read/text-resolver-fix.js'
import { check as checkRoadmap } from '../../src/pipeline/check.js'
import { readDocument } from '../../src/read/read-document.js'
import {
  boundForParsing,
  MAX_BLOCK_NESTING,
  MAX_CONTAINER_NESTING,
  MAX_INLINE_MARKS,
  MAX_INLINE_NESTING,
} from '../../src/read/structure/parse-bounds.js'
import { parseWhole } from '../../src/read/markdown.js'
import type { Nodes } from 'mdast'
import { recoverStructure } from '../../src/read/structure/recover.js'
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import { nonWhitespace, SEED_TEXT, messageOf } from '../helpers.js'
import { markdownDocuments } from '../support/markdown-documents.js'

/** A list indented one level more on each line, `depth` lines. */
const indentedList = (depth: number): string => Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}- item ${k}\n`).join('')

/** The hostile shapes of issue 12, each inside a topic's field so the field reader walks them too. */
const HOSTILE: Record<string, string> = {
  'bullets on one line': `### Topic: Deep\n\n**Notes**:\n\n${'- '.repeat(2000)}x\n`,
  'quotes on one line': `### Topic: Deep\n\n**Notes**:\n\n${'> '.repeat(2000)}x\n`,
  'ten thousand bullets': `${'- '.repeat(10_000)}x`,
  'a list indented 300 deep': `### Topic: Deep\n\n**Notes**:\n\n${indentedList(300)}`,
  'mixed quotes and items': `### Topic: Deep\n\n**Notes**:\n\n${'> - 1. '.repeat(700)}x\n`,
}

const deepNesting = (text: string) =>
  readDocument({ file: 'deep.md', text }).diagnostics.filter((d) => d.ruleId === 'deep-nesting')

describe('nesting bound', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`reads ${name} with one warning and no crash`, () => {
      const document = readDocument({ file: 'deep.md', text })
      const warnings = document.diagnostics.filter((d) => d.ruleId === 'deep-nesting')
      expect(warnings).toHaveLength(1)
      expect(messageOf(warnings[0])).toContain(`deeper than ${MAX_BLOCK_NESTING} levels`)
      expect(warnings[0]?.place?.line).toBeGreaterThanOrEqual(1)
    })
  }

  it('keeps the deep content as text of the field', () => {
    const document = readDocument({ file: 'deep.md', text: HOSTILE['bullets on one line'] as string })
    const notes = document.topics[0]?.fields.find((f) => f.key === 'notes')
    expect(notes?.text).toContain('x')
    expect(notes?.text).toContain('- - -')
  })

  it('points the warning at the first line cut', () => {
    const text = `# Plan\n\nText.\n\n${indentedList(40)}`
    const [warning] = deepNesting(text)
    // Line 5 is `- item 0`; level 33 (k = 32) is the first one past the bound.
    expect(warning?.place?.line).toBe(5 + MAX_BLOCK_NESTING)
  })
})

/** How deep `:::` containers nest in the tree micromark gives. */
function containerDepth(text: string): number {
  let deepest = 0
  const stack: { node: Nodes; depth: number }[] = [{ node: parseWhole(text), depth: 0 }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const depth = next.depth + (next.node.type === 'containerDirective' ? 1 : 0)
    deepest = Math.max(deepest, depth)
    if ('children' in next.node) for (const child of next.node.children) stack.push({ node: child, depth })
  }
  return deepest
}

describe('container bound', () => {
  const nested = (n: number): string => `### Topic: Deep\n\n**Notes**:\n\n${':::info\n'.repeat(n)}x\n${':::\n'.repeat(n)}`

  it('reads `:::` containers past the bound as text, with one warning at the first opener cut', () => {
    const text = nested(2000)
    const warnings = deepNesting(text)
    expect(warnings).toHaveLength(1)
    expect(messageOf(warnings[0])).toContain(
      `deeper than ${MAX_CONTAINER_NESTING} levels (${2000 - MAX_CONTAINER_NESTING} openers)`,
    )
    // Line 5 is the first opener.
    expect(warnings[0]?.place?.line).toBe(5 + MAX_CONTAINER_NESTING)
    expect(containerDepth(boundForParsing(text).text)).toBe(MAX_CONTAINER_NESTING)
    expect(readDocument({ file: 'deep.md', text }).topics[0]?.fields.find((f) => f.key === 'notes')?.text).toContain(':::info')
  })

  it('leaves containers alone that micromark nests no deeper than the bound, and bounds the others (at the top level)', () => {
    const line = fc.oneof(
      fc.constantFrom(
        ':::',
        '::::',
        ':::::',
        '  :::',
        'text',
        '',
        '- item',
        '  - item',
        '>',
        '# h',
        '1. one',
        '    code',
        '```',
        '~~~',
      ),
      fc.constantFrom(
        ':::info',
        '::::warning',
        ':::::success',
        ' :::tip',
        '  :::info',
        '    :::info',
        '> :::note',
        '- :::info',
        '  - :::info',
        '> - :::info',
      ),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n')
        const depth = containerDepth(text)
        const cut = boundForParsing(text).map !== null
        const topLevel = !lines.some((l) => /^\s*(?:[-*+>]|\d+\.)\s/.test(l))
        // Top-level containers are counted exactly: cut exactly when micromark nests them
        // past the bound, and then no deeper than it.
        if (topLevel) {
          expect(cut).toBe(depth > MAX_CONTAINER_NESTING)
          if (cut) expect(containerDepth(boundForParsing(text).text)).toBeLessThanOrEqual(MAX_CONTAINER_NESTING)
        }
        // In list items and quotes the count is a reading of indentation and laziness: it
        // may cut one opener early, but only once micromark already has the bound's depth.
        else if (cut) expect(depth).toBeGreaterThanOrEqual(MAX_CONTAINER_NESTING)
      }),
      { numRuns: Number(process.env.CONTAINER_RUNS ?? 2000) },
    )
  })
})

describe('inline mark bound', () => {
  it('reads a paragraph crowded with emphasis and brackets as text past the bound, with one warning', () => {
    const text = `### Topic: Crowded\n\n**Notes**: ${'*a* _b_ [c] '.repeat(600)}end\n`
    const document = readDocument({ file: 'marks.md', text })
    const warnings = document.diagnostics.filter((d) => d.ruleId === 'deep-nesting')
    expect(warnings).toHaveLength(1)
    expect(messageOf(warnings[0])).toContain(`more than ${MAX_INLINE_MARKS.toLocaleString('en')} emphasis or link marks`)
    const notes = document.topics[0]?.fields.find((f) => f.key === 'notes')
    expect(notes?.text.endsWith('end')).toBe(true)
    // Before the bound, emphasis is markup; after it, the marks are the characters they are.
    expect(notes?.text.startsWith('a b [c] a b')).toBe(true)
    expect(notes?.text).toContain('*a* _b_ [c]')
  })

  it('sees a `:::` closer end the fence inside its container (fuzz campaign 8: 2,600 containers around fences, 9.0 s)', () => {
    const text = `${':::info\n'.repeat(3)}\`\`\`\n:::info\n:::\n${':::info\n'.repeat(6)}x\n`
    // micromark: three open, the fence and the opener in it are code, the closer ends all
    // three and the fence, then six nest: two past the bound.
    expect(boundForParsing(text).nestedContainers).toBe(2)
  })

  it('counts the marks of a `:::` line that is no directive (fuzz campaign 8: 15,000 marks after `:::inf`, 8.3 s)', () => {
    const text = `:::inf${'*_'.repeat(3000)}\n`
    const bounded = boundForParsing(text)
    expect(bounded.inlineMarks).toBeGreaterThan(0)
    expect(readDocument({ file: 'a.md', text }).diagnostics.filter((d) => d.ruleId === 'deep-nesting')).toHaveLength(1)
    // A directive's own label is counted too, and left alone under the bound.
    expect(boundForParsing(':::note[A *b* label]\ntext\n:::\n').map).toBeNull()
  })

  it('never leaves a `[` open when the bound cuts a pair (fuzz campaigns 10 and 11: 15 s and 5.7 s)', () => {
    // Unescaped `[` minus unescaped `]`, and the most ever open: what micromark pairs.
    const openBrackets = (text: string) => {
      let open = 0
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\') i++
        else if (text[i] === '[') open++
        else if (text[i] === ']') open--
      }
      return open
    }
    // A comment opener turns the stray-bracket escape off: the bound alone must keep the pairs.
    for (const text of [`*a* ${'[[A|B]] '.repeat(300)}x <!-- d\n`, `${'[a'.repeat(3000)}${'](u)'.repeat(3000)} <!-- d\n`]) {
      const bounded = boundForParsing(text).text
      expect(bounded).not.toBe(text)
      expect(openBrackets(bounded)).toBe(0)
    }
    expect(boundForParsing(`*b ${'[[A|B]] '.repeat(300)}`).text).toContain('[[A|B]] \\[[A|B]\\] \\[\\[A|B\\]\\]')
  })

  it('places what follows escapes it put into HTML, where they are text (fuzz campaign 14: a place past its line)', () => {
    const text = `### Topic: Alpha\n\n### Topic: Beta\n\n**Rationale**:\n\nNote ${'*'.repeat(300)}\n<!--${'*'.repeat(300)} tied to Alpha -->\n`
    const { roadmap } = checkRoadmap([{ file: 'a.md', text }])
    const line = text.split('\n').findIndex((l) => l.startsWith('<!--'))
    expect(roadmap.relations.map((r) => r.place)).toEqual([
      { file: 'a.md', line: line + 1, column: (text.split('\n')[line] as string).indexOf('Alpha') + 1 },
    ])
  })

  it('bounds marks open at once (nested emphasis and images)', () => {
    for (const text of [`${'_*'.repeat(500)}x${'*_'.repeat(500)}`, `${'!['.repeat(500)}x${'](u)'.repeat(500)}`])
      expect(deepNesting(text)).toHaveLength(1)
  })

  it('reads a run of more delimiters than the nesting bound as text (a run of 2n stars nests n spans)', () => {
    const text = `Say ${'*'.repeat(8000)}x${'*'.repeat(8000)} and **this** stays strong.\n`
    expect(deepNesting(text)).toHaveLength(1)
    const tree = parseWhole(boundForParsing(text).text)
    const strong = JSON.stringify(tree).match(/"type":"strong"/g) ?? []
    expect(strong).toHaveLength(1)
    expect(boundForParsing(`${'*'.repeat(MAX_INLINE_NESTING)}x${'*'.repeat(MAX_INLINE_NESTING)}`).map).toBeNull()
  })

  it('never escapes inside code spans, autolinks or top-level fences', () => {
    const crowded = '*a* '.repeat(MAX_INLINE_MARKS)
    const text = `${crowded}\`*code*\` <https://x.org/a_b_c> *z*\n\n\`\`\`\n${'*'.repeat(5000)}\n\`\`\`\n`
    const bounded = boundForParsing(text)
    expect(bounded.text).toContain('`*code*`')
    expect(bounded.text).toContain('<https://x.org/a_b_c>')
    expect(bounded.text).toContain(`\`\`\`\n${'*'.repeat(5000)}\n\`\`\``)
    expect(bounded.text).toContain('\\*z\\*')
  })

  it('starts counting again in each list item and each table row', () => {
    const list = Array.from({ length: 600 }, (_, k) => `- [link ${k}](#t${k}) and *emphasis*`).join('\n')
    const table = `| a | b |\n|---|---|\n${'| [x](#y) *z* | _w_ |\n'.repeat(600)}`
    const ordered = Array.from({ length: 600 }, (_, k) => `${k + 1}. [link](#t) *e*`).join('\n')
    for (const text of [list, table, ordered]) expect(boundForParsing(text).map).toBeNull()
  })
})

describe('bounds on ordinary notes', () => {
  it('change nothing in the seed or in generated notes', () => {
    expect(boundForParsing(recoverStructure(SEED_TEXT).text).map).toBeNull()
    fc.assert(
      fc.property(markdownDocuments, (text) => {
        expect(boundForParsing(text).map).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('only insert backslashes and drop indentation: every other character is kept, in order', () => {
    const piece = fc.constantFrom('- ', '> ', '  ', '\t', '* ', '1. ', '*', '_', '[', ']', '![', '`', 'x', ' word ', '\n', '\n\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 3000 }), (pieces) => {
        const text = pieces.join('')
        const bounded = boundForParsing(text)
        expect(nonWhitespace(bounded.text).replaceAll('\\', '')).toBe(nonWhitespace(text).replaceAll('\\', ''))
        // Every offset maps back into the text given.
        const map = bounded.map
        if (map !== null)
          for (let k = 0; k <= bounded.text.length; k += 97) expect(map.toOriginal(k)).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe("micromark's edit map, made linear", () => {
  it('gives the events the original gives, for any edits', () => {
    const edit = fc.record({ at: fc.nat(40), remove: fc.nat(5), add: fc.array(fc.nat(99), { maxLength: 4 }) })
    fc.assert(
      fc.property(
        fc.array(fc.nat(99), { maxLength: 40 }),
        fc.uniqueArray(edit, { selector: (e) => e.at, maxLength: 6 }),
        (items, edits) => {
          const asEvents = (list: readonly number[]): Event[] => list as unknown as Event[]
          const run = (consume: (this: EditMap, events: Event[]) => undefined): Event[] => {
            const events = asEvents([...items])
            const map = new EditMap()
            // Edits past the end or overlapping are the caller's mistake in micromark too; keep them apart.
            let last = -1
            for (const e of [...edits].sort((a, b) => a.at - b.at)) {
              if (e.at <= last || e.at > events.length) continue
              const remove = Math.min(e.remove, events.length - e.at)
              map.add(e.at, remove, asEvents(e.add))
              last = e.at + remove
            }
            consume.call(map, events)
            return events
          }
          expect(run(consumeFromFirstEdit)).toEqual(run(originalConsume))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('is the one micromark uses', () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit)
  })
})

describe("micromark's text merging, made linear", () => {
  it('is in place on the micromark the Markdown reader uses', async () => {
    // Under a loader that keeps imported modules apart from required ones, the imported one is patched a turn later.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const before = textResolverCalls()
    parseWhole('Some *text* and more.\n')
    expect(textResolverCalls()).toBeGreaterThan(before)
    expect(plainTextResolver?.original).toBeTypeOf('function')
  })

  it('gives the events the original gives, for any runs of data and other tokens', () => {
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset, _index: 0, _bufferIndex: offset })
    fc.assert(
      fc.property(fc.array(fc.constantFrom('data', 'data', 'emphasis', 'characterEscape'), { maxLength: 40 }), (types) => {
        const events = (): Event[] =>
          types.flatMap((type, k) => {
            const token = { type, start: point(k), end: point(k + 1) } as unknown as Event[1]
            return [['enter', token, {}] as unknown as Event, ['exit', token, {}] as unknown as Event]
          })
        const context = {} as Parameters<NonNullable<typeof plainTextResolver>>[1]
        const fixed = (plainTextResolver as NonNullable<typeof plainTextResolver>)(events(), context)
        const original = (plainTextResolver?.original as NonNullable<typeof plainTextResolver>)(events(), context)
        expect(fixed).toEqual(original)
      }),
      { numRuns: 500 },
    )
  })
})

describe('stray brackets', () => {
  const tree = (text: string, bounded: boolean) => {
    const strip = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(strip)
        : typeof node === 'object' && node !== null
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([k]) => k !== 'position')
                .map(([k, v]) => [k, strip(v)]),
            )
          : node
    return strip(parseWhole(bounded ? boundForParsing(text).text : text, true))
  }

  it('are escaped when their paragraph goes on long after them, and the tree stays the same', () => {
    const text = `See [the plan and https://example.org ${'word '.repeat(200)}\n\nNext [paragraph](https://example.org).\n`
    const bounded = boundForParsing(text)
    expect(bounded.text.startsWith('See \\[the plan')).toBe(true)
    expect(bounded.inlineMarks).toBe(0)
    expect(tree(text, true)).toEqual(tree(text, false))
    expect(readDocument({ file: 'a.md', text }).diagnostics.filter((d) => d.ruleId === 'deep-nesting')).toEqual([])
  })

  it('are left alone when the paragraph ends soon after them, or when they close', () => {
    expect(boundForParsing(`See [the plan ${'word '.repeat(40)}\n`).map).toBeNull()
    expect(boundForParsing(`See [the plan ${'word '.repeat(150)}] done\n`).map).toBeNull()
  })

  it('are escaped past a backtick its line leaves open, but not inside a code span that runs across lines', () => {
    // Fuzz campaign 6: one lone backtick kept every stray bracket of a 76 KB paragraph (1.6 s to read).
    const lone = `A lone \` here\nthen [a stray ${'word '.repeat(100)}\nand ${'word '.repeat(100)}\n`
    expect(boundForParsing(lone).text).toContain('then \\[a stray')
    expect(tree(lone, true)).toEqual(tree(lone, false))
    const crossing = `Code \`runs on\nacross [lines ${'word '.repeat(100)}\` and [here ${'word '.repeat(100)}\n`
    const bounded = boundForParsing(crossing).text
    expect(bounded).toContain('across [lines')
    expect(bounded).toContain('and \\[here')
    expect(tree(crossing, true)).toEqual(tree(crossing, false))
  })

  it('are escaped when only a `]` far on closes them and no link can follow, and the tree stays the same', () => {
    // Fuzz campaign 7: an ANSI `\u001b[31m` was closed 40 KB later by a lone `]` (1.8 s to read).
    // It was inside `**…**`, whose end the scan took to close the brackets inside it.
    const far = `Log **\u001b[31m red** ${'word https://example.org '.repeat(60)}] and ${'word '.repeat(60)}\n`
    const bounded = boundForParsing(far).text
    expect(bounded).toContain('\u001b\\[31m')
    expect(bounded).toContain('] and')
    expect(tree(far, true)).toEqual(tree(far, false))
    // A link, a full reference, or a short label: left as it is.
    const long = 'word '.repeat(250)
    for (const text of [
      `[${long}](https://example.org) x\n`,
      `[${long}][r] x\n\n[r]: https://example.org\n`,
      `[r] ${long}\n\n[r]: u\n`,
    ])
      expect(boundForParsing(text).map).toBeNull()
    // Inside another bracket the outer one may still open a link: left as it is.
    expect(boundForParsing(`[a [${long}] b](u) x\n`).map).toBeNull()
  })

  it('are escaped past what only looks like a tag (fuzz campaign 9: `<b ## x>` kept a 70 KB paragraph unbounded)', () => {
    const text = `Para <b ## x> [open ${'word '.repeat(80)}\n`
    expect(boundForParsing(text).text).toContain('\\[open')
    expect(tree(text, true)).toEqual(tree(text, false))
  })

  it('are never escaped where they may be code or HTML, and a backslash in a code span is code', () => {
    const words = 'word '.repeat(80)
    for (const text of [
      `Para\n\n    code [x ${words}\n`,
      `- item\n\n  ~~~\n  [x ${words}\n  ~~~\n`,
      `- a\n\n      code [x ${words}\n`,
      `<div>\n[x ${words}\n</div>\n`,
      `Para\n<!-- [x\n\n${words}\n-->\n`,
      `Para <span title="[x"> ${words}\n`,
      `Para <span\ntitle="[x"> ${words}\n`,
      `A \`[\\\` span ${words}\n`,
    ]) {
      expect(boundForParsing(text).map).toBeNull()
      expect(tree(text, true)).toEqual(tree(text, false))
    }
  })

  it('read as micromark reads them unescaped, whatever surrounds them', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '![',
      '](u)',
      '][r]',
      '**',
      '\n    ',
      '\n<div>',
      '\n<a>\n',
      '<!--',
      '-->',
      '\n~~~\n',
      '\n  ```\n',
      '# ',
      '\n===\n',
      '\n\n[r]: u\n\n',
      'word '.repeat(210),
      '`',
      '``',
      '\\',
      '<a>',
      '*',
      'word '.repeat(60),
      ' x ',
      '\n',
      '\n\n',
      '- ',
      '| a |',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        if (boundForParsing(text).inlineMarks === 0 && boundForParsing(text).nestedLines === 0)
          expect(tree(text, true)).toEqual(tree(text, false))
      }),
      { numRuns: 500 },
    )
  })
})
