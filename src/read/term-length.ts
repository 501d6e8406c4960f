/**
 * A programme's term written once for a whole page — `Mentorship duration - three months
 * (12 weeks - full-time schedule)`, `Program length: 12 weeks` — is the size of every
 * project on it that states none (a mentorship page's projects all last one term).
 */
import type { EstimateReading, EstimateUnits } from '../model/estimate.js'
import { parseEstimate } from './estimate.js'

// A programme's label ending in a word of length, then `:`, a dash or `is`, then the
// length (not `Release length`: a release schedule's events are no projects of one term).
const TERM_LINE =
  /^(?:mentorship|program|programme|internship|project|coding period|term)\s+(?:duration|length|term|time commitment)\s*(?::|\s[-–—]\s|\bis\b)\s*(\S.{0,200})$/iu

/** The term a line outside any topic states, or `null`. */
export function termLength(line: string, units: EstimateUnits): EstimateReading | null {
  const m = TERM_LINE.exec(line.trim())
  if (!m) return null
  const read = parseEstimate(m[1] as string, units)
  return read.kind === 'estimate' ? read : null
}
