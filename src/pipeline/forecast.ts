/**
 * The pipeline's third step: a planned roadmap → its forecast, on a sample runner (this
 * thread by default; worker threads in the CLI). How many samples is decided here, once:
 * the caller's count, else the settings', else the default — which gives way on roadmaps
 * too large to keep that many samples of.
 */
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLED_VALUES } from '../model/defaults.js'
import type { Forecast } from '../model/forecast.js'
import { RoadmapError } from '../model/roadmap-error.js'
import { forecastRoadmap } from '../forecast/forecast-roadmap.js'
import { runSamplesHere, type RunOptions, type SampleRunner } from '../forecast/sample-runner.js'
import { outOfCalendar, type PlannedRoadmap } from './plan.js'

/** What the caller decides about a forecast. */
export interface ForecastChoices extends RunOptions {
  /** Samples to draw; default: the settings' `forecast: samples:`, else 1,000 (fewer on very large roadmaps). */
  readonly samples?: number
  /** The seed of the samples; default 1. */
  readonly seed?: number
  /** Only the roadmap's finish: no topic's percentiles, criticality or drivers (staffing's what-ifs). */
  readonly finishOnly?: boolean
  /** Told how many samples will be drawn, before the first (a progress bar's total; a note when the default gave way). */
  readonly onSampleCount?: (count: SampleCount) => void
}

/** The number of samples a forecast draws, and whether the default gave way to the roadmap's size. */
export interface SampleCount {
  readonly samples: number
  /** The default was lowered to what fits in memory (say so to the user). */
  readonly lowered: boolean
  /** The most samples of this roadmap that can be kept. */
  readonly most: number
  /** The topics sampled. */
  readonly topics: number
}

/**
 * How many samples a forecast of `planned` draws. A count the caller or the settings ask
 * for is kept, or refused when too many to keep.
 *
 * @throws {RoadmapError} when the count asked for is more than fits.
 */
export function sampleCount(planned: PlannedRoadmap, asked?: number): SampleCount {
  const topics = planned.plan.topics.length
  const most = Math.max(1, Math.floor(MAX_SAMPLED_VALUES / Math.max(1, topics)))
  const wanted = asked ?? planned.checked.settings.plan.forecast?.samples
  if (wanted === undefined) return { samples: Math.min(DEFAULT_SAMPLES, most), lowered: DEFAULT_SAMPLES > most, most, topics }
  if (wanted > most)
    throw new RoadmapError(
      `${wanted.toLocaleString('en')} samples of ${topics.toLocaleString('en')} topics are too many to keep; use at most ${most.toLocaleString('en')}`,
    )
  return { samples: wanted, lowered: false, most, topics }
}

/**
 * Forecasts a planned roadmap.
 *
 * ```ts
 * const f = await forecast(plan(check(sources), { today }), { samples: 500 })
 * f.finish.p85 // the date the roadmap finishes by, 85 times in 100
 * ```
 */
export async function forecast(
  planned: PlannedRoadmap,
  choices: ForecastChoices = {},
  runner: SampleRunner = runSamplesHere,
): Promise<Forecast> {
  const count = sampleCount(planned, choices.samples)
  choices.onSampleCount?.(count)
  const { samples } = count
  try {
    return await forecastRoadmap(planned.planned, {
      samples,
      seed: choices.seed ?? DEFAULT_SEED,
      settings: planned.checked.settings.plan.forecast ?? {},
      runner,
      ...(choices.finishOnly === true ? { finishOnly: true } : {}),
      ...(choices.onProgress === undefined ? {} : { onProgress: choices.onProgress }),
      ...(choices.signal === undefined ? {} : { signal: choices.signal }),
    })
  } catch (error) {
    throw outOfCalendar(planned.checked.roadmap.files, error)
  }
}
