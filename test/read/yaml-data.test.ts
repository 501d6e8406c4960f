/** YAML that cannot be read — alias bombs, deep nesting, bad syntax — is a diagnostic, never an exception. */
import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/read/read-document.js'
import { yamlData } from '../../src/read/yaml-data.js'
import { cli, MemoryFileSystem, messageOf } from '../helpers.js'

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n')
const readParse = (text: string): { code: number; stdout: string } => {
  const document = readDocument({ file: 'n.md', text })
  return { code: 0, stdout: JSON.stringify(document) }
}
const NOTE = '# Plan\n\n### Topic: One\n\n**Owner**: Ada Lovelace\n\n**Estimated duration**: 1 week\n'

describe('yamlData', () => {
  it('refuses an alias bomb, deep nesting and bad syntax with a reason', () => {
    const cases: [string, RegExp][] = [
      [BOMB, /more than 100 aliases/],
      [`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, /./],
      ['a: [1, 2', /./],
    ]
    for (const [text, reason] of cases) {
      const read = yamlData(text)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.reason).toMatch(reason)
    }
  })
})

describe('front matter and waymark.yaml past the alias limit', () => {
  it('is a front-matter-invalid warning in the note', () => {
    const document = readDocument({ file: 'n.md', text: `---\n${BOMB}\n---\n${NOTE}` })
    const invalid = document.diagnostics.filter((d) => d.ruleId === 'front-matter-invalid')
    expect(invalid.map((d) => messageOf(d))).toEqual([
      'The front matter is not valid YAML: it expands more than 100 aliases (a YAML alias bomb?).',
    ])
    expect(document.topics).toHaveLength(1)
  })

  it('is a settings-not-yaml error of the settings file, and the plan goes on', async () => {
    const fs = new MemoryFileSystem({ 'notes/n.md': NOTE, 'notes/waymark.yaml': BOMB })
    const { code, stdout, stderr } = await cli(['plan', 'notes/n.md', '--json'], fs)
    expect(stderr).not.toContain('internal error')
    expect(code).toBe(0)
    const plan = JSON.parse(stdout) as { diagnostics: { ruleId: string; message: string }[] }
    expect(plan.diagnostics.some((d) => d.ruleId === 'settings-not-yaml' && d.message.includes('alias bomb'))).toBe(true)
  })
})

describe('YAML data that cannot be printed or trusted', () => {
  it('makes `!!omap` and `!!set` plain, numbers too large kept as text inside them (fuzz campaign 12)', () => {
    const read = yamlData(
      'people: !!omap [ Alex: { capacity: 1e309 } ]\ntags: !!set { a, b }\nx: &x !!set { c }\nboth: [*x, *x]\n',
    )
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.data).toEqual({ people: { Alex: { capacity: 'Infinity' } }, tags: ['a', 'b'], x: ['c'], both: [['c'], ['c']] })
    const data = read.data as { x: unknown; both: unknown[] }
    expect(data.both[0]).toBe(data.x)
  })

  it('refuses a map that contains itself (a merge key of its own anchor)', () => {
    const read = yamlData('&b\n<<: *b\n')
    expect(read).toMatchObject({ ok: false, reason: 'it contains itself (an alias inside its own anchor)' })
    const { code, stdout } = readParse('---\n&b\n<<: *b\n---\n# Plan\n')
    expect(code).toBe(0)
    expect(() => JSON.parse(stdout) as unknown).not.toThrow()
  })

  it('keeps numbers too large to be numbers as text, so no setting takes them and no JSON shows null', () => {
    const read = yamlData('hours-per-day: 1e309\nspread: -1e999\n')
    expect(read).toMatchObject({ ok: true, data: { 'hours-per-day': 'Infinity', spread: '-Infinity' } })
  })

  it('says nothing on the process’s stderr for a collection used as a key', async () => {
    const warnings: unknown[] = []
    const listener = (w: unknown): void => void warnings.push(w)
    process.on('warning', listener)
    try {
      expect(yamlData('? [a, b]\n: c\n').ok).toBe(true)
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setTimeout(resolve, 10))
    } finally {
      process.off('warning', listener)
    }
    expect(warnings).toEqual([])
  })
})
