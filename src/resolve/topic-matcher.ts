/**
 * Finds the topic a piece of text names. Titles are split into words weighted by
 * rarity (a word in one title says more than one in many); a query scores against a
 * title by how much of each side the other covers (recall and precision over weighted
 * words, combined as their harmonic mean), with credit for plural forms, abbreviations
 * (`plat rearch`), typos, related spellings and acronyms (`ASLR`). Parenthesised words
 * in titles (`(Internal)`) are qualifiers: they count when matched and cost nothing when
 * not. Candidates come from an index, so the cost grows with matches, not with topics².
 */
import { foldText } from '../text/fold.js'
import { singular, wordSimilarity } from '../text/similarity.js'
import { words, type Word } from '../text/tokens.js'

/** What the matcher needs of a topic. */
export interface MatchableTopic {
  readonly id: string
  readonly title: string
  readonly aliases: readonly string[]
  readonly anchor: string
}

/** A topic's score for a query. */
export interface TopicScore {
  readonly id: string
  /** Harmonic mean of recall and precision, 0..1. */
  readonly score: number
  /** Share of the query's weight the title covers. */
  readonly recall: number
  /** Share of the title's weight the query covers. */
  readonly precision: number
}

/** A topic named in prose: where, and which. */
export interface Mention {
  readonly id: string
  readonly index: number
  readonly text: string
}

interface Name {
  readonly id: string
  readonly core: readonly string[]
  readonly qualifiers: readonly string[]
  readonly acronym: string | null
}

/** Words at least this alike count as the same word in prose mentions. */
const MENTION_SIMILARITY = 0.85
/** A query is scored against at most about this many titles (its rarest words' titles). */
const MAX_CANDIDATES = 100
/**
 * A query of more words than this is prose, not a topic's name: only an exact title links
 * it (its mentions of topics are found as prose, by `mentions`). Scoring it against every
 * candidate costs its words times the titles' words, seconds for a pasted page.
 */
export const MAX_QUERY_WORDS = 64
/**
 * A title's rare word seen this many times in one text without the rest of the title is
 * not looked at again there: pasted or repeated text would otherwise be searched around
 * every one of thousands of occurrences.
 */
export const MAX_MENTION_MISSES = 32
/** The longest title (in words) that prose is searched for. */
export const MAX_MENTIONED_TITLE_WORDS = 16

const prefix = (token: string): string => token.slice(0, 3)

/** An index of a roadmap's topic titles. */
export class TopicMatcher {
  readonly #names: Name[] = []
  readonly #byExact = new Map<string, string>()
  readonly #byPrefix = new Map<string, Set<number>>()
  readonly #byAcronym = new Map<string, Set<number>>()
  readonly #df = new Map<string, number>()
  /** Title words no other title has, by prefix: where prose mentions are looked for. */
  readonly #distinctive = new Map<string, { token: string; names: number[] }[]>()
  readonly #topics: number

