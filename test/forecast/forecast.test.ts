/**
 * The forecast, statistically, with fixed seeds: percentiles match the distributions
 * they come from, zero spread gives back the plan, queues make topics later, and the
 * numbers do not depend on how many threads computed them.
 */
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { parallelSampleRunner } from '../../src/cli/node/parallel-samples.js'
import { durationDistribution, durationQuantile } from '../../src/forecast/duration-distribution.js'
import { forecastRoadmap, percentile } from '../../src/forecast/forecast-roadmap.js'
import { runSamplesHere } from '../../src/forecast/sample-runner.js'
import type { ForecastSettings, PlanSettings } from '../../src/model/settings.js'
import { planRoadmapProblem } from '../../src/plan/plan-roadmap.js'
import { SEED_FILE, SEED_TEXT, check } from '../helpers.js'
import { TODAY } from '../support/planned.js'

// Worker threads run the built script, as the executable does (`npm test` builds first).
const WORKER = new URL('../../dist/cli/node/forecast-worker.js', import.meta.url)

const note = (topics: string): string => `---\ntitle: Test roadmap\ndate: 2024-01-05\n---\n\n${topics}`
const topic = (title: string, fields: Record<string, string>): string =>
  `### Topic: ${title}\n\n${Object.entries(fields)
    .map(([k, v]) => `**${k}**: ${v}\n\n`)
    .join('')}---\n\n`

function plan(text: string, settings: Partial<PlanSettings> = {}) {
  const { roadmap } = check({ 'notes.md': text })
  return planRoadmapProblem(roadmap, { settings: { holidays: [], people: {}, ...settings }, today: TODAY })
}

async function forecast(text: string, samples: number, options: { seed?: number; settings?: ForecastSettings } = {}) {
  const planned = plan(text, options.settings ? { forecast: options.settings } : {})
  const f = await forecastRoadmap(planned, {
    samples,
    seed: options.seed ?? 7,
    runner: runSamplesHere,
    ...(options.settings ? { settings: options.settings } : {}),
  })
  return { planned, f }
}

/** Within 3 % and one working day (durations are whole days). */
const near = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(0.03 * expected + 1)
}

describe('one topic', () => {
  it.each([
    ['a single estimate of 8 weeks', '8 weeks'],
    ['a range of 4 - 8 weeks', '4 - 8 weeks'],
    ['a range of 3 - 12 months', '3 - 12 months'],
  ])('%s: P50, P85 and P95 are the distribution’s quantiles', async (_, estimate) => {
    const { planned, f } = await forecast(note(topic('Only', { Owner: 'Ana Lima', 'Estimated duration': estimate })), 4000)
    const d = durationDistribution(planned.problem.activities[0] as (typeof planned.problem.activities)[number], {
      spread: 0.5,
      assumedSpread: 1,
    })
    expect(d.kind).toBe('lognormal')
    near(f.finish.days.p50, durationQuantile(d, 0.5))
    near(f.finish.days.p85, durationQuantile(d, 0.85))
    near(f.finish.days.p95, durationQuantile(d, 0.95))
    expect(f.topics[0]?.criticality).toBe(1)
  })

  it('reads a range as its 10th and 90th percentiles, a single estimate as the median', () => {
    const activity = (estimate: string) =>
      plan(note(topic('Only', { Owner: 'Ana Lima', 'Estimated duration': estimate }))).problem.activities[0] as Parameters<
        typeof durationDistribution
      >[0]
    const spreads = { spread: 0.5, assumedSpread: 1 }
    const range = durationDistribution(activity('4 - 8 weeks'), spreads)
    expect(durationQuantile(range, 0.1)).toBeCloseTo(20, 6)
    expect(durationQuantile(range, 0.9)).toBeCloseTo(40, 6)
    const single = durationDistribution(activity('10 weeks'), spreads)
    expect(durationQuantile(single, 0.5)).toBeCloseTo(50, 6)
    expect(durationQuantile(single, 0.9)).toBeCloseTo(75, 6)
    const assumed = durationDistribution(activity('TODO months'), spreads)
    expect(durationQuantile(assumed, 0.9) / durationQuantile(assumed, 0.5)).toBeCloseTo(2, 6)
    expect(durationDistribution(activity('0 days'), spreads)).toEqual({ kind: 'fixed', days: 0 })
  })
})

