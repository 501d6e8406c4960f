/**
 * A small worker pool for benchmarks: one worker per core, tasks handed out as workers
 * finish, results in task order.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Runs `tasks` on `workers` threads of the TypeScript module `module`, reporting progress. */
export async function runPool<T, R>(
  module: URL,
  tasks: readonly T[],
  options: { workers?: number; onProgress?: (done: number) => void } = {},
): Promise<R[]> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), tasks.length))
  const results = new Array<R>(tasks.length)
  let next = 0
  let done = 0
  await Promise.all(
    Array.from({ length: count }, async () => {
      const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module: module.href } })
      try {
        while (next < tasks.length) {
          const index = next++
          results[index] = await new Promise<R>((resolve, reject) => {
            worker.once('message', resolve)
            worker.once('error', reject)
            worker.postMessage(tasks[index])
          })
          worker.removeAllListeners('error')
          options.onProgress?.(++done)
        }
      } finally {
        await worker.terminate()
      }
    }),
  )
  return results
}
