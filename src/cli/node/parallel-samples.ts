/**
 * Monte Carlo samples on every core: this thread and a worker thread for each other
 * core. The model goes to each worker once; the samples are cut into chunks that the
 * threads take as they finish (each worker has the next one waiting, so it never idles
 * while this thread is busy with its own), so a slower core does not hold the others
 * up; the blocks come back as transferred typed arrays. A sample depends only on the seed and its index, so the result is the same
 * for any number of workers — and the same as on one thread.
 *
 * Nothing a worker does can change the result: a chunk a worker fails on (it cannot
 * start, throws, or exits) is computed on this thread instead. Aborting the signal
 * stops the workers at once and rejects with the signal's reason.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { simulate, type ForecastModel, type SampleBlock } from '../../forecast/monte-carlo.js'
import type { RunOptions, SampleRunner } from '../../forecast/sample-runner.js'

/** What a forecast worker is started with. */
export interface SampleWorkerData {
  readonly model: ForecastModel
  readonly seed: number
}

/** A chunk of samples for a worker: `first … first + count − 1`. */
export interface SampleChunk {
  readonly first: number
  readonly count: number
}

/** Below this many activity decodes (samples × topics) one thread is quicker than starting workers. */
const MIN_PARALLEL_WORK = 100_000

/** Chunks per thread: enough to even out the cores, few enough to cost nothing. */
const CHUNKS_PER_WORKER = 8

/** Chunks sent to a worker ahead: the next one waits there while this thread computes. */
const CHUNKS_AHEAD = 2

/**
 * A runner that spreads the samples over `threads` threads: this one and `threads − 1`
 * workers running `workerUrl` (the built `forecast-worker.js`).
 */
export function parallelSampleRunner(workerUrl: URL, threadCount = availableParallelism()): SampleRunner {
  return async (model, seed, samples, options: RunOptions = {}) => {
    options.signal?.throwIfAborted()
    const threads = Math.max(1, Math.min(threadCount, Math.ceil(samples / 50)))
    if (threads === 1 || samples * model.problem.n < MIN_PARALLEL_WORK)
      return [simulate(model, seed, 0, samples, options.onProgress)]

    const size = Math.max(1, Math.ceil(samples / (threads * CHUNKS_PER_WORKER)))
    const pending: SampleChunk[] = []
    for (let first = 0; first < samples; first += size) pending.push({ first, count: Math.min(size, samples - first) })
    const blocks: SampleBlock[] = []
    let done = 0
    const finished = (block: SampleBlock): void => {
      blocks.push(block)
      done += block.count
      options.onProgress?.(done)
    }
    const running = new Set<Worker>()
    let stopped = false
    const stopAll = (): void => {
      stopped = true
      for (const w of running) void w.terminate()
      running.clear()
    }

    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        stopAll()
        reject(options.signal?.reason)
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      let computingHere = true
      const settle = (): void => {
        if (running.size > 0 || computingHere || stopped) return
        options.signal?.removeEventListener('abort', onAbort)
        // Chunks left by failed workers are computed here.
        try {
          for (let chunk = pending.shift(); chunk !== undefined; chunk = pending.shift())
            finished(simulate(model, seed, chunk.first, chunk.count))
          resolve()
        } catch (error) {
          reject(error)
        }
      }
      for (let t = 1; t < threads; t++) {
        const worker = new Worker(workerUrl, { workerData: { model, seed } satisfies SampleWorkerData })
        running.add(worker)
        const sent: SampleChunk[] = []
        const next = (): void => {
          const chunk = pending.shift()
          if (chunk !== undefined) {
            sent.push(chunk)
            worker.postMessage(chunk)
          } else if (sent.length === 0) {
            running.delete(worker)
            void worker.terminate()
            settle()
          }
        }
        worker.on('message', (block: SampleBlock) => {
          // Blocks come back in the order their chunks were sent.
          sent.shift()
          finished(block)
          next()
        })
        const fail = (): void => {
          if (!running.has(worker)) return
          running.delete(worker)
          pending.push(...sent.splice(0))
          settle()
        }
        worker.on('error', fail)
        worker.on('exit', fail)
        for (let k = 0; k < CHUNKS_AHEAD; k++) next()
      }
      // This thread takes chunks too, with a turn of the event loop between them so that
      // the workers' blocks, progress and Ctrl-C get in.
      const computeHere = async (): Promise<void> => {
        for (;;) {
          await new Promise((resolve) => setImmediate(resolve))
          if (stopped) return
          const chunk = pending.shift()
          if (chunk === undefined) break
          finished(simulate(model, seed, chunk.first, chunk.count))
        }
        computingHere = false
        settle()
      }
      computeHere().catch((error: unknown) => {
        stopAll()
        reject(error)
      })
    })
    return blocks.sort((a, b) => a.first - b.first)
  }
}
