/**
 * Staffing: how many more people the roadmap needs. The unowned topics are planned in a
 * pool of `extra` newcomers (a capacity-`extra` pool), for 0, 1, 2, … until more stop
 * helping, each option forecast with the same samples and seed as the roadmap's own
 * forecast. Dates are ISO.
 */
import type { OwnerSuggestion } from './plan.js'

/** The roadmap with `extra` more contributors taking the unowned topics. */
export interface StaffingOption {
  readonly extra: number
  /** The planned finish; `null` when the unowned topics cannot run (no one to take them). */
  readonly finish: string | null
  readonly makespanDays: number | null
  readonly p50: string | null
  readonly p85: string | null
  /** Share of the samples that finish by the deadline; `null` without a deadline. */
  readonly deadlineChance: number | null
}

/** What keeps the deadline out of reach however many people come: a chain of topics or a person. */
export interface StaffingBlock {
  /** Topic ids of the critical path of the plan with an owner for every topic. */
  readonly topics: readonly string[]
  /** People on that path's person links, or the busiest, whose queue is the limit. */
  readonly people: readonly string[]
  /** One sentence saying so. */
  readonly text: string
}

/** The answer to "how many more people do we need?". */
export interface Staffing {
  readonly deadline: string | null
  /** Ids of the planned topics without an owner. */
  readonly unowned: readonly string[]
  readonly options: readonly StaffingOption[]
  /**
   * The plan as the notes stand: every unowned topic finds an owner when it can start (or
   * the settings' `unassigned: { capacity }`). `extra` is the most at once it assumes.
   */
  readonly asPlanned: StaffingOption
  /** The fewest extra people that meet the deadline in 85% of the samples; `null` when none does (or no deadline). */
  readonly smallestForDeadline: number | null
  /** Why no number of people meets the deadline; `null` when one does, or there is no deadline. */
  readonly blockedBy: StaffingBlock | null
  /** The deadline chance an option needs to count as meeting it. */
  readonly confidence: number
  readonly suggestions: readonly OwnerSuggestion[]
  readonly samples: number
  readonly seed: number
}
