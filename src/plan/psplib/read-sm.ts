/**
 * PSPLIB's single-mode RCPSP format (`.sm`, Kolisch & Sprecher 1996): jobs numbered
 * topologically from 1 (the source) to n (the sink), successor lists, durations and
 * per-period demands on renewable resources, and the resource capacities.
 */
import { compileProblem, type Problem } from '../rcpsp/problem.js'

/** A PSPLIB instance: the compiled problem (job k is activity k − 1) and its header. */
export interface PsplibInstance {
  readonly problem: Problem
  readonly jobs: number
  readonly durations: readonly number[]
  /** The critical-path length PSPLIB gives (MPM-Time), or `null` when absent. */
  readonly mpmTime: number | null
}

/** Why a text is not a PSPLIB `.sm` instance, with the line. */
export class PsplibError extends Error {
  override readonly name = 'PsplibError'
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/** Reads a `.sm` instance. Throws `PsplibError` naming the line on malformed input. */
export function readPsplib(text: string): PsplibInstance {
  const lines = text.split(/\r?\n/)
  const find = (pattern: RegExp, from = 0): number => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i] as string)) return i
    throw new PsplibError(`expected a line matching ${pattern}`, lines.length)
  }
  const numberAfterColon = (i: number): number => {
    const m = /:\s*(\d+)/.exec(lines[i] as string)
    if (!m) throw new PsplibError('expected a number after the colon', i + 1)
    return Number(m[1])
  }
  const jobs = numberAfterColon(find(/^jobs \(incl\. supersource\/sink/i))
  const renewable = numberAfterColon(find(/^\s*- renewable/i))
  const numbers = (i: number): number[] => {
    const parts = (lines[i] as string).trim().split(/\s+/)
    const values = parts.map(Number)
    if (values.some((v) => !Number.isInteger(v) || v < 0)) throw new PsplibError('expected whole numbers', i + 1)
    return values
  }

  let mpmTime: number | null = null
  const info = lines.findIndex((l) => /^PROJECT INFORMATION/i.test(l))
  if (info !== -1 && lines[info + 2]) {
    const row = numbers(info + 2)
    mpmTime = row[5] ?? null
  }

  const successors: number[][] = Array.from({ length: jobs }, () => [])
  const precedence = find(/^PRECEDENCE RELATIONS/i) + 2
  for (let k = 0; k < jobs; k++) {
    const row = numbers(precedence + k)
    const [job, , count] = row
    if (job !== k + 1 || count === undefined || row.length !== 3 + count) {
      throw new PsplibError(`expected job ${k + 1} with its successor count and successors`, precedence + k + 1)
    }
    for (const s of row.slice(3)) {
      if (s < 1 || s > jobs) throw new PsplibError(`successor ${s} is not a job`, precedence + k + 1)
      successors[k]?.push(s - 1)
    }
  }

  const requests = find(/^REQUESTS\/DURATIONS/i) + 3
  const durations: number[] = []
  const demands: number[][] = []
  for (let k = 0; k < jobs; k++) {
    const row = numbers(requests + k)
    if (row[0] !== k + 1 || row.length !== 3 + renewable) {
      throw new PsplibError(`expected job ${k + 1}, its mode, duration and ${renewable} demands`, requests + k + 1)
    }
    durations.push(row[2] as number)
    demands.push(row.slice(3))
  }

  const availability = find(/^RESOURCEAVAILABILITIES/i) + 2
  const capacities = numbers(availability)
  if (capacities.length !== renewable) throw new PsplibError(`expected ${renewable} capacities`, availability + 1)

  const problem = compileProblem({
    capacities,
    activities: durations.map((duration, k) => ({
      duration,
      demands: (demands[k] as number[]).map((amount, resource) => ({ resource, amount })),
      successors: successors[k] as number[],
    })),
  })
  return { problem, jobs, durations, mpmTime }
}