  constructor(topics: readonly MatchableTopic[]) {
    this.#topics = topics.length
    for (const topic of topics) {
      for (const key of [topic.id, topic.anchor, exactKey(topic.title), ...topic.aliases.map(exactKey)]) {
        if (key !== '' && !this.#byExact.has(key)) this.#byExact.set(key, topic.id)
      }
      const seen = new Set<string>()
      for (const text of [topic.title, ...topic.aliases]) {
        const ws = words(text)
        // An acronym in parentheses is another name: `Memory Randomization (ASLR)`.
        for (const w of ws) if (w.qualifier && w.upper && !this.#byExact.has(w.token)) this.#byExact.set(w.token, topic.id)
        const name: Name = {
          id: topic.id,
          core: ws.filter((w) => !w.qualifier).map((w) => w.token),
          qualifiers: ws.filter((w) => w.qualifier).map((w) => w.token),
          acronym: acronymOf(ws),
        }
        const index = this.#names.push(name) - 1
        for (const token of [...name.core, ...name.qualifiers]) {
          addTo(this.#byPrefix, prefix(token), index)
          seen.add(singular(token))
        }
        if (name.acronym) addTo(this.#byAcronym, name.acronym, index)
      }
      for (const token of seen) this.#df.set(token, (this.#df.get(token) ?? 0) + 1)
    }
    const distinctive = new Map<string, number[]>()
    this.#names.forEach((name, index) => {
      // A title of more words than this is not looked for in prose: its search window grows
      // with it, so a pasted paragraph for a title made every mention search quadratic.
      if (name.core.length > MAX_MENTIONED_TITLE_WORDS) return
      for (const token of name.core) {
        if ((this.#df.get(singular(token)) ?? 0) <= 1) distinctive.set(token, [...(distinctive.get(token) ?? []), index])
      }
    })
    for (const [token, names] of distinctive) {
      const bucket = this.#distinctive.get(prefix(token))
      if (bucket) bucket.push({ token, names })
      else this.#distinctive.set(prefix(token), [{ token, names }])
    }
  }

  /** The topic whose id, anchor, title or alias is exactly `target` (case and accents aside). */
  exact(target: string): string | null {
    const t = target.trim().replace(/^#/, '')
    return this.#byExact.get(t) ?? this.#byExact.get(exactKey(t)) ?? this.#byExact.get(foldText(t)) ?? null
  }

  /** Scores `query` against the topics that share a word with it, best first. */
  rank(query: string, exclude: string | null = null): TopicScore[] {
    const exact = this.exact(query)
    const q = words(query)
    if (q.length > MAX_QUERY_WORDS)
      return exact !== null && exact !== exclude ? [{ id: exact, score: 1, recall: 1, precision: 1 }] : []
    // Rarest words first: a match must share a word that few titles have, so common
    // words ("support") add candidates only while there are few.
    const buckets = q
      .flatMap((w) => [this.#byPrefix.get(prefix(w.token)), this.#byAcronym.get(w.token)])
      .filter((b): b is Set<number> => b !== undefined)
      .sort((a, b) => a.size - b.size)
    const candidates = new Set<number>()
    for (const bucket of buckets) {
      if (candidates.size >= MAX_CANDIDATES) break
      for (const i of bucket) candidates.add(i)
    }
    const best = new Map<string, TopicScore>()
    if (exact !== null && exact !== exclude) best.set(exact, { id: exact, score: 1, recall: 1, precision: 1 })
    for (const i of candidates) {
      const name = this.#names[i] as Name
      if (name.id === exclude) continue
      const s = this.#score(q, name)
      if (s.score > (best.get(name.id)?.score ?? 0)) best.set(name.id, s)
    }
    return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
  }

  /**
   * Topics named in prose: words of one clause, no more apart than the title's length
   * plus two, covering at least 80% of a title's weight and including a word no other
   * title has (where the search starts, so long roadmaps stay fast).
   */
  mentions(prose: string, exclude: string | null = null): Mention[] {
    const ws = words(prose)
    const found = new Map<string, Mention>()
    // Places where a title's rare word was seen without the rest of the title around it.
    const misses = new Map<number, number>()
    const weight = (ts: readonly string[]): number => ts.reduce((n, t) => n + this.#idf(t), 0)
    ws.forEach((word, at) => {
      for (const entry of this.#distinctive.get(prefix(word.token)) ?? []) {
        if (wordSimilarity(word.token, entry.token) < MENTION_SIMILARITY) continue
        for (const i of entry.names) {
          const name = this.#names[i] as Name
          if (name.id === exclude || found.has(name.id) || (misses.get(i) ?? 0) >= MAX_MENTION_MISSES) continue
          misses.set(i, (misses.get(i) ?? 0) + 1)
          const reach = name.core.length + 1
          const lo = Math.max(0, at - reach)
          const near = ws
            .slice(lo, at + reach + 1)
            .map((w, j) => ({ w, k: lo + j }))
            .filter(({ w }) => w.clause === word.clause)
          const threshold = name.core.length === 1 ? 0.95 : MENTION_SIMILARITY
          const matched = name.core.map((c) => near.find(({ w }) => wordSimilarity(w.token, c) >= threshold)?.k ?? -1)
          const positions = matched.filter((k) => k >= 0)
          if (positions.length === 0) continue
          const first = Math.min(...positions)
          const last = Math.max(...positions)
          const covered = weight(name.core.filter((_, k) => (matched[k] as number) >= 0))
          if (last - first > reach || covered / weight(name.core) < 0.8) continue
          const from = ws[first] as Word
          const to = ws[last] as Word
          found.set(name.id, { id: name.id, index: from.index, text: prose.slice(from.index, to.index + to.token.length) })
        }
      }
    })
    return [...found.values()].sort((a, b) => a.index - b.index)
  }

  #idf(token: string): number {
    const df = this.#df.get(singular(token)) ?? 0
    return Math.log(1 + this.#topics / Math.max(1, df))
  }

  #score(query: readonly Word[], name: Name): TopicScore {
    const none = { id: name.id, score: 0, recall: 0, precision: 0 }
    if (query.length === 0) return none
    const titleTokens = [...name.core, ...name.qualifiers]
    let recallHit = 0
    let recallAll = 0
    const coreHit = name.core.map(() => 0)
    const qualifierHit = name.qualifiers.map(() => 0)
    for (const w of query) {
      const weight = this.#idf(w.token)
      recallAll += weight
      if (name.acronym !== null && w.upper && w.token === name.acronym) {
        recallHit += weight
        coreHit.fill(1)
        continue
      }
      let best = 0
      titleTokens.forEach((t, k) => {
        const s = wordSimilarity(w.token, t)
        best = Math.max(best, s)
        if (k < name.core.length) coreHit[k] = Math.max(coreHit[k] as number, s)
        else qualifierHit[k - name.core.length] = Math.max(qualifierHit[k - name.core.length] as number, s)
      })
      recallHit += weight * best
    }
    let precisionHit = 0
    let precisionAll = 0
    name.core.forEach((t, k) => {
      precisionAll += this.#idf(t)
      precisionHit += this.#idf(t) * (coreHit[k] as number)
    })
    name.qualifiers.forEach((t, k) => {
      const hit = qualifierHit[k] as number
      if (hit > 0) {
        precisionAll += this.#idf(t)
        precisionHit += this.#idf(t) * hit
      }
    })
    const recall = recallAll > 0 ? recallHit / recallAll : 0
    const precision = precisionAll > 0 ? precisionHit / precisionAll : 0
    const score = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0
    return { id: name.id, score, recall, precision }
  }
}

/** Initials of a title of two or more words (`Platform Rearchitecting` → `pr`). */
function acronymOf(ws: readonly Word[]): string | null {
  const core = ws.filter((w) => !w.qualifier)
  return core.length >= 2 ? core.map((w) => w.token[0]).join('') : null
}

/** A title for exact comparison: folded, punctuation as single spaces. */
function exactKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}
