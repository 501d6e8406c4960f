/**
 * What is live after each stage of `plan --json` on a generated roadmap: the heap after a
 * forced collection (what the stage keeps), beside the heap before it (what V8 had let
 * grow) and the process's resident memory. In process, so the figures are the document
 * model's and the plan's own, not the CLI's peak (bench/scale-series.ts measures that).
 *
 *   node --expose-gc --import tsx bench/memory-stages.ts [--topics 100000]
 */
import { parseArgs } from 'node:util'
import { checkRoadmap } from '../src/pipeline.js'
import { NO_SETTINGS } from '../src/plan/config/empty-settings.js'
import { planRoadmapProblem } from '../src/plan/plan-roadmap.js'
import { jsonPieces } from '../src/render/json/json-pieces.js'
import { planJson } from '../src/render/json/plan-json.js'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({ options: { topics: { type: 'string', default: '100000' } } })
const topics = Number(values.topics)
const collect = (globalThis as { gc?: () => void }).gc
if (collect === undefined) throw new Error('run with node --expose-gc')

const mb = (bytes: number): string => (bytes / 1048576).toFixed(0)
const stage = (name: string): void => {
  const before = process.memoryUsage().heapUsed
  collect()
  const after = process.memoryUsage()
  console.log(`| ${name} | ${mb(before)} | **${mb(after.heapUsed)}** | ${mb(after.rss)} |`)
}

const { text } = generateRoadmap({ topics, people: Math.max(1, Math.round(topics / 20)), prerequisites: 3.1, seed: 1 })
console.log(`${topics.toLocaleString('en')} topics, a ${(text.length / 1e6).toFixed(1)} MB note\n`)
console.log('| after | heap MB | live MB | resident MB |\n|---|---|---|---|')
stage('the note is text')
const checked = checkRoadmap([{ file: 'roadmap.md', text }])
stage('read, resolve, lint')
const planned = planRoadmapProblem(checked.roadmap, { settings: NO_SETTINGS, today: '2026-12-03', seed: 1 })
stage('plan')
const json = planJson(planned.plan, checked.lint.diagnostics)
stage('plan JSON built')
let chars = 0
for (const piece of jsonPieces(json)) chars += piece.length
stage(`plan JSON written (${(chars / 1e6).toFixed(0)} MB)`)
