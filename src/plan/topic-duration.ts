/** Durations for planning: an estimate's text in working days, and the median of known ones. */
import { plannedDays, type EstimateUnits } from '../model/estimate.js'
import { parseEstimate } from '../read/estimate.js'

/** The planned working days of an estimate text (the middle of its range), or `null`. */
export function daysFromText(text: string, units: EstimateUnits): number | null {
  const e = parseEstimate(text, units)
  return e.kind === 'estimate' ? plannedDays(e) : null
}

/** The median of whole working days (the upper middle for an even count), or `null`. */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null
  const sorted = [...days].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.ceil(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}
