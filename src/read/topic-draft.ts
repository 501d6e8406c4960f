/**
 * Finishes a topic: its fields become typed values (people named, estimate read,
 * priority ranked, status and dates read), with a diagnostic for each value that is
 * not what its field expects.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { EstimateUnits } from '../model/estimate.js'
import type { Field, NameMention, TopicDraft, TopicStatus, ValueItem } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Place } from '../model/place.js'
import { placeInValue } from '../model/value-place.js'
import { isoDateOf } from './date-value.js'
import { parseEstimate } from './estimate.js'
import { splitNames } from './names.js'
import { priorityOf } from './priority.js'
import { statusOf } from './status.js'
import type { TopicHeading } from './topic-heading.js'
import { sizeWordsOf, type SizeTable } from './size-words.js'
import { compactList } from '../model/shared-empty.js'

/** Fields whose items add up when given twice (`Others` and `Notes`); others keep the first. */
const LIST_FIELDS: ReadonlySet<FieldKey> = new Set([
  'objectives',
  'prerequisites',
  'dependents',
  'links',
  'notes',
  'mentor',
  'team',
])

/** A nested item of a people field with a longer piece than this is a sentence about them, not a name. */
const MAX_NESTED_NAME_WORDS = 4

/** Builds a topic draft from its heading and fields. */
export function buildTopic(
  heading: TopicHeading,
  place: Place,
  fields: readonly Field[],
  preamble: readonly ValueItem[],
  units: EstimateUnits,
  sizes?: SizeTable,
): { topic: TopicDraft; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const title = heading.title
  const byKey = new Map<FieldKey, Field[]>()
  for (const field of fields) {
    if (field.key === null) {
      diagnostics.push(diagnostic('unknown-field', { topic: title, label: field.label }, field.place, heading.id))
      continue
    }
    const seen = byKey.get(field.key)
    // A heading that is a label (`### Assignee(s)`) and then the field written under it: the value counts.
    if (seen && !LIST_FIELDS.has(field.key) && seen.every((f) => f.missing?.kind === 'empty')) {
      byKey.set(field.key, [field])
      continue
    }
    if (seen && !LIST_FIELDS.has(field.key)) {
      diagnostics.push(diagnostic('duplicate-field', { topic: title, label: field.label }, field.place, heading.id))
      continue
    }
    byKey.set(field.key, [...(seen ?? []), field])
  }
  const first = (key: FieldKey): Field | undefined => byKey.get(key)?.[0]
  const items = (key: FieldKey): ValueItem[] => (byKey.get(key) ?? []).flatMap((f) => f.items.filter((i) => i.text !== ''))
  const value = (key: FieldKey): { text: string; place: Place; label: string } | null => {
    const f = first(key)
    if (!f || f.missing) return null
    const values = f.items.filter((i) => i.missing === null && !i.code)
    return { text: values.map((i) => i.text).join(', '), place: values[0]?.place ?? f.place, label: f.label }
  }
  // Items nested under a person that are sentences (`* Teapot` ⏎ `  * Teapot is happy to
  // mentor …`) are notes about them; nested names (a sub-team) are people.
  const people = (key: FieldKey): NameMention[] =>
    (byKey.get(key) ?? []).flatMap((f) => {
      // A loop, not `Math.min(...items)`: a field of 200,000 names would overflow the call's arguments.
      const top = f.items.reduce((least, i) => Math.min(least, i.depth), Infinity)
      return f.items
        .filter((i) => i.missing === null && !i.code)
        .flatMap((i) => {
          const names = splitNames(i.text)
          if (i.depth > top && names.some((n) => n.text.split(/\s+/).length > MAX_NESTED_NAME_WORDS)) return []
          return names.map((n) => ({ text: n.text, place: placeInValue(i, n.index) }))
        })
    })

  const estimateField = first('estimate')
  let estimate = null
  let size: string | null = null
  if (estimateField) {
    const text = estimateField.items
      .filter((i) => !i.code)
      .map((i) => i.text)
      .join(', ')
    estimate = parseEstimate(text, units, sizes)
    if (estimate.kind === 'invalid' && sizeWordsOf(text) !== null) size = text
    if (estimate.kind === 'invalid') {
      const at = estimateField.items[0]?.place ?? estimateField.place
      diagnostics.push(diagnostic('not-a-duration', { topic: title, text, reason: estimate.reason }, at, heading.id))
    }
  }

  const priorityValue = value('priority')
  const priority = priorityValue ? priorityOf(priorityValue.text) : null
  if (priorityValue && priority === null) {
    diagnostics.push(diagnostic('unknown-priority', { topic: title, text: priorityValue.text }, priorityValue.place, heading.id))
  }

  const statusValue = value('status')
  let status: TopicStatus | null = statusValue ? statusOf(statusValue.text) : null
  if (statusValue && status === null) {
    diagnostics.push(diagnostic('unknown-status', { topic: title, text: statusValue.text }, statusValue.place, heading.id))
  }
  if (status === null) {
    for (const tag of heading.tags) status ??= statusOf(tag)
  }

  const date = (key: 'deadline' | 'start' | 'started' | 'finished'): string | null => {
    const v = value(key)
    if (!v) return null
    const iso = isoDateOf(v.text)
    if (iso === null)
      diagnostics.push(diagnostic('not-a-date', { topic: title, label: v.label, text: v.text }, v.place, heading.id))
    return iso
  }

  const started = date('started')
  const finished = date('finished')
  // Dates say what a missing status does not: work that is done, or under way.
  if (status === null && finished !== null) status = { state: 'done', progress: 1, text: `done ${finished}` }
  if (status === null && started !== null) status = { state: 'in-progress', progress: null, text: `started ${started}` }

  const rationaleItems = items('rationale').filter((i) => i.missing === null)
  const topic: TopicDraft = {
    id: heading.id,
    title,
    aliases: compactList(heading.aliases),
    tags: compactList(heading.tags),
    anchor: heading.anchor,
    place,
    fields,
    authors: compactList(people('author')),
    owners: compactList(people('owner')),
    team: compactList(people('team')),
    techLeads: compactList(people('techLead')),
    mentors: compactList(people('mentor')),
    estimate,
    size,
    difficulty: value('difficulty')?.text.replace(/\.$/, '') ?? null,
    priority,
    status,
    deadline: date('deadline'),
    start: date('start'),
    started,
    finished,
    rationale: rationaleItems.length > 0 ? rationaleItems.map((i) => i.text).join('\n\n') : null,
    objectives: compactList(items('objectives')),
    prerequisites: compactList(items('prerequisites')),
    links: compactList(items('links')),
    notes: compactList([...preamble, ...items('notes')]),
  }
  return { topic, diagnostics }
}
