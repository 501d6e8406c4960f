/**
 * forecast: a planned roadmap → when it and each topic finish with 50, 85 and 95 %
 * confidence, how likely the deadline is met, which topics are critical how often and
 * which drive the risk. The samples come from a runner (this thread or workers); the
 * rest is pure arithmetic on them.
 */
import { Temporal } from 'temporal-polyfill'
import type { Forecast, HistogramBin, TopicForecast } from '../model/forecast.js'
import type { PlannedProblem } from '../plan/plan-roadmap.js'
import type { ForecastSettings } from '../plan/config/plan-settings.js'
import { DEFAULT_SPREADS, durationDistribution } from './duration-distribution.js'
import type { ForecastModel, SampleBlock } from './monte-carlo.js'
import type { RunOptions, SampleRunner } from './sample-runner.js'

/** The default number of samples. */
export const DEFAULT_SAMPLES = 1000

/** At most this many sampled topic-durations are kept (samples × topics): about 40 MB of them. */
export const MAX_SAMPLED_VALUES = 10_000_000

/** Options of a forecast. */
export interface ForecastOptions extends RunOptions {
  readonly samples: number
  readonly seed: number
  readonly settings?: ForecastSettings
  readonly runner: SampleRunner
}

/** The model the samples re-decode: the plan's problem, its best list, every topic's distribution. */
export function forecastModel(planned: PlannedProblem, settings: ForecastSettings = {}): ForecastModel {
  const spreads = {
    spread: settings.spread ?? DEFAULT_SPREADS.spread,
    assumedSpread: settings.assumedSpread ?? DEFAULT_SPREADS.assumedSpread,
  }
  const rp = planned.problem
  return {
    problem: rp.problem,
    resources: rp.resources,
    list: planned.list,
    distributions: rp.activities.map((a) => durationDistribution(a, spreads)),
  }
}

/** Forecasts a planned roadmap. */
export async function forecastRoadmap(planned: PlannedProblem, options: ForecastOptions): Promise<Forecast> {
  const model = forecastModel(planned, options.settings)
  const blocks = await options.runner(model, options.seed, options.samples, options)
  return summariseForecast(planned, model, blocks, options.seed)
}

/** Turns the samples into the forecast. */
export function summariseForecast(
  planned: PlannedProblem,
  model: ForecastModel,
  blocks: readonly SampleBlock[],
  seed: number,
): Forecast {
  const { plan, problem: rp } = planned
  const { calendar } = rp
  const n = model.problem.n
  const ordered = [...blocks].sort((a, b) => a.first - b.first)
  const samples = ordered.reduce((sum, b) => sum + b.count, 0)
  const makespans = new Int32Array(samples)
  let at = 0
  for (const b of ordered) {
    makespans.set(b.makespans, at)
    at += b.count
  }
  // Per topic, its values across the samples: column `j` of every block.
  const column = (j: number, of: (b: SampleBlock) => ArrayLike<number>): Float64Array => {
    const values = new Float64Array(samples)
    let k = 0
    for (const b of ordered) {
      const data = of(b)
      for (let s = 0; s < b.count; s++) values[k++] = data[s * n + j] as number
    }
    return values
  }
  const finishRanks = ranks(makespans)
  const lastDay = (end: number, zeroLength: boolean): string => calendar.dateOf(Math.max(0, zeroLength ? end : end - 1))

  const topics: TopicForecast[] = rp.activities.map((a, j) => {
    const ends = column(j, (b) => b.ends).sort()
    const zero = model.distributions[j]?.kind === 'fixed' && a.days === 0
    let critical = 0
    for (const b of ordered) for (let s = 0; s < b.count; s++) critical += b.critical[s * n + j] as number
    return {
      id: a.topic.id,
      title: a.topic.title,
      p50: lastDay(percentile(ends, 0.5), zero),
      p85: lastDay(percentile(ends, 0.85), zero),
      criticality: samples > 0 ? critical / samples : 0,
      sensitivity: correlation(ranks(column(j, (b) => b.durations)), finishRanks),
      distribution: model.distributions[j] as TopicForecast['distribution'],
    }
  })

  const sorted = Float64Array.from(makespans).sort()
  const day = (p: number): number => percentile(sorted, p)
  const dateOfLength = (length: number): string => calendar.dateOf(Math.max(0, length - 1))
  const share = (test: (makespan: number) => boolean): number => {
    let k = 0
    for (const m of makespans) if (test(m)) k++
    return samples > 0 ? k / samples : 0
  }
  const deadline =
    plan.deadline === null
      ? null
      : {
          date: plan.deadline.date,
          source: plan.deadline.source,
          probability: share((m) => m <= calendar.periodAfter((plan.deadline as { date: string }).date)),
        }
  return {
    samples,
    seed,
    finish: {
      p50: dateOfLength(day(0.5)),
      p85: dateOfLength(day(0.85)),
      p95: dateOfLength(day(0.95)),
      days: { p50: day(0.5), p85: day(0.85), p95: day(0.95) },
    },
    planned: { finish: plan.finish, probability: share((m) => m <= plan.makespanDays) },
    deadline,
    topics,
    drivers: drivers(topics),
    histogram: histogram(sorted, dateOfLength),
  }
}

