/**
 * An independent feasibility checker for schedules: it reads the problem as given (the
 * spec, not the optimiser's compiled form) and shares no code with the schedulers.
 */
import type { ProblemSpec } from '../../src/plan/rcpsp/problem.js'

/** What a schedule claims: start and end period of each activity. */
export interface ClaimedSchedule {
  readonly starts: ArrayLike<number>
  readonly ends: ArrayLike<number>
}

/** Every violated constraint, in words; empty when the schedule is feasible. */
export function violations(spec: ProblemSpec, schedule: ClaimedSchedule): string[] {
  const out: string[] = []
  const n = spec.activities.length
  for (let j = 0; j < n; j++) {
    const a = spec.activities[j]!
    const s = schedule.starts[j]!
    const e = schedule.ends[j]!
    if (!Number.isInteger(s) || !Number.isInteger(e)) out.push(`activity ${j}: times are not whole periods`)
    if (s < (a.release ?? 0)) out.push(`activity ${j}: starts at ${s} before its release ${a.release}`)
    const offDays = new Set<number>()
    for (const [bs, be] of a.breaks ?? []) for (let t = bs; t < be; t++) offDays.add(t)
    let worked = 0
    for (let t = s; t < e; t++) if (!offDays.has(t)) worked++
    if (worked !== a.duration) out.push(`activity ${j}: works ${worked} periods in [${s}, ${e}), needs ${a.duration}`)
    if (a.duration > 0 && offDays.has(s)) out.push(`activity ${j}: starts on a break`)
    if (a.duration > 0 && offDays.has(e - 1)) out.push(`activity ${j}: ends on a break`)
    for (const k of a.successors) {
      if (schedule.starts[k]! < e)
        out.push(`precedence ${j} → ${k}: ${k} starts at ${schedule.starts[k]} before ${j} ends at ${e}`)
    }
  }
  // Capacity, period by period: every activity holds its resources from start to end.
  const horizon = Math.max(0, ...Array.from({ length: n }, (_, j) => schedule.ends[j]!))
  spec.capacities.forEach((capacity, r) => {
    for (let t = 0; t < horizon; t++) {
      let used = 0
      for (let j = 0; j < n; j++) {
        if (spec.activities[j]!.duration === 0) continue
        if (schedule.starts[j]! <= t && t < schedule.ends[j]!) {
          for (const d of spec.activities[j]!.demands) if (d.resource === r) used += d.amount
        }
      }
      if (used > capacity) out.push(`resource ${r} at period ${t}: ${used} units used, capacity ${capacity}`)
    }
  })
  return out
}

/** The makespan a schedule claims. */
export function makespanOf(schedule: ClaimedSchedule, n: number): number {
  let m = 0
  for (let j = 0; j < n; j++) m = Math.max(m, schedule.ends[j]!)
  return m
}
