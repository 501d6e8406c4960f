/**
 * Golden files: every example and fixture note ↔ what Waymark reads from it (parse JSON),
 * the lint report, and the formatted note; every example ↔ each published format (Gantt,
 * graph, DOT, ROADMAP.md, JSON, CSV, iCalendar, TaskJuggler). Regenerate with
 * `npm run test:update` (UPDATE_GOLDEN=1) and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { renderHuman } from '../src/render/diagnostics/human.js'
import { roadmapJson } from '../src/render/json/roadmap-json.js'
import { formatNote } from '../src/render/markdown/format-note.js'
import { PLAIN } from '../src/render/terminal/style.js'
import { roadmapProblem } from '../src/plan/roadmap-problem.js'
import { renderCsv } from '../src/render/csv/topics-csv.js'
import { renderDot } from '../src/render/dot/dot-graph.js'
import { dependencyGraph } from '../src/render/graph/dependency-graph.js'
import { renderCalendar } from '../src/render/ics/calendar.js'
import { exportJson } from '../src/render/json/export-json.js'
import { renderReport } from '../src/render/markdown/report.js'
import { renderFlowchart } from '../src/render/mermaid/flowchart.js'
import { renderGantt } from '../src/render/mermaid/gantt.js'
import { renderForecast } from '../src/render/terminal/forecast-report.js'
import { renderTaskJuggler } from '../src/render/tjp/taskjuggler.js'
import type { CliIO } from '../src/cli/io.js'
import { runCli } from '../src/cli/main.js'
import { nodeFileSystem } from '../src/cli/node/io.js'
import { ROOT } from './helpers.js'
import { forecastNotes, planNotes, TODAY, viewOf } from './support/planned.js'

const UPDATE = process.env['UPDATE_GOLDEN'] === '1'
const isMarkdown = (name: string): boolean => /\.md$/.test(name)
/** Inputs the reader takes besides Markdown: CSV/TSV exports and YAML metadata files. */
const isReadable = (name: string): boolean => /\.(?:md|csv|tsv|ya?ml|rst)$/.test(name)

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
    } else if (isReadable(entry)) out.push({ name: `read/${entry.replace(/\.md$/, '')}`, files: [path] })
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

  it.runIf(sources.length === 1 && isMarkdown(files[0] ?? ''))('formats to the expected note', () => {
    compare(`${name}.fmt.md`, formatNote((sources[0] as { text: string }).text))
  })
})

describe.each(cases().filter((c) => c.name.startsWith('examples/')))('$name, published', ({ name, files }) => {
  const p = planNotes(Object.fromEntries(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')])))
  const version = '0.0.0-golden'

  it('as a Mermaid Gantt chart', () => {
    compare(`${name}.gantt.mmd`, renderGantt(viewOf(p), { by: 'owner', maxRows: 50 }).join('\n'))
  })
  it('as a Mermaid dependency graph', () => {
    compare(`${name}.graph.mmd`, renderFlowchart(dependencyGraph(viewOf(p), 'owner')))
  })
  it('as a DOT graph', () => {
    compare(`${name}.graph.dot`, renderDot(dependencyGraph(viewOf(p), 'owner'), p.roadmap.meta.title ?? 'Roadmap'))
  })
  it('as ROADMAP.md', async () => {
    const command = `waymark report ${files.join(' ')} -o ROADMAP.md`
    const forecast = await forecastNotes(p)
    compare(`${name}.ROADMAP.md`, renderReport(viewOf(p, forecast), { by: 'owner', maxRows: 50, command, version }))
  })
  it('as JSON', async () => {
    const forecast = await forecastNotes(p)
    compare(`${name}.export.json`, `${JSON.stringify(exportJson(viewOf(p, forecast), version), null, 2)}\n`)
  })
  it('as a forecast', async () => {
    compare(`${name}.forecast.txt`, renderForecast(viewOf(p, await forecastNotes(p)), PLAIN))
  })
  it('as CSV', () => {
    compare(`${name}.csv`, renderCsv(viewOf(p)))
  })
  it('as iCalendar', () => {
    compare(`${name}.ics`, renderCalendar(viewOf(p), { today: TODAY, version }))
  })
  it('as a TaskJuggler project', () => {
    const rp = roadmapProblem(p.roadmap, { settings: { holidays: [], people: {} }, today: TODAY })
    compare(`${name}.tjp`, renderTaskJuggler(rp, p.roadmap.meta.title ?? 'Roadmap', { holidays: [], workdays: [1, 2, 3, 4, 5] }))
  })
})

describe('examples/unikraft-history, followed', () => {
  it('as a history and a slip chart (docs/images/slip-chart.svg)', async () => {
    let stdout = ''
    const files = new Map<string, string>()
    const io: CliIO = {
      fs: { ...nodeFileSystem, writeFile: async (path, data) => (files.set(path, data), []) },
      stdout: { write: (t) => void (stdout += t), isTTY: false },
      stderr: { write: () => undefined, isTTY: false },
      env: {},
      version: '0.0.0-golden',
      today: () => TODAY,
    }
    expect(await runCli(['history', 'examples/unikraft-history', '--svg', 'slip.svg'], io)).toBe(0)
    compare('examples/unikraft-history.history.txt', stdout)
    const chart = files.get('slip.svg') as string
    const committed = join(ROOT, 'docs/images/slip-chart.svg')
    if (UPDATE) writeFileSync(committed, chart)
    expect(chart, 'docs/images/slip-chart.svg differs; run `npm run test:update`').toBe(readFileSync(committed, 'utf8'))
  })
})