describe('the whole roadmap', () => {
  it('with zero spread, is the plan', async () => {
    const { text } = generateRoadmap({ topics: 60, people: 12, prerequisites: 1.5, seed: 5 })
    const { planned, f } = await forecast(text, 50, { settings: { spread: 0, assumedSpread: 0 } })
    expect(f.finish.p50).toBe(planned.plan.finish)
    expect(f.finish.p95).toBe(planned.plan.finish)
    expect(f.planned.probability).toBe(1)
    const byId = new Map(planned.plan.topics.map((t) => [t.id, t]))
    for (const t of f.topics) {
      expect(t.p50).toBe(byId.get(t.id)?.finish)
      expect(t.p85).toBe(byId.get(t.id)?.finish)
      expect(t.criticality).toBe(byId.get(t.id)?.critical ? 1 : 0)
    }
  })

  it('queues two topics behind one owner: later than with two owners', async () => {
    const one = await forecast(
      note(topic('A', { Owner: 'Ana Lima', Estimate: '4 weeks' }) + topic('B', { Owner: 'Ana Lima', Estimate: '4 weeks' })),
      2000,
    )
    const two = await forecast(
      note(topic('A', { Owner: 'Ana Lima', Estimate: '4 weeks' }) + topic('B', { Owner: 'Bo Chen', Estimate: '4 weeks' })),
      2000,
    )
    expect(one.f.finish.days.p50).toBeGreaterThan(two.f.finish.days.p50 + 15)
    expect(one.f.finish.days.p85).toBeGreaterThan(two.f.finish.days.p85)
    // One after the other, both are always critical; side by side, each only when it is the longer.
    expect(one.f.topics.map((t) => t.criticality)).toEqual([1, 1])
    for (const t of two.f.topics) expect(t.criticality).toBeGreaterThan(0.4)
    for (const t of two.f.topics) expect(t.criticality).toBeLessThan(0.6)
  })

  it('ranks the long chain, not the short side topic, as what drives the risk', async () => {
    const text = note(
      topic('First', { Owner: 'Ana Lima', Estimate: '2 months' }) +
        topic('Second', { Owner: 'Ana Lima', Estimate: '2 months', Prerequisites: '[[First]]' }) +
        topic('Side', { Owner: 'Bo Chen', Estimate: '1 week' }),
    )
    const { f } = await forecast(text, 1000)
    expect([...f.drivers].sort()).toEqual(['first', 'second'])
    expect(f.topics.find((t) => t.id === 'side')?.criticality).toBe(0)
    expect(Math.abs(f.topics.find((t) => t.id === 'side')?.sensitivity ?? 1)).toBeLessThan(0.1)
  })

  it('gives the chance of meeting the deadline', async () => {
    const text = (deadline: string): string =>
      `---\ntitle: Test roadmap\ndate: 2024-01-05\nwaymark:\n  deadline: ${deadline}\n---\n\n${topic('Only', { Owner: 'Ana Lima', Estimate: '8 weeks' })}`
    const settings = (deadline: string): Partial<PlanSettings> => ({ deadline })
    const run = async (deadline: string) =>
      forecastRoadmap(plan(text(deadline), settings(deadline)), { samples: 2000, seed: 3, runner: runSamplesHere })
    expect((await run('2030-01-01')).deadline?.probability).toBe(1)
    expect((await run('2024-01-08')).deadline?.probability).toBe(0)
    // The median finish: about half the samples.
    const median = await run('2024-03-01')
    expect(median.deadline?.probability).toBeGreaterThan(0.35)
    expect(median.deadline?.probability).toBeLessThan(0.65)
  })

  it('is the same for the same seed, and differs for another', async () => {
    const a = await forecast(SEED_TEXT, 300, { seed: 11 })
    const b = await forecast(SEED_TEXT, 300, { seed: 11 })
    const c = await forecast(SEED_TEXT, 300, { seed: 12 })
    expect(b.f).toEqual(a.f)
    expect(c.f.topics.map((t) => t.p85)).not.toEqual(a.f.topics.map((t) => t.p85))
  })
})

describe('threads', () => {
  it('gives identical results on this thread, one worker and two workers', async () => {
    const planned = planRoadmapProblem(check({ [SEED_FILE]: SEED_TEXT }).roadmap, {
      settings: { holidays: [], people: {} },
      today: TODAY,
    })
    // 5,000 samples of 24 topics: enough work for the runner to start its workers.
    const options = { samples: 5000, seed: 42 }
    const here = await forecastRoadmap(planned, { ...options, runner: runSamplesHere })
    const one = await forecastRoadmap(planned, { ...options, runner: parallelSampleRunner(WORKER, 1) })
    const progress: number[] = []
    const two = await forecastRoadmap(planned, {
      ...options,
      runner: parallelSampleRunner(WORKER, 2),
      onProgress: (done) => progress.push(done),
    })
    expect(one).toEqual(here)
    expect(two).toEqual(here)
    expect(progress.at(-1)).toBe(5000)
    expect(progress.length).toBeGreaterThan(2)
  })

  it('stops when aborted', async () => {
    const planned = planRoadmapProblem(check({ [SEED_FILE]: SEED_TEXT }).roadmap, {
      settings: { holidays: [], people: {} },
      today: TODAY,
    })
    const controller = new AbortController()
    const run = forecastRoadmap(planned, {
      samples: 200_000,
      seed: 1,
      runner: parallelSampleRunner(WORKER, 2),
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('stop')),
    })
    await expect(run).rejects.toThrow('stop')
  })

  it('computes on this thread what a failing worker cannot', async () => {
    const planned = planRoadmapProblem(check({ [SEED_FILE]: SEED_TEXT }).roadmap, {
      settings: { holidays: [], people: {} },
      today: TODAY,
    })
    const broken = new URL(`data:text/javascript,${encodeURIComponent("throw new Error('broken worker')")}`)
    const options = { samples: 5000, seed: 9 }
    const here = await forecastRoadmap(planned, { ...options, runner: runSamplesHere })
    expect(await forecastRoadmap(planned, { ...options, runner: parallelSampleRunner(broken, 2) })).toEqual(here)
  })
})

describe('percentile', () => {
  it('is the nearest rank', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(percentile(sorted, 0.5)).toBe(5)
    expect(percentile(sorted, 0.85)).toBe(9)
    expect(percentile(sorted, 0.95)).toBe(10)
    expect(percentile([], 0.5)).toBe(0)
  })
})
