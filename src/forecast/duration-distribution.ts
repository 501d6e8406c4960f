/**
 * How long a topic may take: a log-normal distribution of working days, right-skewed
 * as work is (it runs late more often, and further, than early).
 *
 * - A range (`4 - 8 weeks`) is read as the 10th and 90th percentiles: the median is their
 *   geometric mean. A range from 0 starts at a tenth of its end.
 * - A single estimate is the median; its 90th percentile is `spread` over it (default
 *   50 %: a 10-week estimate has P90 15 weeks and P10 6.7 weeks).
 * - An assumed estimate (none was given) has the wider `assumedSpread` (default 100 %).
 * - Work in progress forecasts its remaining work, part-time people's topics their longer
 *   span: the same shape, scaled like the plan's duration.
 * - A zero-length topic, or a zero spread, is fixed: it takes what the plan says.
 */
import type { DurationDistribution } from '../model/forecast.js'
import { plannedDays } from '../model/estimate.js'
import type { ActivityInfo } from '../plan/roadmap-problem.js'
import { normalQuantile } from './normal.js'

/** The spreads a roadmap's forecast uses. */
export interface Spreads {
  /** A single estimate's 90th percentile over it, as a share (0.5: 50 % over). */
  readonly spread: number
  /** The same for assumed estimates. */
  readonly assumedSpread: number
}

/** The default spreads. */
export const DEFAULT_SPREADS: Spreads = { spread: 0.5, assumedSpread: 1 }

/** The standard normal's 90th percentile: log-normal P90 = median × e^(σ × Z90). */
const Z90 = normalQuantile(0.9)

/** The distribution of an activity's working days. */
export function durationDistribution(activity: ActivityInfo, spreads: Spreads): DurationDistribution {
  const days = activity.days
  if (days === 0) return { kind: 'fixed', days: 0 }
  const estimate = activity.topic.estimate?.kind === 'estimate' ? activity.topic.estimate : null
  let median = days
  let sigma: number
  if (estimate !== null && estimate.high > estimate.low) {
    const low = Math.max(estimate.low, estimate.high / 10)
    // The plan took the range's middle, stretched for progress and part-time work: so is the median.
    const scale = days / plannedDays(estimate)
    median = Math.sqrt(low * estimate.high) * scale
    sigma = Math.log(estimate.high / low) / (2 * Z90)
  } else sigma = Math.log(1 + (estimate === null ? spreads.assumedSpread : spreads.spread)) / Z90
  return sigma > 0 ? { kind: 'lognormal', median, sigma } : { kind: 'fixed', days }
}

/** The `p` quantile of a distribution, in (fractional) working days. */
export function durationQuantile(d: DurationDistribution, p: number): number {
  return d.kind === 'fixed' ? d.days : d.median * Math.exp(d.sigma * normalQuantile(p))
}

/** Whole working days for a standard normal draw `z` (at least one for work that takes time). */
export function durationFor(d: DurationDistribution, z: number): number {
  if (d.kind === 'fixed') return d.days
  return Math.max(1, Math.round(d.median * Math.exp(d.sigma * z)))
}
