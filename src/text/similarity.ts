/** String similarity for names and titles: edit distance, plural forms, abbreviations. */

/**
 * Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. With a
 * finite `max` only the band of cells within `max` of the diagonal is computed (a cell
 * outside it is more than `max` already), so long strings cost their length times `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const band = Number.isFinite(max) ? max : Math.max(a.length, b.length)
  const far = max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= band ? j : far))
  // Two rows, reused: a row writes only its band, and the cell left of the band is reset.
  let current = new Array<number>(b.length + 1).fill(far)
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band)
    const to = Math.min(b.length, i + band)
    current[from - 1] = from === 1 && i <= band ? i : far
    let rowMin = current[from - 1] as number
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length] as number, far)
}

/** A crude English singular: `libraries` → `library`, `bootloaders` → `bootloader`. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** Dice coefficient of character bigrams. */
function bigramDice(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>()
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1)
    return m
  }
  const ga = grams(a)
  const gb = grams(b)
  let shared = 0
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0)
  return (2 * shared) / (a.length - 1 + (b.length - 1))
}

/**
 * How alike two folded words are, 0..1: equal 1; same singular 0.95; one abbreviates the
 * other (`plat` → `platform`, `rearch` → `rearchitecting`) 0.85; a typo (one or two edits
 * in a long word) 0.8; related spellings sharing many letter pairs (`unikraft`,
 * `unikernel`) their bigram overlap, when at least 0.4; else 0.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  // A word this long is no name (a pasted hash, a run of letters): only equal counts, and
  // comparing it letter by letter would cost its length squared.
  if (a.length > MAX_FUZZY_WORD || b.length > MAX_FUZZY_WORD) return 0
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
  const known = cache.get(key)
  if (known !== undefined) return known
  if (cache.size > 1_000_000) cache.clear()
  const value = similarity(a, b)
  cache.set(key, value)
  return value
}

/** The longest word compared by more than equality (longer than German compounds get). */
export const MAX_FUZZY_WORD = 48

// Matching a roadmap compares the same few thousand words over and over.
const cache = new Map<string, number>()

function similarity(a: string, b: string): number {
  if (singular(a) === singular(b)) return 0.95
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length >= 4 && long.startsWith(short)) return 0.85
  if (short.length >= 6 && editDistance(a, b, 2) <= (short.length >= 9 ? 2 : 1)) return 0.8
  if (short.length >= 4) {
    const dice = bigramDice(a, b)
    if (dice >= 0.4) return Math.min(dice, 0.75)
  }
  return 0
}
