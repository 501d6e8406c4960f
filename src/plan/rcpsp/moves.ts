/** Neighbourhood moves on activity lists that keep them precedence-feasible. */
import type { Problem } from './problem.js'
import type { Random } from '../../algorithms/seeded-random.js'

/** Moves a random activity to a random position between its last predecessor and its first successor. */
export function shiftRandomActivity(problem: Problem, list: Int32Array, random: Random): void {
  const n = list.length
  const from = random.below(n)
  const j = list[from] as number
  let lo = 0
  let hi = n - 1
  // Scanning outwards finds the nearest predecessor and successor without a position table.
  const preds = problem.predecessors[j] as Int32Array
  const succs = problem.successors[j] as Int32Array
  for (let k = from - 1; k >= 0; k--) {
    if (preds.includes(list[k] as number)) {
      lo = k + 1
      break
    }
  }
  for (let k = from + 1; k < n; k++) {
    if (succs.includes(list[k] as number)) {
      hi = k - 1
      break
    }
  }
  if (hi <= lo) return
  const to = lo + random.below(hi - lo + 1)
  if (to === from) return
  if (to > from) list.copyWithin(from, from + 1, to + 1)
  else list.copyWithin(to + 1, to, from)
  list[to] = j
}
