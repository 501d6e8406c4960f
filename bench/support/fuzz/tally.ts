/**
 * The campaign's running tally and its summary: documents, throughput, time per document
 * (with the peak), each category's count of documents, the distinct failures (by
 * signature, known defects apart) and the first failures of each category, every one
 * with the command that replays it.
 */
import { CATEGORIES, CATEGORY_TITLES, failuresOf, type Category, type Failure } from './failures.js'
import type { Result } from './supervisor.js'

/** How many failures of each category the summary lists. */
export const FIRST_FAILURES = 20

/** A group of failures with one signature. */
export interface Distinct {
  readonly signature: string
  readonly category: Category
  readonly stage: string
  readonly message: string
  readonly where: string | null
  readonly known: string | null
  readonly documents: number
  /** The first document it was seen in. */
  readonly first: number
  readonly recipe: readonly string[]
}

/** The command that replays document `index` of run `seed`. */
export function replayCommand(seed: number, index: number): string {
  return `node --import tsx bench/fuzz.ts --seed ${seed} --replay ${index}`
}

/** The tally of a run. */
export class Tally {
  documents = 0
  bytes = 0
  readonly #times: number[] = []
  peak: { index: number; ms: number; stage: string; bytes: number } | null = null
  readonly #categories = new Map<Category, Set<number>>(CATEGORIES.map((c) => [c, new Set()]))
  readonly #first = new Map<Category, Failure[]>(CATEGORIES.map((c) => [c, []]))
  readonly #distinct = new Map<string, Distinct>()
  readonly #stageMs = new Map<string, number>()

  /** Documents that reached the time bound once but not on a second run. */
  readonly #unconfirmed: number[] = []

  constructor(readonly seed: number) {}

  /** Document `index` reached the bound once, then finished on a fresh worker (so it is not counted as a hit). */
  unconfirmed(index: number): void {
    this.#unconfirmed.push(index)
  }

