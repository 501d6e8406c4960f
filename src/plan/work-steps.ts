/**
 * Long computations as generators that pause between batches of work: `finishSteps`
 * runs one through at once (the pure, synchronous call), while a caller with an event
 * loop (the CLI) can run it in slices and stop between two of them — the only way a
 * Ctrl-C can be heard during minutes of optimising on one thread.
 */

/** A computation that yields between batches of work and returns `T`. */
export type WorkSteps<T> = Generator<void, T, undefined>

/** Runs `steps` to the end, without pausing, and returns its result. */
export function finishSteps<T>(steps: WorkSteps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
  }
}
