/**
 * Bidirectional formatting characters from a note ("Trojan Source": U+202E reorders what
 * is read after it) are shown as visible `\uXXXX` in every output, never passed on.
 */
import { describe, expect, it } from 'vitest'
import { cli, MemoryFileSystem } from '../helpers.js'

const NOTE = [
  '---',
  'title: "Plan \u202eTXT.exe\u202c"',
  'date: 2024-01-05',
  '---',
  '',
  '### Topic: Safe \u202eevil\u202c loader',
  '',
  '**Owner**: Ada \u2066Lovelace\u2069',
  '',
  '**Estimated duration**: 2 weeks',
  '',
  '### Topic: Shell \u200fafter',
  '',
  '**Owner**: Alan Turing',
  '',
  '**Prerequisites**: Safe \u202eevil\u202c loader',
  '',
].join('\n')

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('bidirectional controls', () => {
  const outputs: [string, string[]][] = [
    ['Mermaid Gantt', ['gantt', 'n.md']],
    ['Mermaid flowchart', ['graph', 'n.md']],
    ['Graphviz DOT', ['graph', 'n.md', '--format', 'dot']],
    ['ROADMAP.md', ['report', 'n.md', '--samples', '20']],
    ['CSV', ['export', '--format', 'csv', 'n.md']],
    ['iCalendar', ['export', '--format', 'ics', 'n.md']],
    ['the terminal plan', ['plan', 'n.md']],
  ]
  for (const [name, args] of outputs) {
    it(`are shown, not passed on, in ${name}`, async () => {
      const { code, stdout } = await cli(args, new MemoryFileSystem({ 'n.md': NOTE }))
      expect(code).toBe(0)
      expect(stdout).not.toMatch(BIDI)
      // Shown as `\u202e` (a flowchart writes its backslash as the code `#92;`, drawn as `\`).
      expect(stdout).toMatch(/(?:\\|#92;)u202e/i)
    })
  }

  it('are shown, not passed on, in the page and its data', async () => {
    const fs = new MemoryFileSystem({ 'n.md': NOTE })
    const { code } = await cli(['site', 'n.md', '--samples', '20', '-o', 'site'], fs)
    expect(code).toBe(0)
    for (const file of ['site/index.html', 'site/roadmap.json']) {
      expect(fs.text(file)).not.toMatch(BIDI)
      expect(fs.text(file)).toMatch(/\\\\u202e|\\u202e/)
    }
  })
})
