/**
 * Shrinking a failing document by delta debugging (Zeller's ddmin): remove chunks of
 * lines while the failure stays, halving the chunks; then the same over characters; then
 * single characters of what is left, while it is small. Each test is a run of the
 * candidate (on a worker, within the time bound), so a budget caps the tests.
 */

/** Says whether `text` still fails the same way. */
export type StillFails = (text: string) => Promise<boolean>

/** Options of a shrink. */
export interface ShrinkOptions {
  /** Tests at most. */
  readonly tests: number
  /** Told of every smaller text found. */
  readonly onSmaller?: (text: string, tests: number) => void
}

/** The smallest text ddmin finds that still fails, and the tests it took. */
export async function shrink(
  text: string,
  stillFails: StillFails,
  options: ShrinkOptions,
): Promise<{ text: string; tests: number }> {
  let tests = 0
  let best = text
  const test = async (candidate: string): Promise<boolean> => {
    if (tests >= options.tests || candidate === best) return false
    tests++
    if (!(await stillFails(candidate))) return false
    best = candidate
    options.onSmaller?.(best, tests)
    return true
  }
  // Lines keep their line breaks; characters are code units (a half surrogate can be the point).
  const lines = (s: string): string[] => s.match(/[^\n]*\n|[^\n]+$/g) ?? []
  const units = (s: string): string[] => s.split('')
  for (const split of [lines, units]) {
    await ddmin(split(best), test)
    if (tests >= options.tests) break
  }
  // One character at a time, from the end, while the text is small enough for it.
  for (let i = best.length - 1; i >= 0 && best.length <= 2000 && tests < options.tests; i--) {
    if (i < best.length) await test(best.slice(0, i) + best.slice(i + 1))
  }
  return { text: best, tests }
}

/** ddmin over `parts`: the complements of ever smaller chunks, kept whenever they still fail. */
async function ddmin(parts: string[], test: (candidate: string) => Promise<boolean>): Promise<void> {
  let current = parts
  let n = 2
  while (current.length >= 2) {
    const size = Math.ceil(current.length / n)
    let reduced = false
    for (let start = 0; start < current.length; start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)]
      if (await test(complement.join(''))) {
        current = complement
        n = Math.max(n - 1, 2)
        reduced = true
        break
      }
    }
    if (!reduced) {
      if (n >= current.length) break
      n = Math.min(current.length, n * 2)
    }
  }
}
