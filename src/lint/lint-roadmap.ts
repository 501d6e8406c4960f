/**
 * lint: the roadmap's diagnostics — those found while reading and resolving, plus the
 * rules that judge a resolved roadmap — sorted for stable output, with the per-person
 * to-do list.
 */
import { compareDiagnostics, countSeverities } from '../diagnostics/diagnostic.js'
import type { Diagnostic, Severity } from '../model/diagnostic.js'
import type { Roadmap, Topic } from '../model/roadmap.js'
import { missingEstimate } from './rules/missing-estimate.js'
import { missingOwner } from './rules/missing-owner.js'
import { placeholder } from './rules/placeholder.js'
import { todoList, type PersonTodo } from './todo-list.js'

/** A rule over one topic. */
type TopicRule = (topic: Topic) => Diagnostic[]

const TOPIC_RULES: readonly TopicRule[] = [missingOwner, missingEstimate, placeholder]

/** What lint finds. */
export interface LintReport {
  readonly diagnostics: readonly Diagnostic[]
  readonly counts: Readonly<Record<Severity, number>>
  readonly todo: readonly PersonTodo[]
}

/** Lints a resolved roadmap. */
export function lintRoadmap(roadmap: Roadmap): LintReport {
  const diagnostics = [...roadmap.diagnostics, ...roadmap.topics.flatMap((t) => TOPIC_RULES.flatMap((rule) => rule(t)))]
  diagnostics.sort(compareDiagnostics)
  return { diagnostics, counts: countSeverities(diagnostics), todo: todoList(roadmap) }
}
