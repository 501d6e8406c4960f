/**
 * Scale: a generated roadmap of 10,000 topics, about 30,000 prerequisites and 500 people,
 * planned with the default budget. Reports the planning stage (the roadmap already read:
 * problem, optimiser, analysis) and the whole command (`waymark plan --json`, process
 * start to exit), best of a few runs.
 *
 *   node --import tsx bench/scale.ts [--topics 10000] [--people 500] [--prerequisites 3.1] [--runs 3]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { planRoadmap } from '../src/plan/plan-roadmap.js'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '10000' },
    people: { type: 'string', default: '500' },
    prerequisites: { type: 'string', default: '3.1' },
    runs: { type: 'string', default: '3' },
  },
})
const topics = Number(values.topics)
const runs = Number(values.runs)
const { text, dependencies } = generateRoadmap({
  topics,
  people: Number(values.people),
  prerequisites: Number(values.prerequisites),
  seed: 1,
})
const dir = mkdtempSync(join(tmpdir(), 'waymark-scale-'))
try {
  const file = join(dir, 'roadmap.md')
  writeFileSync(file, text)

  let t0 = performance.now()
  const { roadmap, settings: settingsRead } = checkRoadmap([{ file, text }])
  const read = (performance.now() - t0) / 1000
  const links = roadmap.topics.reduce((n, t) => n + t.prerequisites.filter((p) => p.topic !== null).length, 0)
  const settings = settingsRead.plan
  let planning = Infinity
  let plan = planRoadmap(roadmap, { settings, today: '2026-11-26' })
  for (let r = 0; r < runs; r++) {
    t0 = performance.now()
    plan = planRoadmap(roadmap, { settings, today: '2026-11-26' })
    planning = Math.min(planning, (performance.now() - t0) / 1000)
  }

  let command = Infinity
  for (let r = 0; r < runs; r++) {
    t0 = performance.now()
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '../bin/waymark.js'), 'plan', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    })
    command = Math.min(command, (performance.now() - t0) / 1000)
    if (result.status !== 0) throw new Error(result.stderr)
  }
  console.log(
    '| topics | prerequisites written | linked | people | budget | makespan (days) | lower bound | read s | plan s | whole command s |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  console.log(
    `| ${roadmap.topics.length} | ${dependencies} | ${links} | ${roadmap.people.length} | ${plan.optimiser.budget} | ${plan.makespanDays} | ${plan.lowerBoundDays} | ${read.toFixed(2)} | ${planning.toFixed(2)} | ${command.toFixed(2)} |`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