  /** Adds document `index`'s result (and how it was made, when the worker could not say); returns its failures. */
  add(index: number, result: Result, recipe: readonly string[] = result.kind === 'done' ? result.recipe : []): Failure[] {
    this.documents++
    const ms = result.kind === 'done' ? result.outcome.ms : result.wallMs
    const stage = result.kind === 'done' ? result.outcome.slowest.stage : result.stage
    const bytes = result.kind === 'done' ? result.bytes : 0
    this.bytes += bytes
    this.#times.push(ms)
    if (this.peak === null || ms > this.peak.ms) this.peak = { index, ms, stage, bytes }
    if (result.kind === 'done')
      for (const [s, t] of Object.entries(result.outcome.stageMs)) this.#stageMs.set(s, (this.#stageMs.get(s) ?? 0) + (t ?? 0))
    const seen = new Set<string>()
    const failures = failuresOf(index, result, recipe).filter((f) => !seen.has(f.signature) && seen.add(f.signature))
    for (const f of failures) {
      this.#categories.get(f.category)?.add(index)
      const first = this.#first.get(f.category) as Failure[]
      if (first.length < FIRST_FAILURES) first.push(f)
      const d = this.#distinct.get(f.signature)
      this.#distinct.set(
        f.signature,
        d === undefined
          ? {
              signature: f.signature,
              category: f.category,
              stage: f.stage,
              message: f.message,
              where: f.where,
              known: f.known,
              documents: 1,
              first: index,
              recipe,
            }
          : { ...d, documents: d.documents + 1 },
      )
    }
    return failures
  }

  /** Documents with at least one failure of any category. */
  get failed(): number {
    const all = new Set<number>()
    for (const s of this.#categories.values()) for (const i of s) all.add(i)
    return all.size
  }

  /** Time percentiles per document, in ms. */
  times(): { p50: number; p90: number; p99: number; max: number } {
    const t = [...this.#times].sort((a, b) => a - b)
    const at = (p: number): number => Math.round(t[Math.min(t.length - 1, Math.floor(p * t.length))] ?? 0)
    return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) }
  }

  /** The distinct failures, most documents first, known defects last. */
  distinct(): Distinct[] {
    return [...this.#distinct.values()].sort(
      (a, b) =>
        Number(a.known !== null) - Number(b.known !== null) ||
        CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
        b.documents - a.documents,
    )
  }

  /** The machine-readable summary. */
  json(options: { workers: number; timeBound: number; seconds: number }): Record<string, unknown> {
    return {
      seed: this.seed,
      documents: this.documents,
      workers: options.workers,
      timeBoundMs: options.timeBound,
      seconds: Math.round(options.seconds * 10) / 10,
      documentsPerSecond: Math.round((this.documents / options.seconds) * 10) / 10,
      bytes: this.bytes,
      timeMs: {
        ...this.times(),
        peak:
          this.peak === null
            ? null
            : { ...this.peak, ms: Math.round(this.peak.ms), replay: replayCommand(this.seed, this.peak.index) },
      },
      stageMs: Object.fromEntries([...this.#stageMs].map(([s, t]) => [s, Math.round(t)])),
      failedDocuments: this.failed,
      timeBoundOnceOnly: this.#unconfirmed,
      categories: Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          {
            documents: this.#categories.get(c)?.size ?? 0,
            first: (this.#first.get(c) ?? []).map((f) => ({ ...f, stack: undefined, replay: replayCommand(this.seed, f.index) })),
          },
        ]),
      ),
      distinct: this.distinct().map((d) => ({ ...d, replay: replayCommand(this.seed, d.first) })),
    }
  }

  /** The summary for people. */
  text(options: { workers: number; timeBound: number; seconds: number }): string {
    const n = (x: number): string => x.toLocaleString('en')
    const t = this.times()
    const out = [
      `Waymark fuzz campaign: seed ${this.seed}, ${n(this.documents)} documents (${(this.bytes / 1e6).toFixed(1)} MB), ${options.workers} workers, time bound ${n(options.timeBound)} ms`,
      `  ${(this.documents / options.seconds).toFixed(1)} documents/s (${options.seconds.toFixed(1)} s); per document p50 ${t.p50} ms, p90 ${t.p90} ms, p99 ${t.p99} ms, max ${t.max} ms`,
    ]
    if (this.peak !== null)
      out.push(
        `  peak: document ${this.peak.index}, ${n(Math.round(this.peak.ms))} ms (${this.peak.stage}): ${replayCommand(this.seed, this.peak.index)}`,
      )
    const stages = [...this.#stageMs].sort((a, b) => b[1] - a[1]).slice(0, 6)
    const total = [...this.#stageMs.values()].reduce((a, b) => a + b, 0)
    out.push(`  time by stage: ${stages.map(([s, ms]) => `${s} ${Math.round((100 * ms) / Math.max(1, total))}%`).join(', ')}`)
    out.push('')
    for (const c of CATEGORIES)
      out.push(`  ${CATEGORY_TITLES[c].padEnd(52)} ${n(this.#categories.get(c)?.size ?? 0).padStart(7)} documents`)
    if (this.#unconfirmed.length > 0)
      out.push(
        `  (${n(this.#unconfirmed.length)} more reached the time bound once but not on a second run, so are not counted: ${this.#unconfirmed.slice(0, 10).join(', ')}${this.#unconfirmed.length > 10 ? ', …' : ''})`,
      )
    const distinct = this.distinct()
    const line = (d: Distinct): string[] => [
      `  [${d.category}] ${d.stage}: ${d.message.slice(0, 200)}${d.where === null ? '' : ` (at ${d.where})`} — ${n(d.documents)} documents`,
      `      first: ${replayCommand(this.seed, d.first)}   (${d.recipe.join(' ')})`,
    ]
    const fresh = distinct.filter((d) => d.known === null)
    const known = distinct.filter((d) => d.known !== null)
    if (fresh.length > 0) out.push('', `Distinct failures (${fresh.length}):`, ...fresh.flatMap(line))
    if (known.length > 0) {
      out.push('', `Known defects, being fixed (${known.length} signatures):`)
      for (const what of new Set(known.map((d) => d.known))) {
        out.push(`  ${what}:`)
        for (const d of known.filter((k) => k.known === what)) out.push(...line(d).map((l) => `  ${l}`))
      }
    }
    for (const c of CATEGORIES) {
      const first = this.#first.get(c) ?? []
      if (first.length === 0) continue
      out.push('', `First ${first.length} ${CATEGORY_TITLES[c]}:`)
      for (const f of first)
        out.push(
          `  #${f.index} ${f.stage}: ${f.message.slice(0, 160)}${f.known === null ? '' : ' [known]'}`,
          `      ${replayCommand(this.seed, f.index)}`,
        )
    }
    return `${out.join('\n')}\n`
  }
}
