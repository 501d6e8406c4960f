/**
 * The columns of a table of work items — a Markdown table, an HTML table or a CSV export:
 * which column names the items, and which field each other column holds.
 */
import type { FieldKey } from '../model/field-key.js'
import { fieldKeyOf, normalizeLabel } from './field-labels.js'

/**
 * Whether a table column's header names the work items: `Title`, `Topic`, `Feature`,
 * `Task`, `Item`, `Project`, `Idea`, `Goal`, `Deliverable`, `Initiative`, `Epic`,
 * `Proposal`, `Work item`, `What` (singular or plural); `Name` too unless `strict`.
 */
export function isItemColumn(label: string, strict = false): boolean {
  const t = normalizeLabel(label)
  if (!strict && t === 'name') return true
  return /^(?:title|topic|feature|task|item|work item|project|project idea|idea|goal|deliverable|initiative|epic|proposal|enhancement|milestone item|what)s?$/.test(
    t,
  )
}

/**
 * The field a column holds: its header as a label, a number after it dropped (`Mentor 1`,
 * `Mentor 2` are both mentors; `Mentor 1 GitHub` is no field).
 */
export function columnKey(label: string): FieldKey | null {
  return fieldKeyOf(label) ?? fieldKeyOf(columnLabel(label))
}

/** A column's header without the number of a numbered column group (`Mentor 2` → `Mentor`). */
export function columnLabel(label: string): string {
  return label.replace(/\s*#?\d+$/, '')
}
