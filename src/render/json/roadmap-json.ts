/**
 * The roadmap as JSON (`waymark parse --json`): `{ meta, topics, people, actions,
 * decisions, discussions, agenda, relations, diagnostics }`. Documented in docs/model.md;
 * other tools and checks rely on its shape.
 */
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Field, ValueItem } from '../../model/document.js'
import type { Place } from '../../model/place.js'
import type { Roadmap, Topic } from '../../model/roadmap.js'
import { diagnosticJson } from '../diagnostics/json.js'
import { placeJson } from './place-json.js'

const source = (p: Place): { file: string; line: number; column: number } => placeJson(p)
const itemJson = (i: ValueItem): Record<string, unknown> => ({
  text: i.text,
  ...(i.missing ? { missing: i.missing } : {}),
  source: source(i.place),
})

function fieldJson(f: Field): Record<string, unknown> {
  return { key: f.key, label: f.label, text: f.text, missing: f.missing, source: source(f.place) }
}

/** One topic as JSON. */
export function topicJson(t: Topic): Record<string, unknown> {
  return {
    id: t.id,
    title: t.title,
    aliases: t.aliases,
    tags: t.tags,
    anchor: t.anchor,
    authors: t.authors,
    owners: t.owners,
    team: t.team,
    techLeads: t.techLeads,
    mentors: t.mentors,
    estimate:
      t.estimate?.kind === 'estimate'
        ? {
            low: t.estimate.low,
            high: t.estimate.high,
            text: t.estimate.text,
            approximate: t.estimate.approximate,
            notes: t.estimate.notes,
          }
        : null,
    estimateText: t.estimate?.text ?? null,
    size: t.size,
    difficulty: t.difficulty,
    priority: t.priority,
    status: t.status,
    deadline: t.deadline,
    start: t.start,
    started: t.started,
    finished: t.finished,
    rationale: t.rationale,
    objectives: t.objectives.map(itemJson),
    prerequisites: t.prerequisites.map((p) => ({
      text: p.text,
      topic: p.topic,
      kind: p.kind,
      via: p.via,
      score: p.score,
      source: source(p.place),
    })),
    prerequisitesMissing: t.prerequisitesMissing,
    links: t.links.map(itemJson),
    notes: t.notes.map(itemJson),
    fields: t.fields.map(fieldJson),
    source: source(t.place),
  }
}

/** The whole roadmap and its diagnostics as a JSON value. */
export function roadmapJson(roadmap: Roadmap, diagnostics: readonly Diagnostic[]): Record<string, unknown> {
  // Where each settings key is written is for findings about them, not part of the model's JSON.
  const { place, settingsPlaces: _keys, ...meta } = roadmap.meta
  return {
    files: roadmap.files,
    meta: { ...meta, source: place ? source(place) : null },
    units: roadmap.units,
    topics: roadmap.topics.map(topicJson),
    people: roadmap.people,
    actions: roadmap.actions.map((a) => ({ text: a.text, assignees: a.assignees, done: a.done, source: source(a.place) })),
    decisions: roadmap.decisions.map((d) => ({ text: d.text, source: source(d.place) })),
    discussions: roadmap.discussions.map((d) => ({
      title: d.title,
      source: source(d.place),
      statements: d.statements.map((s) => ({ speaker: s.speaker, text: s.text, source: source(s.place) })),
    })),
    agenda: roadmap.agenda.map((a) => ({ text: a.text, source: source(a.place) })),
    milestones: roadmap.milestones.map((m) => ({ title: m.title, date: m.date, source: source(m.place) })),
    relations: roadmap.relations.map((r) => ({ from: r.from, to: r.to, field: r.field, text: r.text, source: source(r.place) })),
    diagnostics: diagnostics.map(diagnosticJson),
  }
}
