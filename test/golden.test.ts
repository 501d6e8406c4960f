/**
 * Golden files: every example and fixture note ↔ what Waymark reads from it (parse JSON),
 * the lint report, and the formatted note. Regenerate with `npm run test:update`
 * (UPDATE_GOLDEN=1) and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkRoadmap } from '../src/pipeline.js'
import { renderHuman } from '../src/render/diagnostics/human.js'
import { roadmapJson } from '../src/render/json/roadmap-json.js'
import { formatNote } from '../src/render/markdown/format-note.js'
import { PLAIN } from '../src/render/terminal/style.js'
import { ROOT } from './helpers.js'

const UPDATE = process.env['UPDATE_GOLDEN'] === '1'
const isMarkdown = (name: string): boolean => /\.md$/.test(name)

/** A golden case: a name and the files (relative to the root) that make its roadmap. */
interface Case {
  readonly name: string
  readonly files: readonly string[]
}

function cases(): Case[] {
  const out: Case[] = []
  for (const f of readdirSync(join(ROOT, 'examples')).filter(isMarkdown).sort())
    out.push({ name: `examples/${f.replace(/\.md$/, '')}`, files: [`examples/${f}`] })
  const fixtures = 'test/fixtures/read'
  for (const entry of readdirSync(join(ROOT, fixtures)).sort()) {
    const path = `${fixtures}/${entry}`
    if (statSync(join(ROOT, path)).isDirectory()) {
      const files = readdirSync(join(ROOT, path))
        .filter(isMarkdown)
        .sort()
        .map((f) => `${path}/${f}`)
      out.push({ name: `read/${entry}`, files })
    } else if (isMarkdown(entry)) out.push({ name: `read/${entry.replace(/\.md$/, '')}`, files: [path] })
  }
  return out
}

function compare(goldenPath: string, actual: string): void {
  const path = join(ROOT, 'test/golden', goldenPath)
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
  }
  expect(existsSync(path), `${goldenPath} is missing; run \`npm run test:update\` and review it`).toBe(true)
  expect(actual, `${goldenPath} differs; run \`npm run test:update\` if the change is intended`).toBe(readFileSync(path, 'utf8'))
}

describe.each(cases())('$name', ({ name, files }) => {
  const sources = files.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }))
  const { roadmap, lint } = checkRoadmap(sources)

  it('parses to the expected JSON', () => {
    compare(`${name}.parse.json`, `${JSON.stringify({ ...roadmapJson(roadmap, lint.diagnostics), todo: lint.todo }, null, 2)}\n`)
  })

  it('lints to the expected report', () => {
    compare(`${name}.lint.txt`, renderHuman(lint, roadmap, { style: PLAIN }))
  })

  it.runIf(sources.length === 1)('formats to the expected note', () => {
    compare(`${name}.fmt.md`, formatNote((sources[0] as { text: string }).text))
  })
})
