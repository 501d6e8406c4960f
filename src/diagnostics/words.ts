/**
 * The words of a diagnostic — its message and hint — made from its parameters by the
 * catalog, here and only here: every output (terminal, JSON, SARIF, GitHub annotations,
 * the report, the page) says the same.
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { RuleParams } from '../model/rule.js'
import { RULES } from './catalog.js'

/** Words made from a rule's parameters. */
type Words = (params: RuleParams[keyof RuleParams]) => string

/** One sentence saying what is wrong. */
export function messageOf(d: Diagnostic): string {
  return (RULES[d.ruleId].message as Words)(d.params)
}

/** What to write instead, with an example. */
export function hintOf(d: Diagnostic): string {
  return (RULES[d.ruleId].hint as Words)(d.params)
}

/** Whether a finding belongs beside a plan (the planner's and the settings'; the notes' are `lint`'s). */
export function besidePlan(d: Diagnostic): boolean {
  const audience = RULES[d.ruleId].audience
  return audience === 'planner' || audience === 'settings'
}
