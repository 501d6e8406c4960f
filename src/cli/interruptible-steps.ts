/**
 * Runs a computation made of steps (`plan/work-steps.ts`) in slices, giving the event loop
 * a turn between slices: the Ctrl-C handler runs there, and the next slice does not start.
 */
import type { WorkSteps } from '../plan/work-steps.js'
import { Interrupted } from './errors.js'

/** Work done between two turns of the event loop: short enough that Ctrl-C feels instant. */
const SLICE_MS = 40

/** Runs `steps` to the end unless `signal` is aborted; then throws `Interrupted` saying what was stopped. */
export async function runInterruptibly<T>(steps: WorkSteps<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  const stop = (): never => {
    steps.return(undefined as never)
    throw new Interrupted(`interrupted while ${what}`)
  }
  // A Ctrl-C before the work starts stops it too: work shorter than a slice never looks again.
  if (signal?.aborted === true) stop()
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS
    for (;;) {
      const next = steps.next()
      if (next.done === true) return next.value
      if (performance.now() >= sliceEnd) break
    }
    if (signal === undefined) continue
    await new Promise((resolve) => setImmediate(resolve))
    if (signal.aborted) stop()
  }
}
