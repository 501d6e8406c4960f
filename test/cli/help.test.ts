import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMAND_SPECS, type CommandName } from '../../src/cli/command-specs.js'
import { commandHelp, mainHelp, optionReference } from '../../src/cli/help.js'
import { cli } from '../helpers.js'

const CLI_DOC = new URL('../../docs/cli.md', import.meta.url)
const START = '<!-- options: generated from src/cli/command-specs.ts; UPDATE_GOLDEN=1 npm run test:update rewrites it -->\n'
const END = '<!-- options: end -->'
const names = Object.keys(COMMAND_SPECS) as CommandName[]

/** docs/cli.md with its option reference as the command table makes it. */
function docWithReference(doc: string): string {
  const from = doc.indexOf(START)
  const to = doc.indexOf(END)
  if (from === -1 || to === -1) throw new Error('docs/cli.md has no option reference markers')
  return `${doc.slice(0, from + START.length)}\n${optionReference()}\n${doc.slice(to)}`
}

describe('help made from the command table', () => {
  it('lists every command in `waymark --help`, and each command’s --help is its table', async () => {
    for (const name of names) expect(mainHelp()).toContain(`  ${name} `)
    for (const name of names) expect((await cli([name, '--help'])).stdout).toBe(commandHelp(name))
  })

  it.each(names)('shows every option of `%s` in its help and in docs/cli.md', (name) => {
    const help = commandHelp(name) ?? ''
    const doc = readFileSync(CLI_DOC, 'utf8')
    const section = doc.slice(doc.indexOf(`### waymark ${name}\n`)).split('\n### ')[0] ?? ''
    for (const [long, o] of Object.entries(COMMAND_SPECS[name].options)) {
      expect(help, `--${long}`).toContain(`--${long}`)
      if (o.short !== undefined) expect(help, `-${o.short}`).toContain(`-${o.short}, --${long}`)
      if (long !== 'help') expect(section, `docs/cli.md, waymark ${name}: --${long}`).toContain(`--${long}`)
    }
  })

  it('keeps the option reference of docs/cli.md as the table makes it', () => {
    const doc = readFileSync(CLI_DOC, 'utf8')
    const expected = docWithReference(doc)
    if (process.env['UPDATE_GOLDEN'] && expected !== doc) writeFileSync(CLI_DOC, expected)
    else expect(doc).toBe(expected)
  })

  it('knows only its own commands, not the names every object has', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const { code, stderr } = await cli([name, 'x.md'])
      expect(code, name).toBe(2)
      expect(stderr, name).toMatch(/^waymark: unknown command/)
    }
  })

  it('refuses an option the table does not have', async () => {
    const { code, stderr } = await cli(['lint', '--no-such-option', 'x.md'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^waymark lint: Unknown option '--no-such-option'.*See `waymark lint --help`\.$/m)
  })
})
