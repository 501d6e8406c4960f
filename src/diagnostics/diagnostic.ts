/** Creates diagnostics from the catalog, and orders and counts them. */
import type { Diagnostic, Severity } from '../model/diagnostic.js'
import type { Place } from '../model/place.js'
import type { RuleId, RuleParams } from '../model/rule.js'
import { RULES } from './catalog.js'

/** Creates a diagnostic for `ruleId`, its message and hint rendered from the catalog. */
export function diagnostic<K extends RuleId>(ruleId: K, params: RuleParams[K], place: Place | null, topic?: string): Diagnostic {
  const base = { ruleId, severity: RULES[ruleId].severity, params, place }
  return (topic === undefined ? base : { ...base, topic }) as Diagnostic
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Orders diagnostics by file, line, column, then severity, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.place?.file ?? ''
  const fb = b.place?.file ?? ''
  if (fa !== fb) return fa < fb ? -1 : 1
  const la = a.place?.line ?? 0
  const lb = b.place?.line ?? 0
  if (la !== lb) return la - lb
  const ca = a.place?.column ?? 0
  const cb = b.place?.column ?? 0
  if (ca !== cb) return ca - cb
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
}

/** Counts diagnostics per severity. */
export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity] += 1
  return counts
}
