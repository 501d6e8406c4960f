/**
 * Suggested relations: a topic's prose (rationale, objectives, notes, external
 * prerequisites) that names another topic — "tied to the plat rearch topic" — is a
 * hint worth showing, not a dependency to schedule.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { TopicDraft } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Prerequisite, Relation } from '../model/roadmap.js'
import type { Place } from '../model/place.js'
import type { TopicMatcher } from './topic-matcher.js'

const PROSE_FIELDS: readonly FieldKey[] = ['rationale', 'objectives', 'notes']
const FIELD_NAMES: Readonly<Partial<Record<FieldKey, string>>> = {
  rationale: 'rationale',
  objectives: 'objectives',
  notes: 'notes',
  prerequisites: 'prerequisites',
}

/** Relations suggested by `topic`'s prose, other than its linked prerequisites. */
export function suggestRelations(
  topic: TopicDraft,
  prerequisites: readonly Prerequisite[],
  matcher: TopicMatcher,
  titleOf: (id: string) => string,
): { relations: Relation[]; diagnostics: Diagnostic[] } {
  const linked = new Set(prerequisites.map((p) => p.topic))
  const seen = new Set<string>()
  const relations: Relation[] = []
  const diagnostics: Diagnostic[] = []
  const texts: { field: FieldKey; text: string; place: Place }[] = []
  for (const field of topic.fields) {
    if (field.key === null || !PROSE_FIELDS.includes(field.key)) continue
    for (const item of field.items)
      if (item.missing === null) texts.push({ field: field.key, text: item.text, place: item.place })
  }
  for (const p of prerequisites) if (p.kind === 'external') texts.push({ field: 'prerequisites', text: p.text, place: p.place })
  for (const { field, text, place } of texts) {
    for (const mention of matcher.mentions(text, topic.id)) {
      if (linked.has(mention.id) || seen.has(mention.id)) continue
      seen.add(mention.id)
      const at = { ...place, column: text.lastIndexOf('\n', mention.index) === -1 ? place.column + mention.index : place.column }
      const fieldName = FIELD_NAMES[field] ?? field
      relations.push({ from: topic.id, to: mention.id, field: fieldName, text: mention.text, place: at })
      diagnostics.push(
        diagnostic(
          'suggested-relation',
          { topic: topic.title, other: titleOf(mention.id), field: fieldName, text: mention.text },
          at,
          topic.id,
        ),
      )
    }
  }
  return { relations, diagnostics }
}
