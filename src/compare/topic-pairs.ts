/**
 * Which topic of one version of a roadmap is which topic of another: the same id (the
 * slug of the title) first; then renames, found by how alike the titles and the contents
 * are — "Unikraft Loader" and "Unikernel Loader" with the same owner, estimate and
 * objectives are one topic, renamed. A pair is made only when each is the other's best
 * match and they are alike enough.
 */
import type { Topic } from '../model/roadmap.js'
import { words } from '../text/tokens.js'
import { wordSimilarity } from '../text/similarity.js'

/** One topic in both versions. */
export interface TopicPair {
  readonly before: Topic
  readonly after: Topic
  /** Matched by likeness, not by id. */
  readonly renamed: boolean
  /** How alike they are, 0..1 (1 for the same id). */
  readonly likeness: number
}

/** The topics of two versions, paired. */
export interface PairedTopics {
  readonly pairs: readonly TopicPair[]
  readonly added: readonly Topic[]
  readonly removed: readonly Topic[]
}

/** Below this likeness two topics are not taken for one renamed. */
export const RENAME_LIKENESS = 0.45

/** Pairs the topics of `before` and `after`. */
export function pairTopics(before: readonly Topic[], after: readonly Topic[]): PairedTopics {
  const afterById = new Map(after.map((t) => [t.id, t]))
  const pairs: TopicPair[] = []
  const leftBefore: Topic[] = []
  const matched = new Set<string>()
  for (const t of before) {
    const same = afterById.get(t.id)
    if (same !== undefined) {
      pairs.push({ before: t, after: same, renamed: false, likeness: 1 })
      matched.add(same.id)
    } else leftBefore.push(t)
  }
  const leftAfter = after.filter((t) => !matched.has(t.id))
  const scores = leftBefore.map((b) => leftAfter.map((a) => likeness(b, a)))
  const bestAfter = scores.map((row) => argMax(row))
  const bestBefore = leftAfter.map((_, j) => argMax(scores.map((row) => row[j] as number)))
  const renamedAfter = new Set<number>()
  leftBefore.forEach((b, i) => {
    const j = bestAfter[i] as number
    const score = scores[i]?.[j] ?? 0
    if (j === -1 || bestBefore[j] !== i || score < RENAME_LIKENESS) return
    pairs.push({ before: b, after: leftAfter[j] as Topic, renamed: true, likeness: score })
    renamedAfter.add(j)
  })
  const pairedBefore = new Set(pairs.map((p) => p.before))
  return {
    pairs,
    added: leftAfter.filter((_, j) => !renamedAfter.has(j)),
    removed: before.filter((t) => !pairedBefore.has(t)),
  }
}

/**
 * How alike two topics are: their titles (word by word, allowing plurals, abbreviations
 * and typos) and their contents (the words of every field) count half each.
 */
export function likeness(a: Topic, b: Topic): number {
  const title = softOverlap(tokens(a.title), tokens(b.title))
  const ca = contentWords(a)
  const cb = contentWords(b)
  if (ca.size === 0 || cb.size === 0) return title * 0.8
  let shared = 0
  for (const w of ca) if (cb.has(w)) shared++
  const content = shared / (ca.size + cb.size - shared)
  return 0.5 * title + 0.5 * content
}

function tokens(text: string): string[] {
  return words(text).map((w) => w.token)
}

function contentWords(t: Topic): Set<string> {
  const text = [...t.fields.filter((f) => f.key !== null).map((f) => f.text), ...t.owners].join('\n')
  return new Set(tokens(text))
}

/** How alike two short texts are, word by word (plurals, abbreviations and typos count), 0..1. */
export function textLikeness(a: string, b: string): number {
  return softOverlap(tokens(a), tokens(b))
}

/** The share of words with a like word on the other side, each word counting its best likeness. */
function softOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const best = (w: string, other: readonly string[]): number => Math.max(...other.map((o) => wordSimilarity(w, o)))
  const total = a.reduce((sum, w) => sum + best(w, b), 0) + b.reduce((sum, w) => sum + best(w, a), 0)
  return total / (a.length + b.length)
}

function argMax(values: readonly number[]): number {
  let k = -1
  for (let i = 0; i < values.length; i++) if (k === -1 || (values[i] as number) > (values[k] as number)) k = i
  return k
}
