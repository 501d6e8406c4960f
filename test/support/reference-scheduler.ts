/**
 * A deliberately simple reference scheduler for differential tests: the serial scheme
 * written the obvious way (period by period, no cleverness), and brute force over all
 * activity lists for tiny instances. It shares no code with the optimiser.
 */
import type { ProblemSpec } from '../../src/plan/rcpsp/problem.js'

/** The serial schedule of `list`, computed naively. */
export function referenceSerial(spec: ProblemSpec, list: readonly number[]): { starts: number[]; ends: number[] } {
  const n = spec.activities.length
  const starts = new Array<number>(n).fill(0)
  const ends = new Array<number>(n).fill(0)
  const usage = new Map<string, number>()
  const used = (r: number, t: number): number => usage.get(`${r}@${t}`) ?? 0
  const preds: number[][] = Array.from({ length: n }, () => [])
  spec.activities.forEach((a, j) => a.successors.forEach((s) => preds[s]!.push(j)))
  for (const j of list) {
    const a = spec.activities[j]!
    const off = (t: number): boolean => (a.breaks ?? []).some(([s, e]) => s <= t && t < e)
    let t0 = Math.max(a.release ?? 0, ...preds[j]!.map((i) => ends[i]!))
    for (;;) {
      if (a.duration === 0) break
      if (off(t0)) {
        t0++
        continue
      }
      let t = t0
      let worked = 0
      let ok = true
      while (worked < a.duration) {
        if (a.demands.some((d) => used(d.resource, t) + d.amount > spec.capacities[d.resource]!)) {
          ok = false
          break
        }
        if (!off(t)) worked++
        t++
      }
      if (ok) break
      t0++
    }
    let t = t0
    let worked = 0
    while (worked < a.duration) {
      for (const d of a.demands) usage.set(`${d.resource}@${t}`, used(d.resource, t) + d.amount)
      if (!off(t)) worked++
      t++
    }
    starts[j] = t0
    ends[j] = a.duration === 0 ? t0 : t
  }
  return { starts, ends }
}

/** The optimal makespan, by trying every precedence-feasible list (tiny instances only). */
export function bruteForceOptimum(spec: ProblemSpec): number {
  const n = spec.activities.length
  const preds: number[][] = Array.from({ length: n }, () => [])
  spec.activities.forEach((a, j) => a.successors.forEach((s) => preds[s]!.push(j)))
  let best = Infinity
  const list: number[] = []
  const placed = new Array<boolean>(n).fill(false)
  const extend = (): void => {
    if (list.length === n) {
      const { ends } = referenceSerial(spec, list)
      best = Math.min(best, Math.max(0, ...ends))
      return
    }
    for (let j = 0; j < n; j++) {
      if (placed[j] || !preds[j]!.every((i) => placed[i])) continue
      placed[j] = true
      list.push(j)
      extend()
      list.pop()
      placed[j] = false
    }
  }
  extend()
  return best
}
