/**
 * The forecast: the plan's topics re-scheduled many times with durations drawn from
 * their estimates' uncertainty, people's queues included. Dates are ISO; a topic's
 * dates are its last working day, as in the plan.
 */
import type { RoadmapDeadline } from './plan.js'

/** How a topic's duration varies, in working days. */
export type DurationDistribution =
  | { readonly kind: 'fixed'; readonly days: number }
  /** Log-normal: `median` and the spread of its logarithm (`sigma`). */
  | { readonly kind: 'lognormal'; readonly median: number; readonly sigma: number }

/** Low, middle and high percentiles of a finish, as dates and as working days from the plan start. */
export interface FinishPercentiles {
  readonly p50: string
  readonly p85: string
  readonly p95: string
  /** The same, as working days from the plan's start (the roadmap's length). */
  readonly days: { readonly p50: number; readonly p85: number; readonly p95: number }
}

/** One topic's forecast. */
export interface TopicForecast {
  readonly id: string
  readonly title: string
  /** The topic's last working day in half the samples, and in 85 % of them. */
  readonly p50: string
  readonly p85: string
  /** Share of samples in which the topic is critical (no slack in that sample's schedule). */
  readonly criticality: number
  /** Spearman's rank correlation of the topic's duration with the roadmap's finish, −1..1. */
  readonly sensitivity: number
  readonly distribution: DurationDistribution
}

/** A bar of the finish histogram: finishes from `from` to `to` (both included). */
export interface HistogramBin {
  readonly from: string
  readonly to: string
  readonly label: string
  readonly count: number
}

/** The whole forecast. */
export interface Forecast {
  readonly samples: number
  readonly seed: number
  readonly finish: FinishPercentiles
  /** The plan's finish, and the share of samples that finish by then. */
  readonly planned: { readonly finish: string | null; readonly probability: number }
  readonly deadline: (RoadmapDeadline & { readonly probability: number }) | null
  readonly topics: readonly TopicForecast[]
  /** Ids of the topics that drive the risk, most first: sensitivity, on the critical path often. */
  readonly drivers: readonly string[]
  readonly histogram: { readonly unit: 'week' | 'month'; readonly bins: readonly HistogramBin[] }
}
