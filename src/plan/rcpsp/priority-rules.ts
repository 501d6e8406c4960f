/**
 * Priority rules for schedule generation (Kolisch 1996; Kolisch & Hartmann 1999): a value
 * per activity, the lowest scheduled first. LFT and LST come from the precedence-only
 * time windows; MTS counts all (transitive) successors; GRPW weighs an activity by its
 * duration and its direct successors'.
 */
import type { Problem } from './problem.js'
import type { TimeWindows } from './time-windows.js'

/** The rules Waymark knows. */
export type PriorityRule = 'lft' | 'lst' | 'mts' | 'grpw' | 'mslk' | 'spt'

/** The rules, in the order the optimiser tries them. */
export const PRIORITY_RULES: readonly PriorityRule[] = ['lft', 'lst', 'mts', 'grpw', 'mslk', 'spt']

/** Priority values for `rule`: lower goes first. */
export function priorityValues(p: Problem, rule: PriorityRule, windows: TimeWindows): Float64Array {
  const values = new Float64Array(p.n)
  switch (rule) {
    case 'lft':
      values.set(windows.latestFinish)
      break
    case 'lst':
      values.set(windows.latestStart)
      break
    case 'mslk':
      for (let j = 0; j < p.n; j++) values[j] = (windows.latestStart[j] as number) - (windows.earliestStart[j] as number)
      break
    case 'spt':
      values.set(p.durations)
      break
    case 'grpw':
      for (let j = 0; j < p.n; j++) {
        let w = p.durations[j] as number
        for (const s of p.successors[j] as Int32Array) w += p.durations[s] as number
        values[j] = -w
      }
      break
    case 'mts': {
      const counts = successorCounts(p)
      for (let j = 0; j < p.n; j++) values[j] = -(counts[j] as number)
      break
    }
  }
  return values
}

/** How many activities come (transitively) after each one, with bitsets in reverse topological order. */
export function successorCounts(p: Problem): Int32Array {
  const words = (p.n + 31) >>> 5
  const sets = new Array<Uint32Array>(p.n)
  const counts = new Int32Array(p.n)
  for (let k = p.n - 1; k >= 0; k--) {
    const j = p.topological[k] as number
    const set = new Uint32Array(words)
    for (const s of p.successors[j] as Int32Array) {
      set[s >>> 5] = (set[s >>> 5] as number) | (1 << (s & 31))
      const other = sets[s] as Uint32Array
      for (let w = 0; w < words; w++) set[w] = (set[w] as number) | (other[w] as number)
    }
    sets[j] = set
    let c = 0
    for (let w = 0; w < words; w++) c += popcount(set[w] as number)
    counts[j] = c
  }
  return counts
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}
