/**
 * Forecast: 1,000 samples (by default) of a generated 1,000-topic people-constrained
 * roadmap (250 people, about 1.5 prerequisites per topic), the roadmap already read and
 * planned. Times the forecast stage on worker threads (one per core, as the executable
 * runs it) and on this thread alone, best and median of a few runs, and checks both
 * give the same forecast. Needs the build (`npm run bench:forecast` builds first).
 *
 *   node --import tsx bench/forecast.ts [--topics 1000] [--people 250] [--samples 1000] [--runs 5] [--write FILE]
 *
 * `--write FILE` also saves the roadmap, to time the whole command on it
 * (`farm-bench -- node bin/waymark.js forecast FILE --json`).
 */
import { writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { parallelSampleRunner } from '../src/cli/node/parallel-samples.js'
import { forecastRoadmap } from '../src/forecast/forecast-roadmap.js'
import { runSamplesHere, type SampleRunner } from '../src/forecast/sample-runner.js'
import type { Forecast } from '../src/model/forecast.js'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { planRoadmapProblem } from '../src/plan/plan-roadmap.js'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '1000' },
    people: { type: 'string', default: '250' },
    samples: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    write: { type: 'string' },
  },
})
const topics = Number(values.topics)
const samples = Number(values.samples)
const runs = Number(values.runs)
const { text, dependencies } = generateRoadmap({ topics, people: Number(values.people), prerequisites: 1.5, seed: 1 })
if (values.write !== undefined) writeFileSync(values.write, text)
const { roadmap } = checkRoadmap([{ file: 'roadmap.md', text }])
const planned = planRoadmapProblem(roadmap, { settings: { holidays: [], people: {} }, today: '2026-12-01' })
const worker = new URL('../dist/cli/node/forecast-worker.js', import.meta.url)

async function time(runner: SampleRunner): Promise<{ best: number; median: number; forecast: Forecast }> {
  const times: number[] = []
  let forecast: Forecast | null = null
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    forecast = await forecastRoadmap(planned, { samples, seed: 1, runner })
    times.push((performance.now() - t0) / 1000)
  }
  times.sort((a, b) => a - b)
  return { best: times[0] as number, median: times[Math.floor(times.length / 2)] as number, forecast: forecast as Forecast }
}

const cores = availableParallelism()
const parallel = await time(parallelSampleRunner(worker, cores))
const single = await time(runSamplesHere)
console.log(
  `${topics.toLocaleString('en')} topics, ${dependencies.toLocaleString('en')} prerequisites, ${samples.toLocaleString('en')} samples, ${runs} runs`,
)
console.log('| threads | best s | median s |')
console.log('|---|---|---|')
console.log(`| ${cores} workers | ${parallel.best.toFixed(2)} | ${parallel.median.toFixed(2)} |`)
console.log(`| 1 (this thread) | ${single.best.toFixed(2)} | ${single.median.toFixed(2)} |`)
console.log(`same forecast on both: ${isDeepStrictEqual(parallel.forecast, single.forecast) ? 'yes' : 'NO'}`)
console.log(
  `finish P50 ${parallel.forecast.finish.p50}, P85 ${parallel.forecast.finish.p85}, P95 ${parallel.forecast.finish.p95}`,
)
