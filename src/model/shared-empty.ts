/**
 * How the model stores its many small lists. A roadmap of 100,000 topics holds about a
 * million of them, most empty (no aliases, no tags, no team) or of one to three entries.
 */
export const NONE: readonly never[] = Object.freeze([])

/**
 * `list` as the model keeps it: the shared empty list when it is empty, else an exactly
 * sized copy. A list built with `push` or `filter` has room for 17 entries (152 bytes in
 * V8) however few it holds; at 10,000 topics such lists were 10.1 of 58 MB live
 * (`bench/memory-stages.ts --snapshot`).
 */
export function compactList<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice()
}
