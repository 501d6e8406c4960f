/** Benchmark worker: solves one PSPLIB instance per message and answers with its makespan. */
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { readPsplib } from '../src/plan/psplib/read-sm.js'
import { optimise } from '../src/plan/rcpsp/optimise.js'

/** A task: an instance file, a budget and a seed. */
export interface PsplibTask {
  readonly file: string
  readonly budget: number
  readonly seed: number
}

/** What a worker answers. */
export interface PsplibAnswer {
  readonly makespan: number
  readonly schedules: number
  readonly ms: number
}

parentPort?.on('message', (task: PsplibTask) => {
  const instance = readPsplib(readFileSync(task.file, 'utf8'))
  const t0 = performance.now()
  const result = optimise(instance.problem, { budget: task.budget, seed: task.seed })
  const answer: PsplibAnswer = { makespan: result.schedule.makespan, schedules: result.schedules, ms: performance.now() - t0 }
  parentPort?.postMessage(answer)
})
