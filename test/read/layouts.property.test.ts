/**
 * Properties of the layouts of issue 14 over generated documents: idea lists written in
 * any of the field forms, bullet roadmaps and CSV exports. The reader never throws, reads
 * one topic per generated item with its mentors and size, and places every topic inside
 * the file.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../src/read/read-source.js'

const word = fc.constantFrom('cache', 'graph', 'plugin', 'docs', 'export', 'search', 'build', 'lint', 'queue', 'index')
const title = fc.array(word, { minLength: 2, maxLength: 4 }).map((ws) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()))
const person = fc.constantFrom('Ana Pérez', 'Bo Chen', 'Chen Wei', 'Dara Okafor', 'Eli Novak')
const hours = fc.constantFrom(90, 175, 350)

/** One idea in one of the field forms a real list uses. */
const idea = fc.record({ title, mentors: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }), hours, form: fc.nat(3) })

function ideaText(i: { title: string; mentors: string[]; hours: number; form: number }, k: number): string {
  const mentors = i.mentors.join(', ')
  const heading = `## ${i.title} ${k}`
  switch (i.form) {
    case 0:
      return `${heading}\n\nSome prose about it.\n\nMentors: ${mentors}\nProject size: ${i.hours} hours\nDifficulty: Medium\n`
    case 1:
      return `${heading}\n\n**Project size**\n\n${i.hours} hours.\n\n**Difficulty**\n\nHard.\n\n**Mentor**\n\n${i.mentors.map((m) => `- ${m}`).join('\n')}\n`
    case 2:
      return `${heading}\n\n- **Mentor(s)**: ${mentors}\n- Size: ${i.hours}h\n- Difficulty: easy\n`
    default:
      return `${heading}\n\n| Key | Value |\n|---|---|\n| Mentors | ${mentors} |\n| Expected time commitment | Medium project – ${i.hours} hours |\n`
  }
}

describe('layouts (generated)', () => {
  it('an idea list in mixed field forms gives each idea, its mentors and its size', () => {
    fc.assert(
      fc.property(fc.array(idea, { minLength: 1, maxLength: 8 }), (ideas) => {
        const text = `# Ideas\n\n${ideas.map(ideaText).join('\n')}`
        const { topics } = readSource({ file: 'ideas.md', text })
        expect(topics.map((t) => t.title)).toEqual(ideas.map((i, k) => `${i.title} ${k}`))
        topics.forEach((t, k) => {
          const i = ideas[k] as (typeof ideas)[number]
          expect(t.mentors.map((m) => m.text)).toEqual(i.mentors)
          expect(t.estimate).toMatchObject({ kind: 'estimate', low: Math.ceil(i.hours / 8) })
        })
      }),
      { numRuns: 150 },
    )
  })

  it('a checklist roadmap gives each unstruck item, done when checked', () => {
    const item = fc.record({ title, checked: fc.boolean(), struck: fc.boolean() })
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 10 }), (items) => {
        const lines = items.map((i, k) => {
          const t = `${i.title} ${k}`
          return `- [${i.checked ? 'x' : ' '}] ${i.struck ? `~~${t}~~` : `${t}. More words here.`}`
        })
        const { topics } = readSource({ file: 'roadmap.md', text: `# Roadmap\n\n## Next\n\n${lines.join('\n')}\n` })
        const kept = items.map((i, k) => ({ ...i, t: `${i.title} ${k}` })).filter((i) => !i.struck)
        expect(topics.map((t) => t.title)).toEqual(kept.map((i) => i.t))
        topics.forEach((t, k) => expect(t.status?.state === 'done').toBe((kept[k] as { checked: boolean }).checked))
      }),
      { numRuns: 150 },
    )
  })

  it('a CSV export of any cells never throws, and every topic is at a line of the file', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), title, person, fc.constantFrom('"', '""', ',', '\n', '\r\n'))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const text = ['Title,Mentor 1,Mentor 2,Status', ...rows.map((r) => r.join(','))].join('\n')
        const lineCount = text.split(/\r\n|\r|\n/).length
        const { topics } = readSource({ file: 'sheet.csv', text })
        for (const t of topics) expect(t.place.line).toBeLessThanOrEqual(lineCount)
      }),
      { numRuns: 200 },
    )
  })
})
