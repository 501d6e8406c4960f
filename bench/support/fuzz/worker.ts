/**
 * A fuzz worker: regenerates each document it is sent (or takes the text sent), runs it
 * through the pipeline and answers with the outcome. Started by `bench/support/ts-worker.mjs`.
 * It warms up on one document before saying it is ready, so the time bound is not spent
 * compiling the pipeline.
 */
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import type { PageAssets } from '../../../src/render/site/html-page.js'
import { fuzzDocument } from './fuzz-document.js'
import type { Answer, Task, WorkerSetup } from './protocol.js'
import { runDocument, STAGES, type RunContext, type Stage } from './run-document.js'

const setup = workerData as WorkerSetup
const cell = new Int32Array(setup.stage)
const indexOf = new Map<Stage, number>(STAGES.map((s, k) => [s, k]))

/** The page's script and style from the build, or `null` (no page) when there is no build. */
function loadAssets(dir: string | null): PageAssets | null {
  if (dir === null) return null
  try {
    return { script: readFileSync(new URL('client.js', dir), 'utf8'), style: readFileSync(new URL('styles.css', dir), 'utf8') }
  } catch {
    return null
  }
}

const context: RunContext = {
  assets: loadAssets(setup.assets),
  budget: setup.budget,
  samples: setup.samples,
  onStage: (stage) => {
    const now = performance.now()
    if (current >= 0) Atomics.add(cell, 1 + current, Math.round(now - since))
    current = indexOf.get(stage) ?? -1
    since = now
    Atomics.store(cell, 0, current)
  },
}

/** The stage running now and since when (its milliseconds are added to its cell when the next starts). */
let current = -1
let since = 0

/** Between documents: no stage, no time. */
function reset(): void {
  current = -1
  cell.fill(0)
  Atomics.store(cell, 0, -1)
}

const port = parentPort
if (port === null) throw new Error('bench/support/fuzz/worker.ts runs as a worker thread')

await runDocument(fuzzDocument(1, 0).files, 0, context)
reset()
port.postMessage({ kind: 'ready' } satisfies Answer)

port.on('message', (task: Task) => {
  void answer(task)
    .catch((error: unknown): Answer => ({
      kind: 'harness-error',
      id: task.id,
      stack: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }))
    .then((a) => {
      reset()
      port.postMessage(a)
    })
})

async function answer(task: Task): Promise<Answer> {
  const document = task.kind === 'generate' ? fuzzDocument(task.seed, task.index) : { files: task.files, recipe: [] }
  const variant = task.kind === 'generate' ? task.index : task.variant
  const outcome = await runDocument(document.files, variant, context)
  const bytes = document.files.reduce((n, f) => n + f.text.length, 0)
  return { kind: 'done', id: task.id, outcome, recipe: document.recipe, bytes }
}
