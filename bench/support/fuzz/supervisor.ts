/**
 * The worker pool of the campaign, with a time bound per document: each worker runs one
 * document at a time; one that has not answered within the bound is terminated (where it
 * was, from the shared stage cell, is kept), and a fresh worker takes its place. A worker
 * that dies (out of memory, a crash of the thread itself) is replaced the same way.
 */
import { Worker } from 'node:worker_threads'
import type { Answer, Job, Task, WorkerSetup } from './protocol.js'
import { STAGES, type Outcome } from './run-document.js'

/** What became of a task. */
export type Result =
  | {
      readonly kind: 'done'
      readonly outcome: Outcome
      readonly recipe: readonly string[]
      readonly bytes: number
      readonly wallMs: number
    }
  | {
      readonly kind: 'time-bound'
      readonly stage: string
      readonly wallMs: number
      /** Milliseconds of each stage that ran, the one stopped included. */
      readonly stageMs: Readonly<Record<string, number>>
    }
  | { readonly kind: 'worker-died'; readonly stage: string; readonly message: string; readonly wallMs: number }

/** Options of the pool. */
export interface PoolOptions {
  readonly workers: number
  /** Milliseconds a document may take. */
  readonly timeBound: number
  readonly budget: number
  readonly samples: number
  /** The built page assets' folder URL, or `null`. */
  readonly assets: string | null
}

const WORKER = new URL('./worker.ts', import.meta.url)
const BOOT = new URL('../ts-worker.mjs', import.meta.url)

/**
 * The stack of the CLI's main thread (V8's default, about 984 KB). Workers get 4 MB by
 * default, which would hide the stack overflows the CLI hits; 1.15 MB gives about the
 * main thread's recursion depth.
 */
const STACK_MB = 1.15

/** A young generation four times V8's default: reading makes a lot of short-lived garbage (as `cli/node/parallel-markdown.ts` found). */
const YOUNG_MB = 64

/** One worker and its stage cell. */
class Slot {
  worker!: Worker
  cell!: Int32Array
  #ready!: Promise<void>
  /** The worker exited between documents (its next document goes to a fresh one). */
  #gone = false

  constructor(private readonly options: PoolOptions) {
    this.start()
  }

  /** Starts a fresh worker. */
  start(): void {
    const stage = new SharedArrayBuffer(4 * (1 + STAGES.length))
    this.cell = new Int32Array(stage)
    this.cell[0] = -1
    const setup: WorkerSetup = {
      module: WORKER.href,
      stage,
      budget: this.options.budget,
      samples: this.options.samples,
      assets: this.options.assets,
    }
    this.worker = new Worker(BOOT, {
      workerData: setup,
      resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: 2048 },
      stdout: false,
      stderr: false,
    })
    const worker = this.worker
    this.#gone = false
    // Errors and exits during a document are that document's; these keep a stray one from stopping the campaign.
    worker.on('error', () => undefined)
    worker.once('exit', () => {
      if (this.worker === worker) this.#gone = true
    })
    this.#ready = new Promise((resolve, reject) => {
      const onMessage = (a: Answer): void => {
        if (a.kind !== 'ready') return
        worker.off('message', onMessage)
        worker.off('error', reject)
        resolve()
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
    })
  }

  /** Milliseconds per stage of the document in hand: what the worker recorded, and the rest of `wallMs` for the stage it is in. */
  stageMs(wallMs: number): Record<string, number> {
    const ms: Record<string, number> = {}
    let recorded = 0
    STAGES.forEach((s, k) => {
      const t = Atomics.load(this.cell, 1 + k)
      if (t > 0) ms[s] = t
      recorded += t
    })
    const now = this.stage()
    ms[now] = (ms[now] ?? 0) + Math.max(0, Math.round(wallMs) - recorded)
    return ms
  }

  /** Where the worker is now. */
  stage(): string {
    const k = Atomics.load(this.cell, 0)
    return k < 0 ? 'between stages' : (STAGES[k] ?? `stage ${k}`)
  }

  /** Runs `task`, within the time bound. */
  async run(task: Task): Promise<Result> {
    if (this.#gone) this.start()
    await this.#ready
    const worker = this.worker
    const t0 = performance.now()
    const result = await new Promise<Result>((resolve) => {
      const finish = (r: Result): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        resolve(r)
      }
      const onMessage = (a: Answer): void => {
        if (a.kind === 'done' && a.id === task.id)
          finish({ kind: 'done', outcome: a.outcome, recipe: a.recipe, bytes: a.bytes, wallMs: performance.now() - t0 })
        // The campaign's own bug, not Waymark's: stop, with the worker's stack.
        if (a.kind === 'harness-error' && a.id === task.id) {
          finish({ kind: 'worker-died', stage: 'harness', message: a.stack, wallMs: performance.now() - t0 })
          throw new Error(`bench/fuzz.ts: the harness failed on a document: ${a.stack}`)
        }
      }
      const onError = (error: Error): void =>
        finish({
          kind: 'worker-died',
          stage: this.stage(),
          message: `${error.name}: ${error.message}`,
          wallMs: performance.now() - t0,
        })
      const onExit = (code: number): void =>
        finish({
          kind: 'worker-died',
          stage: this.stage(),
          message: `the worker exited with code ${code}`,
          wallMs: performance.now() - t0,
        })
      const timer = setTimeout(() => {
        const wallMs = performance.now() - t0
        finish({ kind: 'time-bound', stage: this.stage(), wallMs, stageMs: this.stageMs(wallMs) })
      }, this.options.timeBound)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage(task)
    })
    if (result.kind !== 'done') {
      // The old worker is stopped in whatever it was doing; its replacement starts now.
      void worker.terminate()
      this.start()
    }
    return result
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.#ready.catch(() => undefined)
    await this.worker.terminate()
  }
}

/** Runs tasks on a pool of workers, each task within the time bound. */
export class FuzzPool {
  readonly #slots: Slot[]
  readonly #idle: Slot[]
  readonly #waiting: ((slot: Slot) => void)[] = []
  #id = 0

  constructor(options: PoolOptions) {
    this.#slots = Array.from({ length: Math.max(1, options.workers) }, () => new Slot(options))
    this.#idle = [...this.#slots]
  }

  /** Runs one task on the next free worker. */
  async run(job: Job): Promise<Result> {
    const slot = this.#idle.pop() ?? (await new Promise<Slot>((resolve) => this.#waiting.push(resolve)))
    try {
      return await slot.run({ ...job, id: ++this.#id })
    } finally {
      const next = this.#waiting.shift()
      if (next !== undefined) next(slot)
      else this.#idle.push(slot)
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.close()))
  }
}
