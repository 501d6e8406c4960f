/**
 * What the campaign's supervisor and its workers say to each other: a task names a
 * document by (seed, index), or carries the text itself (shrinking); the worker answers
 * with the outcome. While it works, the worker keeps the index of its current stage, and
 * the milliseconds each stage took so far, in shared cells, so a worker stopped at the
 * time bound still says where it was and where the time went.
 */
import type { SourceText } from './grammar.js'
import type { Outcome } from './run-document.js'

/** The worker's start-up data (besides the module `ts-worker.mjs` loads). */
export interface WorkerSetup {
  readonly module: string
  /**
   * Int32 cells: the index in `STAGES` of the stage running now (−1 between documents),
   * then each stage's milliseconds in the current document, in `STAGES` order.
   */
  readonly stage: SharedArrayBuffer
  readonly budget: number
  readonly samples: number
  /** Where the built page assets are (`dist/render/site/`), or `null` to leave the page out. */
  readonly assets: string | null
}

/** A document to run: generated from (seed, index), or given. */
export type Job =
  | { readonly kind: 'generate'; readonly seed: number; readonly index: number }
  | { readonly kind: 'text'; readonly files: readonly SourceText[]; readonly variant: number }

/** A job as sent to a worker, with the id its answer carries. */
export type Task = Job & { readonly id: number }

/** The worker's answers. */
export type Answer =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'done'
      readonly id: number
      readonly outcome: Outcome
      readonly recipe: readonly string[]
      readonly bytes: number
    }
  /** The campaign's own code failed (generating the document, say): a bug to fix in `bench/`. */
  | { readonly kind: 'harness-error'; readonly id: number; readonly stack: string }
