/**
 * Suggested relations: a topic's prose (rationale, objectives, notes, external
 * prerequisites) that names another topic — "tied to the plat rearch topic" — is a
 * hint worth showing, not a dependency to schedule.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { TopicDraft, ValueItem } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Prerequisite, Relation } from '../model/roadmap.js'
import { placeInValue } from '../model/value-place.js'
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
  const texts: { field: FieldKey; item: ValueItem }[] = []
  for (const field of topic.fields) {
    if (field.key === null || !PROSE_FIELDS.includes(field.key)) continue
    for (const item of field.items) if (item.missing === null) texts.push({ field: field.key, item })
  }
  const external = new Set(prerequisites.filter((p) => p.kind === 'external').map((p) => p.text))
  for (const item of topic.prerequisites) if (external.has(item.text)) texts.push({ field: 'prerequisites', item })
  for (const { field, item } of texts) {
    for (const mention of matcher.mentions(item.text, topic.id)) {
      if (linked.has(mention.id) || seen.has(mention.id)) continue
      seen.add(mention.id)
      const at = placeInValue(item, mention.index)
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
