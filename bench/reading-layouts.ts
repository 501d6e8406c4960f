/**
 * Reading each layout Waymark reads, at 10,000 topics: the time `readSource` takes
 * (median of a few runs, in this process) beside the `### Topic:` template's at the same
 * number of topics. The target (issue 14): no layout over 1.5× the template.
 *
 *   node --import tsx bench/reading-layouts.ts [--topics 10000] [--runs 5] [--write DIR]
 *
 * `--write DIR` writes the documents instead (`DIR/<layout>.<ext>`), for timing whole
 * commands against an older build with `farm-bench --vs` (docs/benchmarks.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readSource } from '../src/read/read-source.js'

const { values } = parseArgs({
  options: { topics: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, write: { type: 'string' } },
})
const n = Number(values.topics)
const runs = Number(values.runs)

const people = ['Ana Lima', 'Bo Chen', 'Cy Diaz', 'Dee Ek', 'Ed Fox']
const who = (k: number): string => people[k % people.length] as string
const lines = (f: (k: number) => string): string => Array.from({ length: n }, (_, k) => f(k)).join('\n')

/** Each layout as a note of `n` topics, each with an owner or mentor and a size. */
const LAYOUTS: Record<string, { file: string; text: string }> = {
  'template (`### Topic:`, bold labels)': {
    file: 'template.md',
    text: lines((k) => `### Topic: Work item ${k}\n\n**Owner**: ${who(k)}\n**Estimated duration**: ${1 + (k % 8)} weeks\n`),
  },
  'idea list (plain `Mentors:` lines)': {
    file: 'ideas.md',
    text: `# Ideas\n\n${lines((k) => `### Faster builds, part ${k}\n\nMentors: ${who(k)}, ${who(k + 1)}\nProject size: 175 hours\nDifficulty: Medium\n`)}`,
  },
  'label bullets (`- Mentor(s):`)': {
    file: 'bullets.md',
    text: `# Project ideas\n\n${lines((k) => `#### Better docs, part ${k}\n\n- Description: improve part ${k}.\n- Mentor(s): ${who(k)} (@h${k})\n- Size: 350 hours\n`)}`,
  },
  'table rows (`| Feature | Owner | Estimate |`)': {
    file: 'table.md',
    text: `## Roadmap\n\n| Feature | Owner | Estimate |\n| --- | --- | --- |\n${lines((k) => `| Feature ${k} | ${who(k)} | ${1 + (k % 6)} weeks |`)}\n`,
  },
  'checklist roadmap (`- [ ] item (Name)`)': {
    file: 'checklist.md',
    text: `## Roadmap\n\n${lines((k) => `- [${k % 3 === 0 ? 'x' : ' '}] Work item ${k} (${who(k)})`)}\n`,
  },
  'tracked issues (`* Title [#N](url)`)': {
    file: 'agenda.md',
    text: `# Meeting 2027-01-12\n\n## Agenda\n\n### org/repo\n\n${lines((k) => `* Work item ${k} [#${k + 1}](https://example.org/issues/${k + 1})`)}\n`,
  },
  'timeline table (`| What | Who | When |`)': {
    file: 'timeline.md',
    text: `## Timeline\n\n| What | Who | When |\n| --- | --- | --- |\n${lines((k) => `| Event ${k} | ${who(k)} | Monday ${1 + (k % 28)}th March 2027 |`)}\n`,
  },
  'CSV export': {
    file: 'sheet.csv',
    text: `Project,Mentor 1,Mentor 2,Size\n${lines((k) => `Project ${k},${who(k)},${who(k + 2)},175 hours`)}\n`,
  },
  'reStructuredText (sections, field lists)': {
    file: 'ideas.rst',
    text: `Ideas\n=====\n\n${lines((k) => `Smaller images, part ${k}\n-------------------------\n\n:Mentors: ${who(k)}\n:Project size: 175 hours\n:Difficulty: Medium\n`)}`,
  },
}

if (values.write !== undefined) {
  mkdirSync(values.write, { recursive: true })
  for (const source of Object.values(LAYOUTS)) writeFileSync(join(values.write, source.file), source.text)
  process.exit(0)
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const rows: { name: string; kb: number; topics: number; ms: number }[] = []
for (const [name, source] of Object.entries(LAYOUTS)) {
  readSource(source) // warm-up: the first run compiles the reader
  const times: number[] = []
  let topics = 0
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    topics = readSource(source).topics.length
    times.push(performance.now() - t0)
  }
  rows.push({ name, kb: Math.round(source.text.length / 1024), topics, ms: median(times) })
}
const base = rows[0]?.ms ?? 1
console.log(`| layout (${n.toLocaleString('en')} topics) | size | topics read | read (ms, median of ${runs}) | × template |`)
console.log('|---|---|---|---|---|')
for (const r of rows)
  console.log(`| ${r.name} | ${r.kb} KB | ${r.topics.toLocaleString('en')} | ${r.ms.toFixed(0)} | ${(r.ms / base).toFixed(2)} |`)
