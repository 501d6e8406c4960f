/**
 * Parses the chunks of a large document on two threads. This thread and a worker take
 * chunks from one shared counter, so neither waits for the other until the last chunk;
 * then this thread blocks (`Atomics.wait`) until the worker's last results are in. The
 * pipeline stays synchronous and pure: only the chunk parser it is given knows of threads.
 * (This module loads no parser: this thread's chunks are parsed by the function the
 * reader passes in, so commands that read no notes do not pay for loading micromark.)
 *
 * Nothing the worker does can change the result or hang the CLI: a chunk it fails on,
 * and every chunk it has not delivered after a generous wait, is parsed here instead.
 */
import type { RootContent } from 'mdast'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { ChunkParser, MarkdownChunk } from '../../read/markdown.js'
import type { ParallelParsing } from '../io.js'
import { attachPositions, CLAIMS, type ChunkJob, type ChunkResult } from './markdown-worker-protocol.js'

/**
 * Below this many characters a note is parsed on this thread alone. On two cores a second
 * parsing thread slows this one down (V8 compiles and collects garbage on the other core
 * too) and takes about 0.2 s to start; it pays from about half a megabyte (docs/reading.md).
 */
const MIN_PARALLEL_CHARS = 512 * 1024

/**
 * The worker's young generation. Parsing allocates a lot that dies young (micromark's
 * events and tokens); V8's default of 16 MB on this thread makes it copy much of it and
 * then collect it again from the old generation.
 */
const YOUNG_GENERATION_MB = 64

/** A chunk parser with a worker thread, started when the first large note comes. */
export interface ParallelChunkParser extends ParallelParsing {
  /** Stops the worker. (Not needed before exiting: the worker does not keep the process alive.) */
  close(): Promise<void>
}

/** Options of `parallelChunkParser`, for tests. */
export interface ParallelOptions {
  /** Documents smaller than this are parsed on this thread alone. */
  readonly minChars?: number
}

/** A chunk parser that shares the work with a worker running `workerUrl` (the built `markdown-worker.js`). */
export function parallelChunkParser(workerUrl: URL, options: ParallelOptions = {}): ParallelChunkParser {
  const minChars = options.minChars ?? MIN_PARALLEL_CHARS
  let thread: { readonly worker: Worker; readonly results: MessagePort } | null = null
  let failed = false
  let jobs = 0

  const startWorker = (): { readonly worker: Worker; readonly results: MessagePort } => {
    const { port1, port2 } = new MessageChannel()
    const worker = new Worker(workerUrl, {
      workerData: { results: port2 },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    worker.unref()
    // A worker that cannot start or dies leaves all chunks to this thread from then on.
    worker.on('error', () => void (failed = true))
    worker.on('exit', () => void (failed = true))
    return { worker, results: port1 }
  }

  const parseChunks: ChunkParser = (chunks, parseChunk) => {
    if (failed || chunks.length < 2 || charsOf(chunks) < minChars) return chunks.map((chunk) => parseChunk(chunk))
    thread ??= startWorker()
    const job: ChunkJob = { id: ++jobs, chunks, claims: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT) }
    const claims = new Int32Array(job.claims)
    thread.worker.postMessage(job)

    // Filled, not a sparse array: `map` below must visit every chunk.
    const parsed = new Array<RootContent[] | undefined>(chunks.length).fill(undefined)
    let own = 0
    let ownChars = 0
    const started = performance.now()
    for (let index = Atomics.add(claims, CLAIMS.next, 1); index < chunks.length; index = Atomics.add(claims, CLAIMS.next, 1)) {
      const chunk = chunks[index] as MarkdownChunk
      parsed[index] = parseChunk(chunk)
      own++
      ownChars += chunk.text.length
    }

    // Every chunk is taken now; wait for the ones the worker took.
    const msPerChar = (performance.now() - started) / Math.max(1, ownChars)
    const theirs = chunks.length - own
    let received = 0
    while (received < theirs) {
      const result = receiveMessageOnPort(thread.results)?.message as ChunkResult | undefined
      if (result !== undefined) {
        if (result.job !== job.id) continue
        received++
        if (result.nodes !== null && result.positions !== null) {
          attachPositions(result.nodes, result.positions)
          parsed[result.index] = result.nodes
        }
        continue
      }
      const outstanding = charsOf(chunks.filter((_, k) => parsed[k] === undefined))
      // Its first chunks run cold, and the machine may be busy: be patient before taking over.
      const patience = 1000 + 4 * outstanding * msPerChar
      if (Atomics.wait(claims, CLAIMS.done, received, patience) === 'timed-out') {
        failed = true
        void thread.worker.terminate()
        break
      }
    }
    return parsed.map((nodes, index) => nodes ?? parseChunk(chunks[index] as MarkdownChunk))
  }

  return {
    parseChunks,
    prepare(chars) {
      // Started now, the worker is ready by the time the note is recovered and cut.
      if (!failed && chars >= minChars) thread ??= startWorker()
    },
    async close() {
      const running = thread
      thread = null
      if (running === null) return
      running.results.close()
      await running.worker.terminate()
    },
  }
}

const charsOf = (chunks: readonly MarkdownChunk[]): number => chunks.reduce((sum, chunk) => sum + chunk.text.length, 0)
