/** How estimate units convert to working days (1 week = 5 days, 1 month = 21 days by default). */
export interface EstimateUnits {
  readonly hoursPerDay: number
  readonly daysPerWeek: number
  readonly daysPerMonth: number
  readonly daysPerQuarter: number
  readonly daysPerYear: number
  /** Working days of a sprint (`2 sprints`); default 10, two weeks. */
  readonly daysPerSprint: number
}

/** One summand of an estimate, e.g. `+2 weeks` of `2 weeks, +2 weeks`. */
export interface EstimatePart {
  readonly low: number
  readonly high: number
  readonly unit: 'hours' | 'days' | 'weeks' | 'sprints' | 'months' | 'quarters' | 'years'
  readonly text: string
}

/** A duration read from free text, as a range in whole working days. */
export interface Estimate {
  readonly kind: 'estimate'
  readonly low: number
  readonly high: number
  /** The original text, unchanged. */
  readonly text: string
  readonly parts: readonly EstimatePart[]
  /** Written with `~`, `about`, `up to` and the like. */
  readonly approximate: boolean
  /** Words in parentheses, kept as notes (`cleanup + upstream existing`). */
  readonly notes: readonly string[]
}

/** No estimate was given: a placeholder such as `TODO months`, or nothing. */
export interface MissingEstimate {
  readonly kind: 'missing'
  readonly text: string
}

/** Text that is not a duration (`Q1 2023`, `soon`): reported, never guessed. */
export interface InvalidEstimate {
  readonly kind: 'invalid'
  readonly text: string
  /** Why it is not a duration, in a few words. */
  readonly reason: string
}

/** What reading an estimate's text gives. */
export type EstimateReading = Estimate | MissingEstimate | InvalidEstimate

/**
 * The working days a plan gives an estimate: the middle of its range, rounded up
 * (`2-3 weeks` = 10–15 days → 13). One rule for the planner, its assumed estimates and
 * the forecast, which scales its distribution by the same figure.
 */
export function plannedDays(estimate: Pick<Estimate, 'low' | 'high'>): number {
  return Math.ceil((estimate.low + estimate.high) / 2)
}
