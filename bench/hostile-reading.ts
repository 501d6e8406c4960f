/**
 * Hostile shapes for the reader (issue 12): deep nesting and crowded inline marks, each
 * timed as the whole command `waymark lint FILE --format json` (process start to exit,
 * best of a few runs), with the `deep-nesting` warnings it gave. Target: each under 2 s.
 *
 *   node --import tsx bench/hostile-reading.ts [--runs 3]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Number(values.runs)

const indented = (depth: number): string => {
  const lines: string[] = []
  for (let k = 0; k < depth; k++) lines.push(`${'  '.repeat(k)}- item ${k}`)
  return `${lines.join('\n')}\n`
}
const inField = (body: string): string => `### Topic: Deep\n\n**Notes**:\n\n${body}\n`

/** A case: its name, its text, and the file kind it is read as (Markdown unless named). */
const CASES: [string, () => string, string?][] = [
  ["'- ' x 2,000 + 'x' (4 KB)", () => inField(`${'- '.repeat(2000)}x`)],
  ["'> ' x 2,000 + 'x' (4 KB)", () => inField(`${'> '.repeat(2000)}x`)],
  ["'- ' x 10,000 + 'x' (20 KB)", () => `${'- '.repeat(10_000)}x`],
  ['list indented 1,000 deep (1 MB)', () => indented(1000)],
  ['list indented 1,500 deep (2.2 MB)', () => indented(1500)],
  ['list indented 3,000 deep (9 MB)', () => indented(3000)],
  ["'- a / - b / - c' nested x 8,000 (141 KB)", () => '- a\n  - b\n    - c\n'.repeat(8000)],
  ["':::info' x 3,000, then ':::' x 3,000 (33 KB)", () => inField(`${':::info\n'.repeat(3000)}x\n${':::\n'.repeat(3000)}`)],
  ["'> :::note' x 3,000 (30 KB)", () => inField('> :::note\n'.repeat(3000))],
  ["'*a* _b_ ' x 16,000, one paragraph (125 KB)", () => '*a* _b_ '.repeat(16_000)],
  ["'_*' x 16,000 nested emphasis (63 KB)", () => `${'_*'.repeat(16_000)}x${'*_'.repeat(16_000)}`],
  ["'![' x 16,000 nested images (94 KB)", () => `${'!['.repeat(16_000)}x${'](u)'.repeat(16_000)}`],
  // Long runs in field values, headings and action items (fuzz campaign 13 and the audit after it).
  ["an owner of '<div>' x 20,000 (100 KB)", () => `### Topic: X\n\n**Owner**: ${'<div>'.repeat(20_000)}\n`],
  ['an owner with 100,000 spaces inside', () => `### Topic: X\n\n**Owner**: a${' '.repeat(100_000)}b\n`],
  ["an owner with '.' x 100,000 inside", () => `### Topic: X\n\n**Owner**: a${'.'.repeat(100_000)}b\n`],
  [
    "a prerequisite with ';' x 100,000 inside",
    () => `### Topic: X\n\n**Prerequisites**:\n\n- a${';'.repeat(100_000)}b\n\n### Topic: Y\n`,
  ],
  ['a heading with 100,000 spaces before its tag', () => `### Topic: X${' '.repeat(100_000)}y [t]\n`],
  ["an action item 'AB, ' x 40, no colon", () => `## Action items\n\n- ${'AB, '.repeat(40)}x\n`],
  ["an action item 'done' + 100,000 spaces + 'x'", () => `## Action items\n\n- RD: done${' '.repeat(100_000)}x\n`],
  // The readers of issue 14: dates, assignments, HTML tables, reStructuredText, CSV.
  ['a 1 MB list item of dates and assignments', () => `- Tim to ${'May 3rd - June 4th 2024-01-01 to will '.repeat(28_000)}\n`],
  ["a 1 MB line of '1 '", () => `- ${'1 '.repeat(500_000)}\n`],
  [
    'an HTML table of 20,000 rows (0.8 MB)',
    () => `<table>\n<tr><td>What</td><td>JAN</td></tr>\n${'<tr><td>X</td><td>3</td></tr>\n'.repeat(20_000)}</table>\n`,
  ],
  ['an RST line of inline markup (1 MB)', () => `Title\n=====\n\n${'``a`` `b <c>`_ :r:`d` '.repeat(45_000)}\n`, 'rst'],
  [
    'an RST grid table of 20,000 rows (0.4 MB)',
    () => `+---+---+\n| a | b |\n+===+===+\n${'| x | y |\n+---+---+\n'.repeat(20_000)}`,
    'rst',
  ],
  ["an RST file of '.. c' x 100,000", () => '.. c\n'.repeat(100_000), 'rst'],
  [
    'a CSV of 100,000 rows (2.6 MB)',
    () => `Project,Mentor 1,Size\n${Array.from({ length: 100_000 }, (_, k) => `P${k},Ana Lima,175 hours`).join('\n')}\n`,
    'csv',
  ],
]

const dir = mkdtempSync(join(tmpdir(), 'waymark-hostile-'))
try {
  const bin = join(import.meta.dirname, '../bin/waymark.js')
  console.log('| input | size | lint (best of %d) | deep-nesting warnings |', runs)
  console.log('|---|---|---|---|')
  for (const [name, make, kind = 'md'] of CASES) {
    const text = make()
    const file = join(dir, `note.${kind}`)
    writeFileSync(file, text)
    let best = Infinity
    let warnings = 0
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now()
      const result = spawnSync(process.execPath, [bin, 'lint', file, '--format', 'json', '--max-size', '20MB'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
      best = Math.min(best, (performance.now() - t0) / 1000)
      if (result.status !== 0 && result.status !== 1) throw new Error(`${name}: exit ${result.status}: ${result.stderr}`)
      const report = JSON.parse(result.stdout) as { diagnostics: { ruleId: string }[] }
      warnings = report.diagnostics.filter((d) => d.ruleId === 'deep-nesting').length
    }
    console.log(`| ${name} | ${(text.length / 1024).toFixed(0)} KB | ${best.toFixed(2)} s | ${warnings} |`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
