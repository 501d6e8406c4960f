/** Durations for planning: the median of the known estimates. */

/** The median of whole working days (the upper middle for an even count), or `null`. */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null
  const sorted = [...days].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.ceil(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}
