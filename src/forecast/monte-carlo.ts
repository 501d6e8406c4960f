/**
 * The Monte Carlo core: sample `i` draws every topic's duration from its distribution
 * (with a random source seeded by the forecast's seed and `i` alone, so a sample is the
 * same whichever thread computes it) and decodes the optimiser's best activity list
 * with those durations — the serial scheme puts each topic at the earliest day its
 * prerequisites and its people allow, so waiting for a busy owner is part of every
 * sample. For each sample it keeps the roadmap's length, every topic's end and duration,
 * and which topics were critical (no slack in that sample's schedule).
 */
import type { DurationDistribution } from '../model/forecast.js'
import type { Problem } from '../plan/rcpsp/problem.js'
import { Random } from '../algorithms/seeded-random.js'
import { SerialSgs } from '../plan/rcpsp/serial-sgs.js'
import type { ResourceInfo } from '../plan/roadmap-problem.js'
import { durationFor } from './duration-distribution.js'
import { standardNormal } from './normal.js'
import { SampleCriticality } from './sample-criticality.js'

/** What a sample needs: plain data, so it can be sent to a worker thread. */
export interface ForecastModel {
  readonly problem: Problem
  readonly resources: readonly ResourceInfo[]
  /** The activity list the plan's schedule decodes from. */
  readonly list: Int32Array
  readonly distributions: readonly DurationDistribution[]
  /**
   * Only the roadmap's finish is wanted (a what-if of staffing): no activity's end,
   * duration or criticality is kept, and none is worked out.
   */
  readonly finishOnly?: boolean
}

/** Samples `first … first + count − 1`, flattened sample by sample (`n` values each). */
export interface SampleBlock {
  readonly first: number
  readonly count: number
  /** The roadmap's length in working days, per sample. */
  readonly makespans: Int32Array
  /** Each activity's end period, per sample. */
  readonly ends: Int32Array
  /** Each activity's drawn duration, per sample. */
  readonly durations: Int32Array
  /** 1 where the activity was critical in the sample. */
  readonly critical: Uint8Array
}

/** The random source of sample `index` of a forecast seeded `seed`. */
export function sampleRandom(seed: number, index: number): Random {
  // Golden-ratio steps keep neighbouring samples' seeds far apart.
  return new Random((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0)
}

/** Runs samples `first … first + count − 1`; `onSample` is told after each. */
export function simulate(
  model: ForecastModel,
  seed: number,
  first: number,
  count: number,
  onSample?: (done: number) => void,
): SampleBlock {
  const { problem, resources, list, distributions } = model
  const n = problem.n
  // One problem whose durations change from sample to sample, one decoder for all.
  const durations = new Int32Array(n)
  const sampled: Problem = { ...problem, durations }
  const decoder = new SerialSgs(sampled)
  const finishOnly = model.finishOnly === true
  const criticality = finishOnly ? null : new SampleCriticality(sampled, resources)
  const kept = finishOnly ? 0 : count * n
  const block: SampleBlock = {
    first,
    count,
    makespans: new Int32Array(count),
    ends: new Int32Array(kept),
    durations: new Int32Array(kept),
    critical: new Uint8Array(kept),
  }
  for (let s = 0; s < count; s++) {
    const random = sampleRandom(seed, first + s)
    for (let j = 0; j < n; j++) durations[j] = durationFor(distributions[j] as DurationDistribution, standardNormal(random))
    const schedule = decoder.decode(list)
    block.makespans[s] = schedule.makespan
    if (criticality !== null) {
      const offset = s * n
      block.ends.set(schedule.ends, offset)
      block.durations.set(durations, offset)
      criticality.mark(schedule, block.critical, offset)
    }
    onSample?.(s + 1)
  }
  return block
}
