/**
 * lint: the roadmap's diagnostics — those found while reading and resolving, plus the
 * rules that judge a resolved roadmap — sorted for stable output, with the per-person
 * to-do list.
 */
import { compareDiagnostics, countSeverities } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { LintReport } from '../model/lint-report.js'
import type { Roadmap, Topic } from '../model/roadmap.js'
import { missingEstimate } from './rules/missing-estimate.js'
import { missingOwner } from './rules/missing-owner.js'
import { placeholder } from './rules/placeholder.js'
import { todoList } from './todo-list.js'

/** A rule over one topic; `persons` are the roadmap's people (canonical names), roles not among them. */
type TopicRule = (topic: Topic, persons: ReadonlySet<string>) => Diagnostic[]

const TOPIC_RULES: readonly TopicRule[] = [missingOwner, missingEstimate, placeholder]

/**
 * Lints a resolved roadmap; `found` are findings of the way to it that are not in the
 * roadmap (its settings' problems).
 */
export function lintRoadmap(roadmap: Roadmap, found: readonly Diagnostic[] = []): LintReport {
  const persons = new Set(roadmap.people.map((p) => p.name))
  const diagnostics = [
    ...roadmap.diagnostics,
    ...found,
    ...roadmap.topics.flatMap((t) => TOPIC_RULES.flatMap((rule) => rule(t, persons))),
  ]
  diagnostics.sort(compareDiagnostics)
  return { diagnostics, counts: countSeverities(diagnostics), todo: todoList(roadmap) }
}

/**
 * A lint report with more findings (the planner's, for `lint --plan`): sorted with the
 * rest and counted; the to-do list is the roadmap's and stays as it is.
 */
export function withFindings(report: LintReport, more: readonly Diagnostic[]): LintReport {
  if (more.length === 0) return report
  const diagnostics = [...report.diagnostics, ...more].sort(compareDiagnostics)
  return { ...report, diagnostics, counts: countSeverities(diagnostics) }
}
