/** A thread of `parallel-samples.ts`: computes the chunks of samples it is sent and sends each block back. */
import { parentPort, workerData } from 'node:worker_threads'
import { simulate } from '../../forecast/monte-carlo.js'
import type { SampleChunk, SampleWorkerData } from './parallel-samples.js'

const { model, seed } = workerData as SampleWorkerData

parentPort?.on('message', (chunk: SampleChunk) => {
  const block = simulate(model, seed, chunk.first, chunk.count)
  // The blocks' arrays are fresh, not shared: moved, not copied.
  const buffers = [block.makespans, block.ends, block.durations, block.critical].map((a) => a.buffer as ArrayBuffer)
  parentPort?.postMessage(block, buffers)
})
