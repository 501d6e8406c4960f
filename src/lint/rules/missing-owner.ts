/**
 * missing-owner: every topic needs someone who drives it; `TODO` is nobody, and so is a
 * role (`GSoC student`, `Library author`): a place to fill, planned with the unowned
 * topics or in the role's own pool (`roles:` in the settings).
 */
import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import { EVERYONE, type Topic } from '../../model/roadmap.js'

/**
 * Reports topics no person owns (a mentored idea too: mentors guide the work, someone else
 * does it); `persons` are the roadmap's people, by canonical name.
 */
export function missingOwner(topic: Topic, persons: ReadonlySet<string>): Diagnostic[] {
  if (topic.owners.some((o) => o === EVERYONE || persons.has(o))) return []
  const field = topic.fields.find((f) => f.key === 'owner')
  const text = field?.missing && field.missing.kind !== 'empty' ? field.missing.text : null
  return [
    diagnostic(
      'missing-owner',
      { topic: topic.title, text, mentors: topic.mentors, roles: topic.owners },
      field?.place ?? topic.place,
      topic.id,
    ),
  ]
}
