/**
 * The plan as JSON (`waymark plan --json`): `{ start, finish, makespanDays, topics:
 * [{ id, title, start, finish, owners, slack, critical, assumed, reason }], criticalPath,
 * diagnostics }` plus the lower bound, links, people, bottlenecks and optimiser figures.
 */
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Plan } from '../../model/plan.js'
import { diagnosticJson } from '../diagnostics/json.js'
import { deadlineSourceJson } from './deadline-json.js'

/** A plan as a JSON value; `diagnostics` are those of reading and planning. */
export function planJson(plan: Plan, diagnostics: readonly Diagnostic[]): Record<string, unknown> {
  return {
    start: plan.start,
    asOf: plan.asOf,
    finish: plan.finish,
    makespanDays: plan.makespanDays,
    lowerBoundDays: plan.lowerBoundDays,
    deadline: plan.deadline && {
      date: plan.deadline.date,
      met: plan.deadline.met,
      source: deadlineSourceJson(plan.deadline.source),
    },
    topics: plan.topics.map((t) => ({
      id: t.id,
      title: t.title,
      start: t.start,
      finish: t.finish,
      started: t.started,
      late: t.late,
      owners: t.owners,
      team: t.team,
      unowned: t.unowned,
      days: t.days,
      slack: t.slack,
      critical: t.critical,
      assumed: t.assumed,
      source: t.source,
      reason: t.because,
      reasonDetail: t.reason,
      deadline: t.deadline,
      missesDeadline: t.missesDeadline,
    })),
    criticalPath: plan.criticalPath,
    criticalLinks: plan.criticalLinks,
    excluded: plan.excluded,
    people: plan.people,
    bottlenecks: plan.bottlenecks,
    ownerGap: plan.ownerGap,
    baseline: plan.baseline,
    ownerSuggestions: plan.ownerSuggestions,
    optimiser: plan.optimiser,
    diagnostics: diagnostics.map(diagnosticJson),
  }
}
