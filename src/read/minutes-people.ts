/** Whether an assignment outside an action section names people the minutes know. */
import type { ActionDraft } from '../model/document.js'

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
