/**
 * Failures of a campaign: what each document's result says went wrong, sorted into the
 * categories the summary counts (crashes, internal errors, time-bound hits, fmt), each
 * with a signature that groups the same defect across documents, and the known defects
 * being fixed elsewhere marked as such.
 */
import type { Result } from './supervisor.js'

/** The categories, in the order the summary shows them. */
export const CATEGORIES = ['crash', 'internal', 'time-bound', 'fmt-unstable', 'fmt-loses-text'] as const

/** A category. */
export type Category = (typeof CATEGORIES)[number]

/** What the summary calls each category. */
export const CATEGORY_TITLES: Readonly<Record<Category, string>> = {
  crash: 'crashes (a stage threw)',
  internal: 'internal errors (a stage returned a broken result)',
  'time-bound': 'time-bound hits',
  'fmt-unstable': 'fmt not idempotent',
  'fmt-loses-text': 'fmt loses non-whitespace text',
}

/** One failure of one document. */
export interface Failure {
  readonly category: Category
  readonly index: number
  readonly stage: string
  /** One line: the error, the broken promise, the difference. */
  readonly message: string
  /** Where in `src/` it threw, for crashes. */
  readonly where: string | null
  readonly stack: string | null
  /** Groups failures of the same defect. */
  readonly signature: string
  /** Set for a defect known and being fixed: what it is. */
  readonly known: string | null
  readonly recipe: readonly string[]
}

/**
 * Defects known and being fixed now (other engineers' work): listed apart. Empty: the
 * deep-nesting, alias and recursion defects this listed are fixed, and now count again.
 */
const KNOWN: readonly { readonly test: (f: Omit<Failure, 'known'>) => boolean; readonly what: string }[] = []

/** The stages that took most of a document's time, `read 1,400 ms, plan 500 ms`. */
function timeSpent(stageMs: Readonly<Record<string, number>>): string {
  return Object.entries(stageMs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([s, ms]) => `${s} ${ms.toLocaleString('en')} ms`)
    .join(', ')
}

/** A message with its numbers, quotes and offsets blanked, so one defect has one signature. */
export function normalise(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"|“[^”]*”|`[^`]*`/g, '"…"')
    .replace(/\b(topic|place|file) \S+/g, '$1 …')
    .replace(/(the anchor must be set before the alias\)): .*/, '$1: …')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 160)
}

/** The failures in one document's result. */
export function failuresOf(index: number, result: Result, recipe: readonly string[]): Failure[] {
  const raw: Omit<Failure, 'known'>[] = []
  if (result.kind === 'time-bound')
    raw.push({
      category: 'time-bound',
      index,
      stage: result.stage,
      message: `still running after ${Math.round(result.wallMs)} ms, in ${result.stage} (${timeSpent(result.stageMs)})`,
      where: null,
      stack: null,
      signature: `time-bound|${result.stage}`,
      recipe,
    })
  else if (result.kind === 'worker-died')
    raw.push({
      category: 'crash',
      index,
      stage: result.stage,
      message: `the worker died: ${result.message}`,
      where: null,
      stack: null,
      signature: `crash|${result.stage}|worker|${normalise(result.message)}`,
      recipe,
    })
  else {
    const { outcome } = result
    for (const c of outcome.crashes)
      raw.push({
        category: 'crash',
        index,
        stage: c.stage,
        message: `${c.name}: ${c.message}`,
        where: c.where,
        stack: c.stack,
        signature: `crash|${c.stage}|${c.name}|${normalise(c.message)}|${c.where ?? ''}`,
        recipe,
      })
    for (const v of outcome.violations)
      raw.push({
        category: 'internal',
        index,
        stage: v.stage,
        message: `${v.check}: ${v.message}`,
        where: null,
        stack: null,
        signature: `internal|${v.stage}|${v.check}|${normalise(v.message)}`,
        recipe,
      })
    for (const f of outcome.fmt)
      raw.push({ category: f.kind, index, stage: 'fmt', message: f.message, where: null, stack: null, signature: f.kind, recipe })
  }
  return raw.map((f) => ({ ...f, known: KNOWN.find((k) => k.test(f))?.what ?? null }))
}
