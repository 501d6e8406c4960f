/**
 * The to-do list per person: the meeting's "Everyone: add estimated durations" made
 * concrete. Each gap of a topic (owner, estimate, a placeholder field) goes to the
 * topic's owners, or, while it has none, to its authors.
 */
import type { Place } from '../model/place.js'
import { EVERYONE, type Roadmap, type Topic } from '../model/roadmap.js'
import type { Need, PersonTodo, TodoItem } from '../model/lint-report.js'

const NEED_OF: Readonly<Record<string, Need>> = {
  rationale: 'rationale',
  objectives: 'objectives',
  prerequisites: 'prerequisites',
  techLead: 'tech lead',
}

/** The gaps of one topic; `persons` tell people from roles (a role is no owner). */
export function topicNeeds(topic: Topic, persons: ReadonlySet<string>): TodoItem[] {
  const at = (key: string): Place => topic.fields.find((f) => f.key === key)?.place ?? topic.place
  const base = { topic: topic.id, title: topic.title }
  const needs: TodoItem[] = []
  if (personOwners(topic, persons).length === 0) needs.push({ ...base, need: 'owner', label: 'Owner', place: at('owner') })
  if (topic.estimate === null || topic.estimate.kind !== 'estimate') {
    needs.push({ ...base, need: 'estimate', label: 'Estimated duration', place: at('estimate') })
  }
  for (const f of topic.fields) {
    if (f.key === 'owner' || f.key === 'estimate' || f.missing?.kind !== 'placeholder') continue
    needs.push({ ...base, need: (f.key && NEED_OF[f.key]) ?? 'field', label: f.label, place: f.place })
  }
  return needs
}

/** The owners of a topic who are people or `Everyone` (not roles). */
function personOwners(topic: Topic, persons: ReadonlySet<string>): readonly string[] {
  return topic.owners.filter((o) => o === EVERYONE || persons.has(o))
}

/** Everyone's to-do list, busiest first. */
export function todoList(roadmap: Roadmap): PersonTodo[] {
  const lists = new Map<string | null, TodoItem[]>()
  const persons = new Set(roadmap.people.map((p) => p.name))
  for (const topic of roadmap.topics) {
    const needs = topicNeeds(topic, persons)
    if (needs.length === 0) continue
    const owners = personOwners(topic, persons)
    // A role is asked last: the release manager, whoever that is, before nobody.
    const people =
      owners.length > 0 ? owners : topic.authors.length > 0 ? topic.authors : topic.owners.length > 0 ? topic.owners : [null]
    // Appended in place: copying the list for each topic was quadratic when thousands share one person (or none).
    for (const person of people) {
      const list = lists.get(person)
      if (list) list.push(...needs)
      else lists.set(person, [...needs])
    }
  }
  return [...lists.entries()]
    .map(([person, items]) => ({ person, items }))
    .sort((a, b) => {
      if ((a.person === null) !== (b.person === null)) return a.person === null ? 1 : -1
      return b.items.length - a.items.length || (a.person ?? '').localeCompare(b.person ?? '')
    })
}

/** What to ask for each need, most blocking first (no owner or estimate, no plan). */
export const ASK_FOR: Readonly<Record<Need, string>> = {
  owner: 'name an owner',
  estimate: 'add an estimate',
  'tech lead': 'name a tech lead',
  rationale: 'write the rationale',
  objectives: 'write the objectives',
  prerequisites: 'list the prerequisites (or N/A)',
  field: 'fill in',
}

const NEED_ORDER = Object.keys(ASK_FOR) as Need[]

/** A person's items by need, most blocking need first, each with its topics (once each, in order). */
export function itemsByNeed(items: readonly TodoItem[]): { need: Need; items: TodoItem[] }[] {
  const groups = new Map<Need, TodoItem[]>()
  for (const item of items) {
    const group = groups.get(item.need)
    if (group) {
      if (!group.some((i) => i.topic === item.topic)) group.push(item)
    } else groups.set(item.need, [item])
  }
  return [...groups]
    .sort(([a], [b]) => NEED_ORDER.indexOf(a) - NEED_ORDER.indexOf(b))
    .map(([need, group]) => ({ need, items: group }))
}
