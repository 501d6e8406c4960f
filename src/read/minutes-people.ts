/**
 * Who minutes name: the cheap test for a block that may hold an action item, and whether
 * an assignment outside an action section names people the minutes know.
 */
import type { ActionDraft } from '../model/document.js'

/** What a marked line or an assignment has in its source: a mark, or a short name and `to`/`will`/`can`/a dash at a line's start. */
export const ACTION_HINT =
  /\b(?:todo|to-do|action|ai|assign)|^[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*(?:\[[ xX]\][ \t]*)?[@\p{L}][\p{L}\p{N}'’.-]*(?:(?:[ \t]*(?:,|&|\/)[ \t]*|[ \t]+(?:and[ \t]+)?)[@\p{L}][\p{L}\p{N}'’.-]*){0,5}(?::[ \t]+to|[ \t]+(?:to|will|shall|can|should)|[ \t]*[-–—])[ \t]/imu

/** A person's first name, lowercase: how minutes shorten a name (`Sarah Boyce` → `sarah`). */
export function firstName(name: string): string {
  return (name.trim().split(/\s+/)[0] ?? '').toLowerCase()
}

/**
 * Whether an assignment outside an action section names people: a handle, two people
 * (`Lee and Benjie will …`), or names the document knows — not a sentence's first word
 * (`Difficult to split in tasks`).
 */
export function assignsPeople(action: ActionDraft, known: ReadonlySet<string>): boolean {
  const names = action.assignees.map((n) => n.text)
  return names.length >= 2 || names.every((n) => n.startsWith('@') || known.has(firstName(n)))
}