/** The `p` percentile of sorted values, by nearest rank: the smallest value with at least `p` of them at or below it. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number
}

/** Ranks (1-based, ties sharing their average rank), for Spearman's correlation. */
function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => (values[a] as number) - (values[b] as number))
  const out = new Float64Array(values.length)
  for (let k = 0; k < order.length;) {
    let end = k
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[k] as number]) end++
    const rank = (k + end) / 2 + 1
    for (let m = k; m <= end; m++) out[order[m] as number] = rank
    k = end + 1
  }
  return out
}

/** Pearson's correlation (of ranks: Spearman's); 0 when either side does not vary. */
function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length
  if (n < 2) return 0
  let mx = 0
  let my = 0
  for (let k = 0; k < n; k++) {
    mx += x[k] as number
    my += y[k] as number
  }
  mx /= n
  my /= n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let k = 0; k < n; k++) {
    const dx = (x[k] as number) - mx
    const dy = (y[k] as number) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0
}

/** The topics whose durations move the finish most (Spearman ≥ 0.1), at most five. */
function drivers(topics: readonly TopicForecast[]): string[] {
  return [...topics]
    .filter((t) => t.sensitivity >= 0.1)
    .sort((a, b) => b.sensitivity - a.sensitivity || b.criticality - a.criticality || a.title.localeCompare(b.title))
    .slice(0, 5)
    .map((t) => t.id)
}

/** Finishes by week for forecasts spread over less than three months, by month otherwise. */
function histogram(sorted: Float64Array, dateOfLength: (length: number) => string): Forecast['histogram'] {
  if (sorted.length === 0) return { unit: 'week', bins: [] }
  const first = dateOfLength(sorted[0] as number)
  const last = dateOfLength(sorted[sorted.length - 1] as number)
  const unit = monthsBetween(first, last) >= 3 ? 'month' : 'week'
  const keyOf = unit === 'month' ? (d: string): string => d.slice(0, 7) : weekStart
  const bins = new Map<string, { from: string; to: string; count: number }>()
  for (const length of sorted) {
    const date = dateOfLength(length)
    const key = keyOf(date)
    const bin = bins.get(key)
    if (bin) {
      bin.count++
      bin.to = date
    } else bins.set(key, { from: date, to: date, count: 1 })
  }
  // Empty months or weeks in between are bars of zero.
  const filled: HistogramBin[] = []
  for (let key = keyOf(first); key <= keyOf(last); key = nextKey(key, unit)) {
    const bin = bins.get(key)
    filled.push({ from: bin?.from ?? key, to: bin?.to ?? key, label: key, count: bin?.count ?? 0 })
  }
  return { unit, bins: filled }
}

function monthsBetween(a: string, b: string): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'months' }).months
}

/** The Monday of a date's week (ISO). */
function weekStart(date: string): string {
  const d = Temporal.PlainDate.from(date)
  return d.subtract({ days: d.dayOfWeek - 1 }).toString()
}

function nextKey(key: string, unit: 'week' | 'month'): string {
  return unit === 'week'
    ? Temporal.PlainDate.from(key).add({ weeks: 1 }).toString()
    : Temporal.PlainYearMonth.from(key).add({ months: 1 }).toString()
}
