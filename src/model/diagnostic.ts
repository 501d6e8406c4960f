/**
 * Diagnostics are data: `{ ruleId, severity, params, place }`. Stages create them with
 * `diagnostic()` (`diagnostics/diagnostic.ts`); the words — message and hint — are made
 * from the parameters late, in one place (`diagnostics/words.ts`, from the one catalog),
 * so JSON and SARIF carry the data and every format says the same.
 */
import type { RuleId, RuleParams } from './rule.js'
import type { Place } from './place.js'

/** How bad a diagnostic is: errors fail `waymark lint`; warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info'

/** One finding about the notes, with what its words are made of. */
export type Diagnostic = { [K in RuleId]: DiagnosticOf<K> }[RuleId]

/** A finding of rule `K`. */
export interface DiagnosticOf<K extends RuleId> {
  readonly ruleId: K
  readonly severity: Severity
  /** What the rule's message and hint are made from (names, counts, dates). */
  readonly params: RuleParams[K]
  /** Where; `null` only for findings about the roadmap as a whole. */
  readonly place: Place | null
  /** The topic the finding is about, when there is one. */
  readonly topic?: string
}

/** Who a rule speaks to, which decides where it is shown. */
export type Audience =
  /** The notes' authors: what to write (shown by `lint`). */
  | 'reader'
  /** The plan's readers: what planning changed, could not do, or warns of (shown beside the plan). */
  | 'planner'
  /** Whoever keeps the settings (shown by `lint` and beside the plan). */
  | 'settings'
  /** How the plan was made (assumed estimates, the optimiser's budget): in JSON outputs only. */
  | 'trace'
