/**
 * Waymark's library entry: the pipeline's stages as pure functions over plain data.
 *
 *   read (Markdown → document model) → resolve (people, prerequisites) → lint
 *
 * ```ts
 * import { checkRoadmap } from 'waymark'
 * const { roadmap, lint } = checkRoadmap([{ file: 'notes.md', text }])
 * ```
 */
export { checkRoadmap, type CheckedRoadmap } from './pipeline.js'

export { readDocument, type ReadOptions } from './read/read-document.js'
export { decodeNote, DEFAULT_MAX_BYTES, type Decoded, type DecodeProblem } from './read/decode.js'
export { parseEstimate, DEFAULT_UNITS } from './read/estimate.js'
export { resolveRoadmap } from './resolve/resolve-roadmap.js'
export { lintRoadmap, type LintReport } from './lint/lint-roadmap.js'
export { todoList, type PersonTodo, type TodoItem, type Need } from './lint/todo-list.js'
export { formatNote } from './render/markdown/format-note.js'
export { roadmapJson } from './render/json/roadmap-json.js'
export { renderHuman } from './render/diagnostics/human.js'
export { renderJson } from './render/diagnostics/json.js'
export { renderGithub } from './render/diagnostics/github.js'
export { renderSarif } from './render/diagnostics/sarif.js'

export { RULES, RULE_IDS } from './diagnostics/catalog.js'
export type { RuleId, RuleParams } from './model/rule.js'
export type { Diagnostic, Severity } from './model/diagnostic.js'
export type * from './model/document.js'
export type * from './model/estimate.js'
export type * from './model/roadmap.js'
export type { FieldKey } from './model/field-key.js'
export type { Place } from './model/place.js'
