/** What `diff` reports between two versions of a roadmap (built by src/compare/roadmap-diff.ts). */

/** A date before and after, and how far it moved in calendar days (`null` when either is missing). */
export interface DateMove {
  readonly before: string | null
  readonly after: string | null
  readonly days: number | null
}

/** A changed field of a topic. */
export interface FieldChange {
  readonly field: 'title' | 'owners' | 'team' | 'estimate' | 'priority' | 'status' | 'deadline' | 'prerequisites'
  readonly before: string
  readonly after: string
}

/**
 * Why a topic's planned dates moved, the first that explains it: its own edit; a
 * prerequisite that moved (or is new); a topic sharing one of its people that moved, was
 * added or removed; the plan's first day (a later meeting); a settings change; or — only
 * when nothing else does — the plan was re-optimised, and how many working days shorter
 * that made the roadmap.
 */
export type MoveCause =
  | { readonly kind: 'edit' }
  | { readonly kind: 'prerequisite'; readonly topic: string }
  | { readonly kind: 'person'; readonly topic: string; readonly person: string }
  | { readonly kind: 'plan-start'; readonly before: string; readonly after: string }
  | { readonly kind: 'settings'; readonly keys: readonly string[] }
  /** The baseline's order was kept and nothing above explains it: it moved with the topics before it in that order. */
  | { readonly kind: 'knock-on' }
  | { readonly kind: 'reoptimised'; readonly shorterByDays: number | null }

/** A setting that differs between the versions, as key path and values (JSON text). */
export interface SettingChange {
  readonly key: string
  readonly before: string
  readonly after: string
}

/** A topic in both versions, with what changed and how its dates moved. */
export interface TopicChange {
  readonly id: string
  readonly title: string
  readonly renamed: boolean
  readonly changes: readonly FieldChange[]
  readonly finish: DateMove
  readonly p85: DateMove
  /** Why its planned dates moved; `null` when they did not (only its fields or its P85 changed). */
  readonly cause: MoveCause | null
}

/** A topic in one version only. */
export interface TopicPresence {
  readonly id: string
  readonly title: string
  readonly finish: string | null
  readonly p85: string | null
}

/** The difference of two versions. */
export interface RoadmapDiff {
  readonly before: string
  readonly after: string
  readonly added: readonly TopicPresence[]
  readonly removed: readonly TopicPresence[]
  /** Topics in both that changed or moved, the most moved first. */
  readonly changed: readonly TopicChange[]
  readonly unchanged: number
  /** The planning settings that differ (capacities, holidays, deadline, …). */
  readonly settings: readonly SettingChange[]
  readonly roadmap: {
    readonly finish: DateMove
    readonly p85: DateMove
    readonly deadline: { readonly date: string | null; readonly before: number | null; readonly after: number | null }
  }
}
