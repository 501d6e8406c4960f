/** docs/library.md's example runs as written, against the built package (imported by its name, as a user would). */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { ROOT } from './helpers.js'

const DOC = readFileSync(join(ROOT, 'docs', 'library.md'), 'utf8')
const DIR = join(ROOT, 'test-output', 'library')

/** The first ```ts block after "## A complete example". */
function example(): string {
  const section = DOC.slice(DOC.indexOf('## A complete example'))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (match?.[1] === undefined) throw new Error('docs/library.md has no ```ts example')
  return match[1]
}

describe('docs/library.md', () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }))

  it('runs its complete example, in memory, and prints the plan it promises', async () => {
    mkdirSync(DIR, { recursive: true })
    // An .mjs beside the package imports `waymark` by name (the package's self-reference, dist/ built by `npm test`).
    const file = join(DIR, 'example.mjs')
    writeFileSync(file, example())
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')))
    try {
      await import(pathToFileURL(file).href)
    } finally {
      log.mockRestore()
    }
    const out = lines.join('\n')
    expect(out).toContain('Plan for “Tools meeting”: 2 topics from 2026-11-06')
    // Ana at half time: 15 working days of work take 30; the docs wait for them and skip the holidays.
    expect(out).toMatch(/^Debugger support +Ana Lima +2026-11-06 +2026-12-17 +30 /m)
    expect(out).toMatch(/^Debugger docs +Bo Chen +2026-12-18 +2027-01-04 +5 /m)
    expect(out).toMatch(/^finish 2027-01-04$/m)
    expect(out).toMatch(/^P85 \d{4}-\d{2}-\d{2}$/m)
    expect(out).toContain('Debugger docs :crit, t2, 2026-12-18, 2027-01-05')
  })
})
