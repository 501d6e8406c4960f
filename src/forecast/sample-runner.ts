/**
 * How samples get computed: a runner takes the model and returns the blocks of samples
 * `0 … samples − 1`. The forecast stage does not care where they ran — here, on this
 * thread, or on worker threads (`cli/node/parallel-samples.ts`) — since a sample depends on
 * the seed and its index alone.
 */
import { simulate, type ForecastModel, type SampleBlock } from './monte-carlo.js'

/** Options of a run. */
export interface RunOptions {
  /** Told the number of samples done so far, now and then. */
  readonly onProgress?: (done: number) => void
  /** Aborting it stops the run (the promise rejects). */
  readonly signal?: AbortSignal
}

/** Computes samples `0 … samples − 1` of `model`. */
export type SampleRunner = (model: ForecastModel, seed: number, samples: number, options?: RunOptions) => Promise<SampleBlock[]>

/** Runs every sample on this thread. */
export const runSamplesHere: SampleRunner = async (model, seed, samples, options = {}) => {
  options.signal?.throwIfAborted()
  return [simulate(model, seed, 0, samples, options.onProgress)]
}
