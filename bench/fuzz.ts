/**
 * The fuzz campaign (issue 12): documents from a seeded grammar of every layout the reader
 * knows, then mutated (deep nesting, hostile Unicode, huge numbers, broken tables, YAML
 * edge cases, line-ending mixes, truncation, random insertions and deletions, duplicated
 * slices), each run through the whole library in-process — read, resolve, lint, settings,
 * plan, a short forecast, every renderer and `fmt` — on worker threads with a time bound
 * per document. Reports crashes (by stage), internal errors (results that break a
 * promise), time-bound hits and `fmt` failures (not idempotent, or losing text), each with
 * the command that replays it. Needs the build for the page (`npm run bench:fuzz` builds first).
 *
 *   node --import tsx bench/fuzz.ts [--count 100000] [--seed 1] [--workers 2] [--time-bound 3000] [--budget 200] [--samples 20] [--json]
 *   node --import tsx bench/fuzz.ts --seed S --replay I [--out FILE] [--trace]
 *   node --import tsx bench/fuzz.ts --seed S --replay I --shrink [--failure K] [--tests 2000] [--out FILE]
 *   node --import tsx bench/fuzz.ts --file NOTE.md [--file MORE.md]
 *
 * The time bound (3 s for a document of at most 120 KB) catches what grows faster than the
 * document: every defect of that kind found took 3.5 to 55 s. The slowest linear work
 * measured — micromark at about 85 KB/s on dense markup or lines inside nested `:::`
 * containers, then planning a few hundred topics and every renderer — takes up to 2.4 s
 * with two workers on two cores, which is why the bound is not 2 s.
 *
 * A document is a pure function of (seed, index): `--replay` regenerates one, writes it
 * with `--out`, and runs it on this thread with the stack traces shown. `--shrink`
 * delta-debugs it, on a worker within the time bound, to a small document that still
 * fails the same way. `--file` runs notes from disk the same way (a shrunk document, say).
 * A document that reaches the time bound runs once more on a fresh worker and counts only
 * when it reaches it again (once alone can be other work on the machine). `--budget` is the
 * optimiser's schedules per plan, `--samples` the forecast's. Exit code 1 when any failure
 * was found.
 *
 * Workers get the main thread's stack size, so the depth that overflows the CLI overflows
 * here too. Failures of defects known and being fixed are listed apart (`failures.ts`).
 * What each category checks: `run-document.ts` and `invariants.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { failuresOf, type Failure } from './support/fuzz/failures.js'
import { fuzzDocument } from './support/fuzz/fuzz-document.js'
import type { SourceText } from './support/fuzz/grammar.js'
import { runDocument, type RunContext } from './support/fuzz/run-document.js'
import { shrink } from './support/fuzz/shrink.js'
import { FuzzPool, type PoolOptions, type Result } from './support/fuzz/supervisor.js'
import { replayCommand, Tally } from './support/fuzz/tally.js'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    'time-bound': { type: 'string', default: '3000' },
    budget: { type: 'string', default: '200' },
    samples: { type: 'string', default: '20' },
    replay: { type: 'string' },
    out: { type: 'string' },
    shrink: { type: 'boolean' },
    failure: { type: 'string', default: '0' },
    tests: { type: 'string', default: '2000' },
    file: { type: 'string', multiple: true },
    trace: { type: 'boolean' },
    json: { type: 'boolean' },
  },
})

/** A whole number option, or exit with a usage message. */
function whole(name: string, text: string | undefined, min: number): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench/fuzz.ts: --${name} must be a whole number ≥ ${min}, got “${text}”\n`)
    process.exit(2)
  }
  return n
}

const seed = whole('seed', values.seed, 0)
const count = whole('count', values.count, 1)
const workers = whole('workers', values.workers, 1)
const timeBound = whole('time-bound', values['time-bound'], 1)
const budget = whole('budget', values.budget, 1)
const samples = whole('samples', values.samples, 1)
const ASSETS = new URL('../dist/render/site/', import.meta.url)
const hasAssets = existsSync(new URL('client.js', ASSETS))
if (!hasAssets) process.stderr.write('bench/fuzz.ts: no build, so the page is left out (run `npm run build`)\n')
const poolOptions: PoolOptions = { workers, timeBound, budget, samples, assets: hasAssets ? ASSETS.href : null }

// Under tsx, micromark's text resolver fix reaches the imported instance a turn after load
// (src/read/text-resolver-fix.ts): wait for it, as the executable never has to.
await new Promise((resolve) => setTimeout(resolve, 0))

if (values.file !== undefined)
  process.exitCode = await runHere(
    values.file.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    0,
    [],
  )
else if (values.replay !== undefined) {
  const index = whole('replay', values.replay, 0)
  const document = fuzzDocument(seed, index)
  if (values.shrink) process.exitCode = await shrinkDocument(index, document.files)
  else {
    if (values.out !== undefined) writeFiles(values.out, document.files)
    process.exitCode = await runHere(document.files, index, document.recipe)
  }
} else process.exitCode = await campaign()

/** The campaign: `count` documents on the pool; the summary on stdout. */
async function campaign(): Promise<number> {
  const tally = new Tally(seed)
  const pool = new FuzzPool(poolOptions)
  const t0 = performance.now()
  let next = 0
  let stopping = false
  // Ctrl-C stops handing out documents; the summary covers those done.
  process.once('SIGINT', () => {
    stopping = true
    process.stderr.write('\nbench/fuzz.ts: stopping after the documents in progress\n')
  })
  const tty = process.stderr.isTTY
  let shown = 0
  const progress = (): void => {
    const now = performance.now()
    if (now - shown < (tty ? 1000 : 30_000)) return
    shown = now
    const rate = tally.documents / ((now - t0) / 1000)
    const left = (count - tally.documents) / Math.max(rate, 1e-9)
    process.stderr.write(
      `${tty ? '\r' : ''}fuzz: ${tally.documents.toLocaleString('en')}/${count.toLocaleString('en')} documents, ${rate.toFixed(1)}/s, ${tally.failed} failed, about ${Math.round(left / 60)} min left${tty ? '   ' : '\n'}`,
    )
  }
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < count && !stopping) {
        const index = next++
        const job = { kind: 'generate', seed, index } as const
        let result = await pool.run(job)
        if (result.kind === 'time-bound') {
          // A hit counts when it repeats on a fresh worker: once alone may be the machine's load.
          const again = await pool.run(job)
          if (again.kind === 'done') tally.unconfirmed(index)
          result = again.kind === 'done' ? again : result
        }
        // A worker stopped at the time bound cannot say how its document was made; this thread can.
        tally.add(index, result, result.kind === 'done' ? result.recipe : fuzzDocument(seed, index).recipe)
        progress()
      }
    }),
  )
  await pool.close()
  if (tty) process.stderr.write('\n')
  const seconds = (performance.now() - t0) / 1000
  const options = { workers, timeBound, seconds }
  process.stdout.write(values.json ? `${JSON.stringify(tally.json(options), null, 2)}\n` : tally.text(options))
  return tally.failed > 0 ? 1 : 0
}

/** Runs one document on this thread and prints what went wrong, stack traces included. */
async function runHere(files: readonly SourceText[], variant: number, recipe: readonly string[]): Promise<number> {
  process.stdout.write(`${files.map((f) => `${f.file}: ${f.text.length.toLocaleString('en')} characters`).join(', ')}\n`)
  if (recipe.length > 0) process.stdout.write(`recipe: ${recipe.join(' ')}\n`)
  const context: RunContext = {
    assets: hasAssets
      ? { script: readFileSync(new URL('client.js', ASSETS), 'utf8'), style: readFileSync(new URL('styles.css', ASSETS), 'utf8') }
      : null,
    budget,
    samples,
    ...(values.trace ? { onStage: (stage) => process.stderr.write(`  … ${stage}\n`) } : {}),
  }
  const outcome = await runDocument(files, variant, context)
  const result: Result = { kind: 'done', outcome, recipe, bytes: 0, wallMs: outcome.ms }
  const failures = failuresOf(variant, result, recipe)
  if (outcome.ms > timeBound)
    failures.push({
      category: 'time-bound',
      index: variant,
      stage: outcome.slowest.stage,
      message: `took ${Math.round(outcome.ms)} ms (the bound is ${timeBound} ms), ${Math.round(outcome.slowest.ms)} ms of it in ${outcome.slowest.stage}`,
      where: null,
      stack: null,
      signature: `time-bound|${outcome.slowest.stage}`,
      known: null,
      recipe,
    })
  const stages = Object.entries(outcome.stageMs)
    .filter(([, ms]) => (ms ?? 0) >= 1)
    .map(([s, ms]) => `${s} ${Math.round(ms ?? 0)}`)
  process.stdout.write(`${Math.round(outcome.ms)} ms, ${outcome.topics} topics; ms by stage: ${stages.join(', ')}\n`)
  for (const f of failures) {
    process.stdout.write(`\n[${f.category}] ${f.stage}: ${f.message}${f.known === null ? '' : `\n  known: ${f.known}`}\n`)
    if (f.stack !== null) process.stdout.write(`${f.stack}\n`)
  }
  process.stdout.write(failures.length === 0 ? 'no failures\n' : `\n${failures.length} failures\n`)
  return failures.length > 0 ? 1 : 0
}

/** Delta-debugs document `index` down to a small one with the same failure, on a worker. */
async function shrinkDocument(index: number, original: readonly SourceText[]): Promise<number> {
  const pool = new FuzzPool({ ...poolOptions, workers: 1 })
  try {
    const signatures = async (files: readonly SourceText[]): Promise<Failure[]> =>
      failuresOf(index, await pool.run({ kind: 'text', files, variant: index }), [])
    const found = await signatures(original)
    const target = found[whole('failure', values.failure, 0)]
    if (target === undefined) {
      process.stdout.write(
        `document ${index} of seed ${seed}: ${found.length} failures, nothing to shrink with --failure ${values.failure}\n`,
      )
      return found.length > 0 ? 1 : 0
    }
    process.stdout.write(
      `shrinking document ${index} of seed ${seed} for [${target.category}] ${target.stage}: ${target.message}\n`,
    )
    let files = [...original]
    let tests = 0
    const limit = whole('tests', values.tests, 1)
    for (let k = 0; k < files.length; k++) {
      const others = (text: string): SourceText[] => files.map((f, j) => (j === k ? { file: f.file, text } : f))
      const shrunk = await shrink(
        (files[k] as SourceText).text,
        async (text) => (await signatures(others(text))).some((f) => f.signature === target.signature),
        {
          tests: limit - tests,
          onSmaller: (text, n) => process.stderr.write(`  ${tests + n} tests: ${text.length.toLocaleString('en')} characters\n`),
        },
      )
      tests += shrunk.tests
      files = others(shrunk.text)
    }
    process.stdout.write(`\nafter ${tests} tests:\n`)
    for (const f of files) process.stdout.write(`--- ${f.file} (${f.text.length} characters)\n${JSON.stringify(f.text)}\n`)
    if (values.out !== undefined) {
      const written = writeFiles(values.out, files)
      process.stdout.write(`\nrun it with: node --import tsx bench/fuzz.ts ${written.map((w) => `--file ${w}`).join(' ')}\n`)
    }
    process.stdout.write(`replay the original with: ${replayCommand(seed, index)}\n`)
    return 1
  } finally {
    await pool.close()
  }
}

/** Writes the files of a document: the first to `out`, others beside it (`out-2.md`, …). */
function writeFiles(out: string, files: readonly SourceText[]): string[] {
  return files.map((f, k) => {
    const path = k === 0 ? out : out.replace(/(\.[^./]*)?$/, `-${k + 1}$1`)
    writeFileSync(path, f.text)
    process.stderr.write(`wrote ${path} (${f.file})\n`)
    return path
  })
}
