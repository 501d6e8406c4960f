/** Lint output as JSON: diagnostics, counts and the per-person to-do list. */
import { hintOf, messageOf } from '../../diagnostics/words.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { LintReport } from '../../model/lint-report.js'
import type { PersonTodo } from '../../model/lint-report.js'

/** A diagnostic as JSON: its place flattened to `file`, `line`, `column`. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: messageOf(d),
    hint: hintOf(d),
    params: d.params,
    file: d.place?.file ?? null,
    line: d.place?.line ?? null,
    column: d.place?.column ?? null,
    topic: d.topic ?? null,
  }
}

/** Renders a lint report as JSON text. */
export function renderJson(report: LintReport): string {
  const value = {
    diagnostics: report.diagnostics.map(diagnosticJson),
    counts: report.counts,
    todo: todoJson(report.todo),
  }
  return `${JSON.stringify(value, null, 2)}\n`
}

/** The per-person to-do list as JSON, places flattened like diagnostics'. */
export function todoJson(todo: readonly PersonTodo[]): Record<string, unknown>[] {
  return todo.map((t) => ({
    person: t.person,
    items: t.items.map((i) => ({
      need: i.need,
      label: i.label,
      topic: i.topic,
      title: i.title,
      file: i.place.file,
      line: i.place.line,
      column: i.place.column,
    })),
  }))
}
