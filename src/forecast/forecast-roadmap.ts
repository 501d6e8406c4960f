/**
 * forecast: a planned roadmap → when it and each topic finish with 50, 85 and 95 %
 * confidence, how likely the deadline is met, which topics are critical how often and
 * which drive the risk. The samples come from a runner (this thread or workers); the
 * rest is pure arithmetic on them.
 */
import { Temporal } from 'temporal-polyfill'
import type { Forecast, HistogramBin, TopicForecast } from '../model/forecast.js'
import type { PlannedProblem } from '../plan/plan-roadmap.js'
import type { ForecastSettings } from '../model/settings.js'
import { DEFAULT_SPREADS, durationDistribution } from './duration-distribution.js'
import type { ForecastModel, SampleBlock } from './monte-carlo.js'
import type { RunOptions, SampleRunner } from './sample-runner.js'

/** Options of a forecast. */
export interface ForecastOptions extends RunOptions {
  readonly samples: number
  readonly seed: number
  readonly settings?: ForecastSettings
  readonly runner: SampleRunner
  /** Only the roadmap's finish (P50, P85, the deadline's chance): `topics` and `drivers` are empty. */
  readonly finishOnly?: boolean
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
  const built = forecastModel(planned, options.settings)
  const model = options.finishOnly === true ? { ...built, finishOnly: true } : built
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
  // Per topic, its values across the samples (column `j` of every block), and how often it was critical.
  const perTopic = model.finishOnly === true ? 0 : n
  const endsByTopic = byTopic(ordered, (b) => b.ends, perTopic, samples)
  const durationsByTopic = byTopic(ordered, (b) => b.durations, perTopic, samples)
  const criticalCounts = new Int32Array(n)
  for (const b of ordered)
    for (let s = 0; s < b.count && perTopic > 0; s++)
      for (let j = 0, row = s * n; j < n; j++) criticalCounts[j] = (criticalCounts[j] as number) + (b.critical[row + j] as number)
  const finishRanks = ranks(makespans)
  // The last working day; a milestone's (no working days) is the day its prerequisites end, as in the plan.
  const lastDay = (end: number): string => calendar.dateOf(Math.max(0, end - 1))

  const topics: TopicForecast[] = (model.finishOnly === true ? [] : rp.activities).map((a, j) => {
    // Two ranks of the column are all that is needed: selected, not sorted.
    const ends = endsByTopic.subarray(j * samples, (j + 1) * samples)
    const k85 = percentileRank(samples, 0.85)
    const p85 = samples === 0 ? 0 : selectRank(ends, k85, samples)
    const p50 = samples === 0 ? 0 : selectRank(ends, percentileRank(samples, 0.5), k85 + 1)
    const critical = criticalCounts[j] as number
    return {
      id: a.topic.id,
      title: a.topic.title,
      p50: lastDay(p50),
      p85: lastDay(p85),
      criticality: samples > 0 ? critical / samples : 0,
      sensitivity: correlation(ranks(durationsByTopic.subarray(j * samples, (j + 1) * samples)), finishRanks),
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
  return sorted[percentileRank(sorted.length, p)] as number
}

/** The index of the `p` percentile in `length` sorted values, by nearest rank. */
function percentileRank(length: number, p: number): number {
  return Math.min(length - 1, Math.max(0, Math.ceil(p * length) - 1))
}

/**
 * The value of rank `k` (0-based) among `values[0, length)`, which it reorders so that
 * smaller values come before rank `k` and larger ones after (Hoare's selection, pivot
 * the median of three): what sorting would put at `k`, in linear time.
 */
function selectRank(values: Int32Array, k: number, length: number): number {
  let low = 0
  let high = length - 1
  while (high > low) {
    const mid = (low + high) >>> 1
    const a = values[low] as number
    const b = values[mid] as number
    const c = values[high] as number
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b
    let i = low
    let j = high
    while (i <= j) {
      while ((values[i] as number) < pivot) i++
      while ((values[j] as number) > pivot) j--
      if (i <= j) {
        const t = values[i] as number
        values[i] = values[j] as number
        values[j] = t
        i++
        j--
      }
    }
    if (k <= j) high = j
    else if (k >= i) low = i
    else return values[k] as number
  }
  return values[k] as number
}

/** Samples × topics in tiles of this many on a side, so the transposition stays in the cache. */
const TILE = 64

/** The blocks' values topic by topic: topic `j`'s samples at `[j × samples, (j + 1) × samples)`. */
function byTopic(blocks: readonly SampleBlock[], of: (b: SampleBlock) => Int32Array, n: number, samples: number): Int32Array {
  const out = new Int32Array(n * samples)
  let base = 0
  for (const b of blocks) {
    const data = of(b)
    for (let s0 = 0; s0 < b.count; s0 += TILE) {
      const s1 = Math.min(b.count, s0 + TILE)
      for (let j0 = 0; j0 < n; j0 += TILE) {
        const j1 = Math.min(n, j0 + TILE)
        for (let s = s0; s < s1; s++)
          for (let j = j0, row = s * n, at = base + s; j < j1; j++) out[j * samples + at] = data[row + j] as number
      }
    }
    base += b.count
  }
  return out
}

/** Ranks (1-based, ties sharing their average rank), for Spearman's correlation. */
function ranks(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length)
  let max = 0
  let whole = true
  for (let k = 0; k < values.length && whole; k++) {
    const v = values[k] as number
    whole = Number.isInteger(v) && v >= 0
    if (v > max) max = v
  }
  // Whole values in a short range (durations, lengths in days) are ranked by counting:
  // ten thousand topics' ranks took seconds by sorting.
  if (whole && max <= 4 * values.length + 1024) {
    const below = new Float64Array(max + 2)
    for (let k = 0; k < values.length; k++) below[(values[k] as number) + 1] = (below[(values[k] as number) + 1] as number) + 1
    for (let v = 0; v <= max; v++) below[v + 1] = (below[v + 1] as number) + (below[v] as number)
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as number
      const first = below[v] as number
      const last = (below[v + 1] as number) - 1
      out[k] = (first + last) / 2 + 1
    }
    return out
  }
  const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => (values[a] as number) - (values[b] as number))
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
