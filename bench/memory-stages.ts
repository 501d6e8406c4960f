/**
 * What is live after each stage of `plan --json` on a generated roadmap: the heap after a
 * forced collection (what the stage keeps), beside the heap before it (what V8 had let
 * grow) and the process's resident memory. In process, so the figures are the document
 * model's and the plan's own, not the CLI's peak (bench/scale-series.ts measures that).
 *
 * With `--snapshot`, also writes a heap snapshot after each stage and prints what it holds
 * by constructor (the largest rows), to see which part of the model to make smaller.
 *
 *   node --expose-gc --import tsx bench/memory-stages.ts [--topics 100000] [--snapshot] [--rows 25]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeHeapSnapshot } from 'node:v8'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { planRoadmapProblem } from '../src/plan/plan-roadmap.js'
import { jsonPieces } from '../src/render/json/json-pieces.js'
import { planJson } from '../src/render/json/plan-json.js'
import { generateRoadmap } from './support/generate-roadmap.js'
import { summariseHeapSnapshot } from './support/heap-summary.js'

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '100000' },
    snapshot: { type: 'boolean', default: false },
    rows: { type: 'string', default: '25' },
  },
})
const topics = Number(values.topics)
const collect = (globalThis as { gc?: () => void }).gc
if (collect === undefined) throw new Error('run with node --expose-gc')

const mb = (bytes: number): string => (bytes / 1048576).toFixed(0)
const stage = (name: string): void => {
  const before = process.memoryUsage().heapUsed
  collect()
  const after = process.memoryUsage()
  console.log(`| ${name} | ${mb(before)} | **${mb(after.heapUsed)}** | ${mb(after.rss)} |`)
  if (values.snapshot) snapshots.push({ name, file: writeHeapSnapshot(join(snapshotDir, `${snapshots.length}.heapsnapshot`)) })
}
const snapshotDir = mkdtempSync(join(tmpdir(), 'waymark-heap-'))
const snapshots: { name: string; file: string }[] = []

const { text } = generateRoadmap({ topics, people: Math.max(1, Math.round(topics / 20)), prerequisites: 3.1, seed: 1 })
console.log(`${topics.toLocaleString('en')} topics, a ${(text.length / 1e6).toFixed(1)} MB note\n`)
console.log('| after | heap MB | live MB | resident MB |\n|---|---|---|---|')
stage('the note is text')
const checked = checkRoadmap([{ file: 'roadmap.md', text }])
stage('read, resolve, lint')
// Only the plan, as the CLI's `plan` keeps it (the scheduling problem is dropped once planned).
const { plan } = planRoadmapProblem(checked.roadmap, { settings: checked.settings.plan, today: '2026-12-03', seed: 1 })
stage('plan')
const json = planJson(plan, checked.lint.diagnostics)
stage('plan JSON built')
let chars = 0
for (const piece of jsonPieces(json)) chars += piece.length
stage(`plan JSON written (${(chars / 1e6).toFixed(0)} MB)`)

for (const { name, file } of snapshots) {
  const rows = summariseHeapSnapshot(file)
  const total = rows.reduce((sum, r) => sum + r.bytes, 0)
  console.log(`\n${name}: ${mb(total)} MB in the snapshot\n\n| what | count | own MB |\n|---|---|---|`)
  for (const r of rows.slice(0, Number(values.rows)))
    console.log(`| ${r.name} | ${r.count.toLocaleString('en')} | ${(r.bytes / 1048576).toFixed(1)} |`)
}
rmSync(snapshotDir, { recursive: true, force: true })
