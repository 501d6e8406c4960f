/**
 * A document's estimates in other units: the settings that choose units are read after
 * the document (they may be in another file), so its estimates are converted, not the
 * document read again. Only estimates depend on units.
 */
import type { DocumentModel } from '../model/document.js'
import type { EstimateUnits } from '../model/estimate.js'
import { parseEstimate } from './estimate.js'

/** `document` with its estimates in `units` (itself when they are the units it was read with). */
export function withUnits(document: DocumentModel, units: EstimateUnits): DocumentModel {
  if (sameUnits(document.units, units)) return document
  return {
    ...document,
    units,
    topics: document.topics.map((t) =>
      t.estimate?.kind === 'estimate' ? { ...t, estimate: parseEstimate(t.estimate.text, units) } : t,
    ),
  }
}

/** Whether two conversions are the same. */
export function sameUnits(a: EstimateUnits, b: EstimateUnits): boolean {
  return (
    a.hoursPerDay === b.hoursPerDay &&
    a.daysPerWeek === b.daysPerWeek &&
    a.daysPerMonth === b.daysPerMonth &&
    a.daysPerQuarter === b.daysPerQuarter &&
    a.daysPerYear === b.daysPerYear &&
    a.daysPerSprint === b.daysPerSprint
  )
}
