/**
 * One frozen empty list for the empty lists the model holds. A roadmap of 100,000 topics
 * holds about a million lists, most of them empty (no aliases, no tags, no team); each
 * empty array of its own is 32 bytes.
 */
export const NONE: readonly never[] = Object.freeze([])

/** `list`, or the shared empty list when it is empty. */
export function orShared<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list
}
