/**
 * A roadmap's settings as the stages use them: read and validated once (src/settings/),
 * with defaults still to apply where a key is absent. People are named as the roadmap
 * names them (canonical names), not as the settings spelt them.
 */
import type { Estimate, EstimateUnits } from './estimate.js'
import type { FieldKey } from './field-key.js'
import type { Weekday } from './iso-date.js'

/** A date range, both ends included. */
export interface DateRange {
  readonly from: string
  readonly to: string
}

/** A person's settings. */
export interface PersonSettings {
  /** Share of a full-time contributor, 0..1. */
  readonly capacity?: number
  readonly absences: readonly DateRange[]
}

/** A role's pool: topics owned only by the role, at most `capacity` at a time. */
export interface RolePool {
  readonly role: string
  readonly capacity: number
}

/** Settings of the forecast; each has a default (see docs/forecast.md). */
export interface ForecastSettings {
  readonly samples?: number
  /** How far over a single estimate its 90th percentile lies, as a share (0.5: 50% over). */
  readonly spread?: number
  /** The same for assumed estimates. */
  readonly assumedSpread?: number
}

/** The estimate assumed for topics without one, as written and in working days. */
export interface DefaultEstimate {
  readonly text: string
  readonly days: number
}

/** Validated planning settings (every key optional: defaults apply later). */
export interface PlanSettings {
  /**
   * The roadmap's identity (`id:`): what a calendar's event UIDs are made from, so the next
   * meeting's notes update the same events. Default: the repository's name, else the folder's.
   */
  readonly roadmapId?: string
  readonly start?: string
  readonly workdays?: readonly Weekday[]
  readonly holidays: readonly DateRange[]
  /** An ISO date (a period written in the settings is its last day already). */
  readonly deadline?: string
  /** The month (1–12) a fiscal year starts in, for `FY2027` in the notes; default 1. */
  readonly fiscalYearStart?: number
  readonly defaultEstimate?: DefaultEstimate
  /** Topics without owner that may run at once; `null` for unlimited. */
  readonly unassignedCapacity?: number | null
  /**
   * How estimates read: `duration` (default), the time a topic takes with its owners on
   * it; `effort`, person-days shared among them (two full-time owners halve it).
   */
  readonly estimates?: 'duration' | 'effort'
  /** The capacity of everyone the settings do not give one; default 1 (full time). */
  readonly peopleDefaultCapacity?: number
  /** Roles with a pool of their own (`roles: { GSoC student: { capacity: 3 } }`); other roles share the unassigned pool. */
  readonly rolePools?: readonly RolePool[]
  /** By canonical name (`Object.create(null)`: people may be called `constructor`). */
  readonly people: Readonly<Record<string, PersonSettings>>
  readonly forecast?: ForecastSettings
}

/** Everything a roadmap's settings say, for every stage. */
/** How the roadmap's documents are read: its own labels and its size table (settings `labels:`, `sizes:`). */
export interface ReadingSettings {
  /** Normalised label → the field it names. */
  readonly labels: ReadonlyMap<string, FieldKey>
  /** Size word (folded) → its meaning in working days. */
  readonly sizes: ReadonlyMap<string, Estimate>
}

/** The roadmap's settings, read and validated (see settings/schema.ts). */
export interface Settings {
  /** How estimate units convert to working days. */
  readonly units: EstimateUnits
  readonly reading: ReadingSettings
  /** Words that make an owner a role, besides the built-in ones. */
  readonly roles: readonly string[]
  readonly plan: PlanSettings
}
