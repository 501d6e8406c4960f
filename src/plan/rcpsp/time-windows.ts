/**
 * Precedence-only time analysis (critical path method): earliest starts and finishes
 * from the releases forward, latest starts and finishes from a deadline backward.
 * Resources are ignored; breaks are not (an activity's span is its duration plus the
 * breaks it would meet at its earliest start).
 */
import type { Problem } from './problem.js'

/** Earliest and latest times of every activity. */
export interface TimeWindows {
  readonly earliestStart: Int32Array
  readonly earliestFinish: Int32Array
  readonly latestStart: Int32Array
  readonly latestFinish: Int32Array
  /** The critical-path length (the latest earliest finish). */
  readonly length: number
}

/** Computes time windows, the latest ones against `deadline` (default: the critical-path length). */
export function timeWindows(p: Problem, deadline?: number): TimeWindows {
  const earliestStart = new Int32Array(p.n)
  const earliestFinish = new Int32Array(p.n)
  let length = 0
  for (const j of p.topological) {
    let es = p.releases[j] as number
    for (const i of p.predecessors[j] as Int32Array) if ((earliestFinish[i] as number) > es) es = earliestFinish[i] as number
    earliestStart[j] = es
    const ef = spanEnd(p, j, es)
    earliestFinish[j] = ef
    if (ef > length) length = ef
  }
  const end = deadline ?? length
  const latestStart = new Int32Array(p.n)
  const latestFinish = new Int32Array(p.n)
  for (let k = p.n - 1; k >= 0; k--) {
    const j = p.topological[k] as number
    let lf = end
    for (const s of p.successors[j] as Int32Array) if ((latestStart[s] as number) < lf) lf = latestStart[s] as number
    latestFinish[j] = lf
    latestStart[j] = lf - ((earliestFinish[j] as number) - (earliestStart[j] as number))
  }
  return { earliestStart, earliestFinish, latestStart, latestFinish, length }
}

/** The end of activity `j`'s span if it starts at `start`, counting its breaks. */
export function spanEnd(p: Problem, j: number, start: number): number {
  const breaks = p.breaks[j] as Int32Array
  let end = start + (p.durations[j] as number)
  for (let b = 0; b < breaks.length; b += 2) {
    const s = breaks[b] as number
    const e = breaks[b + 1] as number
    if (e <= start) continue
    if (s >= end) break
    end += e - Math.max(s, start)
  }
  return end
}
