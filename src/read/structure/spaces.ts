/** Spaces and tabs within a line, the only whitespace structure recovery moves. */

/** Whether a character is a space or a tab. */
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t'

/** The first offset from `i` that is not a space or tab (or `end`). */
export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++
  return i
}

/** `end` moved back over trailing spaces and tabs, not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--
  return end
}

/** The first index of `char` in `text[from, end)`, or -1 (never scanning past `end`). */
export function indexIn(text: string, char: string, from: number, end: number): number {
  const code = char.charCodeAt(0)
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i
  return -1
}

/** How many times `char` repeats from `i`. */
export function runLength(text: string, i: number, end: number, char: string): number {
  let j = i
  while (j < end && text[j] === char) j++
  return j - i
}
