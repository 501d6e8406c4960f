/**
 * Diagnostics are data: `{ ruleId, severity, message, place, hint }`. Stages create them
 * with `diagnostic()` (`diagnostics/diagnostic.ts`), whose words come from the one
 * catalog; the text formats live in `render/diagnostics/`.
 */
import type { RuleId } from './rule.js'
import type { Place } from './place.js'

/** How bad a diagnostic is: errors fail `waymark lint`; warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info'

/** One finding about the notes. */
export interface Diagnostic {
  readonly ruleId: RuleId
  readonly severity: Severity
  /** One sentence saying what is wrong. */
  readonly message: string
  /** Where; `null` only for findings about the roadmap as a whole. */
  readonly place: Place | null
  /** What to write instead, with an example. */
  readonly hint: string
  /** The topic the finding is about, when there is one. */
  readonly topic?: string
}
