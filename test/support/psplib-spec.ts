/** An independent reading of a PSPLIB `.sm` file into a problem spec, for the feasibility checker. */
import type { ProblemSpec } from '../../src/plan/rcpsp/problem.js'

/** Reads precedence, durations, demands and capacities with nothing but line splitting. */
export function psplibSpec(text: string): ProblemSpec {
  const lines = text.split('\n')
  const at = (title: string): number => lines.findIndex((l) => l.startsWith(title))
  const jobs = Number(/:\s*(\d+)/.exec(lines.find((l) => l.startsWith('jobs (incl')) ?? '')?.[1])
  const ints = (line: string): number[] => line.trim().split(/\s+/).map(Number)
  const precedence = at('PRECEDENCE RELATIONS') + 2
  const requests = at('REQUESTS/DURATIONS') + 3
  const capacities = ints(lines[at('RESOURCEAVAILABILITIES') + 2] ?? '')
  return {
    capacities,
    activities: Array.from({ length: jobs }, (_, k) => {
      const p = ints(lines[precedence + k] ?? '')
      const r = ints(lines[requests + k] ?? '')
      return {
        duration: r[2] ?? 0,
        demands: r
          .slice(3)
          .map((amount, resource) => ({ resource, amount }))
          .filter((d) => d.amount > 0),
        successors: p.slice(3).map((s) => s - 1),
      }
    }),
  }
}
