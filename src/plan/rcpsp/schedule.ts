/** A schedule: start and end period of every activity. */

/** Starts and ends of all activities, and the makespan. */
export interface Schedule {
  readonly starts: Int32Array
  /** End of each activity's span (start + duration + breaks inside). */
  readonly ends: Int32Array
  readonly makespan: number
}
