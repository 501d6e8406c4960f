/**
 * The plan: when each topic runs, why it starts when it does, what holds the roadmap
 * back. Dates are plain ISO dates; `start` is a topic's first working day and `finish`
 * its last, inclusive, as TaskJuggler reports them.
 */
import type { Diagnostic } from './diagnostic.js'
import type { Place } from './place.js'

/** Why a topic starts when it does: the constraint that binds it. */
export type StartReason =
  | { readonly kind: 'plan-start' }
  | { readonly kind: 'release'; readonly date: string }
  | { readonly kind: 'prerequisite'; readonly topic: string }
  | { readonly kind: 'person'; readonly topic: string; readonly person: string }
  /** Waits for a place in a pool: `unassigned`, or a role's (`GSoC student`). */
  | { readonly kind: 'unassigned-pool'; readonly topic: string; readonly capacity: number; readonly pool: string }
  | { readonly kind: 'absence'; readonly person: string; readonly until: string }

/** Where a topic's duration came from. */
export type DurationSource = 'estimate' | 'assumed' | 'remaining'

/** One planned topic. */
export interface PlannedTopic {
  readonly id: string
  readonly title: string
  readonly owners: readonly string[]
  readonly team: readonly string[]
  /**
   * No person owns it yet (no owner, `TODO`, or only a role): it is planned as if someone
   * takes it when it can start, or in the pool the settings give (`unassigned:`, `roles:`).
   */
  readonly unowned: boolean
  /** First working day (ISO). */
  readonly start: string
  /** Last working day, inclusive (ISO); equals `start` for a zero-length topic. */
  readonly finish: string
  /** For work in progress, when it began (`**Started**`); its remaining work starts at `start`. */
  readonly started: string | null
  /**
   * As of the plan's `asOf` day: `finish` when it should be finished and is not marked
   * done, `start` when it should have started and is not marked started; else `null`.
   */
  readonly late: 'finish' | 'start' | null
  /** Working-day periods from the plan start: `[startDay, endDay)`. */
  readonly startDay: number
  readonly endDay: number
  /** Working days of work (absences inside the span not counted). */
  readonly days: number
  readonly source: DurationSource
  /** Planned with an assumed estimate (none, or none usable, was given). */
  readonly assumed: boolean
  /** Working days it could start later without delaying the roadmap. */
  readonly slack: number
  readonly critical: boolean
  readonly reason: StartReason
  /** The reason in one sentence. */
  readonly because: string
  readonly deadline: string | null
  readonly missesDeadline: boolean
}

/** A topic that is not planned, and why. */
export interface ExcludedTopic {
  readonly id: string
  readonly title: string
  readonly why: 'done' | 'dropped' | 'unschedulable'
}

/** A link on the critical path: `to` starts when `from` ends, because of `kind`. */
export interface CriticalLink {
  readonly from: string
  readonly to: string
  readonly kind: 'prerequisite' | 'person' | 'unassigned-pool'
  readonly person?: string
}

/** A person's load in the plan. */
export interface PersonLoad {
  readonly name: string
  /** Working days of topics they are on. */
  readonly workDays: number
  /** Share of the plan's span they are busy, 0..1. */
  readonly utilization: number
  readonly criticalTopics: number
}

/** The roadmap's deadline and where it comes from. */
export interface RoadmapDeadline {
  readonly date: string
  /** The `deadline` setting, or the roadmap's own window in the notes ("OSS Roadmap (2022-2023)"). */
  readonly source:
    { readonly kind: 'setting' } | { readonly kind: 'roadmap-window'; readonly text: string; readonly place: Place | null }
}

/** The topics no person owns, and what the plan assumes about who takes them. */
export interface OwnerGap {
  /** Ids of the planned topics without an owner. */
  readonly topics: readonly string[]
  /** The most of them at work on one day: the extra people the finish assumes. */
  readonly peakAtOnce: number
  /** The settings' limit on them at once (`unassigned: { capacity }`), or `null`: each finds an owner when it can start. */
  readonly poolCapacity: number | null
}

/** Someone who could own a topic, and why (most telling reason first). */
export interface OwnerCandidate {
  /** A canonical name, or a name as a discussion wrote it. */
  readonly person: string
  readonly reasons: readonly string[]
}

/** The people who could own an unowned topic, best first; never assigned by Waymark. */
export interface OwnerSuggestion {
  readonly topic: string
  readonly title: string
  readonly candidates: readonly OwnerCandidate[]
}

/** The whole plan. */
export interface Plan {
  readonly start: string
  /** The day the statuses are judged on (today, or `--as-of`). */
  readonly asOf: string
  /** The last working day of the last topic; `null` when nothing is planned. */
  readonly finish: string | null
  readonly makespanDays: number
  /** The larger of the critical path and the busiest person's work: no plan is shorter. */
  readonly lowerBoundDays: number
  readonly topics: readonly PlannedTopic[]
  readonly excluded: readonly ExcludedTopic[]
  /** Topic ids from the first to the last on the critical path. */
  readonly criticalPath: readonly string[]
  readonly criticalLinks: readonly CriticalLink[]
  readonly people: readonly PersonLoad[]
  /**
   * The people who hold the roadmap back most: those on the critical path, busiest first;
   * when the critical path has nobody on it, the people busy at least half the plan.
   */
  readonly bottlenecks: readonly string[]
  readonly ownerGap: OwnerGap
  /**
   * Planned against a baseline (`plan --baseline`, `diff`, `history`): how long keeping
   * the baseline's order would have made the roadmap, and whether the plan left that
   * order for a shorter one; `null` without a baseline.
   */
  readonly baseline: {
    readonly keptMakespanDays: number
    readonly reoptimised: boolean
    /** Topics of the baseline whose start moved. */
    readonly moved: number
  } | null
  /** For each unowned topic, who could take it (src/plan/analysis/owner-suggestions.ts). */
  readonly ownerSuggestions: readonly OwnerSuggestion[]
  readonly deadline: (RoadmapDeadline & { readonly met: boolean }) | null
  readonly optimiser: { readonly budget: number; readonly schedules: number; readonly seed: number }
  readonly diagnostics: readonly Diagnostic[]
}
