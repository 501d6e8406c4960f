/**
 * The second thread of `parallel-markdown.ts`: takes chunks of a job from the shared
 * counter until none are left, and sends each one's nodes back on the results port.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { parseChunk } from '../../read/markdown.js'
import { CLAIMS, detachPositions, type ChunkJob, type ChunkResult } from './markdown-worker-protocol.js'

const results = (workerData as { results: MessagePort }).results

parentPort?.on('message', (job: ChunkJob) => {
  const claims = new Int32Array(job.claims)
  for (;;) {
    const index = Atomics.add(claims, CLAIMS.next, 1)
    const chunk = job.chunks[index]
    if (chunk === undefined) return
    // Posted before it is counted: a counted result is always waiting on the port.
    try {
      const nodes = parseChunk(chunk)
      const positions = detachPositions(nodes)
      results.postMessage({ job: job.id, index, nodes, positions } satisfies ChunkResult, [positions.buffer])
    } catch {
      // The main thread parses the chunk again and reports the error as usual.
      results.postMessage({ job: job.id, index, nodes: null, positions: null } satisfies ChunkResult)
    }
    Atomics.add(claims, CLAIMS.done, 1)
    Atomics.notify(claims, CLAIMS.done)
  }
})
