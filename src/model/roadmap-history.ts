/** What `history` reports of a roadmap's versions over time (built by src/compare/roadmap-history.ts). */
import type { CarriedAction } from './carried-action.js'

/** A topic in one version. */
export interface TopicPoint {
  readonly version: number
  readonly date: string
  readonly title: string
  /** Planned last working day, or `null` when not planned (done, dropped). */
  readonly finish: string | null
  readonly p85: string | null
  readonly status: string
}

/** A topic through the versions. */
export interface TopicTrack {
  /** Its id in the latest version it appears in. */
  readonly id: string
  readonly title: string
  readonly firstSeen: { readonly version: number; readonly date: string }
  readonly points: readonly TopicPoint[]
  /** Days from its first version to the latest version's date. */
  readonly ageDays: number
  /** How far its planned finish moved from the first version that planned it to the last (calendar days). */
  readonly slipDays: number
  /** The slip per month of age (30.44 days). */
  readonly slipPerMonth: number
  /** Whether the latest version it is in says it is done. */
  readonly done: boolean
  /** Whether it is in the latest version. */
  readonly current: boolean
}

/** The whole history. */
export interface RoadmapHistory {
  readonly versions: readonly {
    readonly label: string
    readonly date: string
    readonly subject: string
    readonly finish: string | null
    readonly p85: string | null
  }[]
  /** The topics, the most slipped first. */
  readonly topics: readonly TopicTrack[]
  /** Action items no later note marks done, the oldest first. */
  readonly actions: readonly CarriedAction[]
}
