/**
 * Every default a setting or an option falls back to, in one place: the stages, the
 * settings reader and the CLI read them here, so a default changes in one line.
 */
import type { EstimateUnits } from './estimate.js'
import type { Weekday } from './iso-date.js'

/** 1 week = 5 working days, 1 month = 21, 1 quarter = 63, 1 year = 252; a day has 8 hours. */
export const DEFAULT_UNITS: EstimateUnits = {
  hoursPerDay: 8,
  daysPerWeek: 5,
  daysPerMonth: 21,
  daysPerQuarter: 63,
  daysPerYear: 252,
  daysPerSprint: 10,
}

/** Monday to Friday. */
export const DEFAULT_WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5]

/** The seed of the optimiser and the forecast when none is given: runs repeat exactly. */
export const DEFAULT_SEED = 1

/** The optimiser's budget for a PSPLIB instance when none is given: the literature's middle figure (schedules). */
export const DEFAULT_PSPLIB_BUDGET = 5000

/** Forecast samples when neither `--samples` nor the settings say (see docs/forecast.md). */
export const DEFAULT_SAMPLES = 1000

/** The latest versions of a note in git that a report's or a page's slip chart shows, at most. */
export const SLIP_VERSIONS = 24

/** At most this many sampled topic-durations are kept (samples × topics): about 40 MB of them. */
export const MAX_SAMPLED_VALUES = 10_000_000
