import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parallelChunkParser } from '../../src/cli/node/parallel-markdown.js'
import { parseMarkdown, type ChunkParser } from '../../src/read/markdown.js'
import { recoverStructure } from '../../src/read/structure/recover.js'
import { SEED_TEXT } from '../helpers.js'
import { markdownDocuments } from '../support/markdown-documents.js'

// The worker runs the built script, as the executable does (`npm test` builds first).
const WORKER = new URL('../../dist/cli/node/markdown-worker.js', import.meta.url)

const documents = markdownDocuments

/** A worker script (as a `data:` URL) that follows the protocol but misbehaves as told. */
const fakeWorker = (onChunk: string): URL =>
  new URL(
    `data:text/javascript,${encodeURIComponent(`
      import { parentPort, workerData } from 'node:worker_threads'
      parentPort.on('message', (job) => {
        const claims = new Int32Array(job.claims)
        for (let index = Atomics.add(claims, 0, 1); index < job.chunks.length; index = Atomics.add(claims, 0, 1)) {
          ${onChunk}
        }
      })`)}`,
  )

/** The seed four times over, parsed with `parser` three times (a worker may start late), as on one thread. */
const expectSameTrees = (parser: ChunkParser): void => {
  const text = recoverStructure(SEED_TEXT.repeat(4)).text
  for (let run = 0; run < 3; run++) expect(parseMarkdown(text, 512, parser)).toStrictEqual(parseMarkdown(text, 512))
}

describe('parallel chunk parser', () => {
  const parallel = parallelChunkParser(WORKER, { minChars: 0 })
  afterAll(() => parallel.close())

  it('gives the tree the sequential parser gives, positions included', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseMarkdown(text, 64, parallel.parseChunks)).toStrictEqual(parseMarkdown(text, 64))
      }),
      { numRuns: 100 },
    )
  })

  it('gives the seed the same tree', () => {
    const text = recoverStructure(SEED_TEXT.repeat(8)).text
    expect(parseMarkdown(text, 512, parallel.parseChunks)).toStrictEqual(parseMarkdown(text, 512))
  })

  it('parses on this thread alone when the worker cannot start', async () => {
    const missing = parallelChunkParser(new URL('file:///nonexistent/markdown-worker.js'), { minChars: 0 })
    expectSameTrees(missing.parseChunks)
    await missing.close()
  })

  it('parses again here what the worker failed on', async () => {
    // Every chunk it takes "throws": it answers with no nodes.
    const failing = parallelChunkParser(
      fakeWorker(`workerData.results.postMessage({ job: job.id, index, nodes: null, positions: null })
          Atomics.add(claims, 1, 1)
          Atomics.notify(claims, 1)`),
      { minChars: 0 },
    )
    expectSameTrees(failing.parseChunks)
    await failing.close()
  })

  it('does not hang when the worker takes chunks and never answers', async () => {
    const silent = parallelChunkParser(fakeWorker('Atomics.wait(claims, 1, 0, 5_000)'), { minChars: 0 })
    const started = performance.now()
    expectSameTrees(silent.parseChunks)
    expect(performance.now() - started).toBeLessThan(20_000)
    await silent.close()
  })
})
