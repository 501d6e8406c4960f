/** An action item carried from meeting to meeting (found by src/compare/carried-actions.ts). */
import type { Place } from './place.js'

/** An open action item and how long it has been open. */
export interface CarriedAction {
  readonly text: string
  readonly assignees: readonly string[]
  /** The meeting it first appeared in, and the last one that still listed it. */
  readonly firstSeen: string
  readonly lastSeen: string
  /** Days from its first meeting to the latest meeting. */
  readonly ageDays: number
  readonly place: Place
}
