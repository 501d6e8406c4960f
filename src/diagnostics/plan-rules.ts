/** The diagnostics a reader of a plan should see beside it; the rest are `waymark lint`'s. */
import type { RuleId } from '../model/rule.js'

/** Rules about the plan: what planning changed, could not do, or warns of. */
export const PLAN_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'cycle-broken',
  'unschedulable-topic',
  'unavailable-person',
  'deadline-missed',
  'roadmap-deadline-missed',
  'long-estimate',
  'priority-inversion',
  'unknown-person-setting',
  'invalid-setting',
  'late-topics',
])
