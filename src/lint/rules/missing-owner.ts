/** missing-owner: every topic needs someone who drives it; `TODO` is nobody. */
import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Topic } from '../../model/roadmap.js'

/** Reports topics without an owner (a mentored idea too: mentors guide the work, someone else does it). */
export function missingOwner(topic: Topic): Diagnostic[] {
  if (topic.owners.length > 0) return []
  const field = topic.fields.find((f) => f.key === 'owner')
  const text = field?.missing && field.missing.kind !== 'empty' ? field.missing.text : null
  return [
    diagnostic('missing-owner', { topic: topic.title, text, mentors: topic.mentors }, field?.place ?? topic.place, topic.id),
  ]
}
