/**
 * resolve: documents → one roadmap. Topics from all files (duplicates reported and kept
 * apart), people resolved across files, prerequisites linked, prose mentions suggested
 * as relations, prerequisite cycles reported.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { DocumentModel, NameMention, RoadmapMeta, TopicDraft } from '../model/document.js'
import { formatPlace } from '../model/place.js'
import type { Action, Person, Prerequisite, Relation, Roadmap, Topic } from '../model/roadmap.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import { EMPTY_META } from '../read/front-matter.js'
import { findCycles } from '../algorithms/graph-cycles.js'
import { personId, resolvePeople } from './people.js'
import { resolvePrerequisites } from './prerequisites.js'
import { RoleWords } from './roles.js'
import { suggestRelations } from './relations.js'
import { TopicMatcher } from './topic-matcher.js'
import { mergeTrackedIssues } from './tracked-issues.js'
import { NONE, compactList } from '../model/shared-empty.js'

/** Options of the resolver. */
export interface ResolveOptions {
  /** Role words besides the built-in ones (the settings' `roles:`, read by src/settings/). */
  readonly roles?: readonly string[]
}

/** Resolves documents (in the order given) into one roadmap. */
export function resolveRoadmap(read: readonly DocumentModel[], options: ResolveOptions = {}): Roadmap {
  // A note's topic and the issue tracking it (`Tracking issue: #12`) are one topic.
  const tracked = mergeTrackedIssues(read)
  const documents = tracked.documents
  const diagnostics: Diagnostic[] = [...documents.flatMap((d) => d.diagnostics), ...tracked.diagnostics]
  const drafts = uniqueTopics(documents, diagnostics)
  const titleOf = new Map(drafts.map(({ topic }) => [topic.id, topic.title]))
  const title = (id: string): string => titleOf.get(id) ?? id

  const mentions: NameMention[] = []
  for (const { topic } of drafts)
    mentions.push(...topic.authors, ...topic.owners, ...topic.team, ...topic.techLeads, ...topic.mentors)
  for (const d of documents) {
    for (const a of d.actions) mentions.push(...a.assignees)
    for (const discussion of d.discussions) for (const s of discussion.statements) if (s.speaker) mentions.push(s.speaker)
  }
  const people = resolvePeople(mentions, new RoleWords(options.roles ?? []))
  diagnostics.push(...people.diagnostics)
  // Most fields name no one or one person: no set for them (four per topic).
  const names = (ms: readonly NameMention[]): readonly string[] =>
    ms.length === 0
      ? NONE
      : ms.length === 1
        ? [people.nameOf((ms[0] as NameMention).text)]
        : compactList([...new Set(ms.map((m) => people.nameOf(m.text)))])

  const matcher = new TopicMatcher(drafts.map((d) => d.topic))
  const reverse = reverseEdges(drafts, matcher, title, diagnostics)
  const relations: Relation[] = []
  const topics: Topic[] = drafts.map(({ topic, file }) => {
    const resolved = resolvePrerequisites(topic, matcher, title)
    const suggested = suggestRelations(topic, resolved.prerequisites, matcher, title)
    diagnostics.push(...resolved.diagnostics, ...suggested.diagnostics)
    relations.push(...suggested.relations)
    const field = topic.fields.find((f) => f.key === 'prerequisites')
    // Every key written out, in one order: built as `{ ...topic, … }`, each of 100,000
    // topics got a hidden class of its own in V8 (some 700 bytes each with its descriptors).
    return {
      id: topic.id,
      title: topic.title,
      aliases: topic.aliases,
      tags: topic.tags,
      anchor: topic.anchor,
      place: topic.place,
      fields: topic.fields,
      file,
      authors: names(topic.authors),
      owners: names(topic.owners),
      team: names(topic.team),
      techLeads: names(topic.techLeads),
      mentors: names(topic.mentors),
      estimate: topic.estimate,
      size: topic.size,
      difficulty: topic.difficulty,
      priority: topic.priority,
      status: topic.status,
      deadline: topic.deadline,
      start: topic.start,
      started: topic.started,
      finished: topic.finished,
      rationale: topic.rationale,
      objectives: topic.objectives,
      prerequisites: compactList(withReverse(resolved.prerequisites, reverse.get(topic.id))),
      prerequisitesMissing: field?.missing ?? null,
      links: topic.links,
      notes: topic.notes,
    } satisfies Record<keyof Topic, unknown>
  })
  diagnostics.push(...cycleDiagnostics(topics))

  if (topics.length === 0) {
    const files = documents.map((d) => d.file)
    diagnostics.push(
      diagnostic(
        'no-topics',
        { file: files.join(', ') || 'the input' },
        documents[0] ? { file: files[0] as string, line: 1, column: 1 } : null,
      ),
    )
  }

  const actions: Action[] = documents.flatMap((d) =>
    d.actions.map((a) => ({ text: a.text, assignees: names(a.assignees), done: a.done, place: a.place })),
  )
  return {
    files: documents.map((d) => d.file),
    meta: mergedMeta(documents),
    topics,
    people: peopleOf(people.names, people.spellings, topics),
    actions,
    decisions: documents.flatMap((d) => d.decisions),
    discussions: documents.flatMap((d) =>
      d.discussions.map((discussion) => ({
        title: discussion.title,
        place: discussion.place,
        statements: discussion.statements.map((s) => ({
          speaker: s.speaker ? people.nameOf(s.speaker.text) : null,
          text: s.text,
          place: s.place,
        })),
      })),
    ),
    agenda: documents.flatMap((d) => d.agenda),
    // Stable: events on one day keep the order the documents list them in.
    milestones: documents.flatMap((d) => d.milestones).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    relations,
    units: (leadingDocument(documents) ?? documents[0])?.units ?? DEFAULT_UNITS,
    diagnostics,
  }
}

/** All topics, ids made unique: a second topic with the same title is a duplicate. */
function uniqueTopics(documents: readonly DocumentModel[], diagnostics: Diagnostic[]): { topic: TopicDraft; file: string }[] {
  const firstById = new Map<string, TopicDraft>()
  const out: { topic: TopicDraft; file: string }[] = []
  for (const d of documents) {
    for (const topic of d.topics) {
      const first = firstById.get(topic.id)
      if (!first) {
        firstById.set(topic.id, topic)
        out.push({ topic, file: d.file })
        continue
      }
      diagnostics.push(
        diagnostic('duplicate-topic', { title: topic.title, first: formatPlace(first.place) }, topic.place, topic.id),
      )
      let n = 2
      while (firstById.has(`${topic.id}-${n}`)) n++
      const renamed = { ...topic, id: `${topic.id}-${n}` }
      firstById.set(renamed.id, renamed)
      out.push({ topic: renamed, file: d.file })
    }
  }
  return out
}

function cycleDiagnostics(topics: readonly Topic[]): Diagnostic[] {
  const index = new Map(topics.map((t, i) => [t.id, i]))
  const edges = topics.map((t) =>
    t.prerequisites.flatMap((p) => (p.topic !== null && index.has(p.topic) ? [index.get(p.topic) as number] : [])),
  )
  return findCycles(edges)
    .filter((cycle) => cycle.length > 1)
    .map((cycle) => {
      const first = topics[cycle[0] as number] as Topic
      return diagnostic('dependency-cycle', { cycle: cycle.map((i) => (topics[i] as Topic).title) }, first.place, first.id)
    })
}

/** The document whose front matter speaks for the roadmap: the first that has front matter. */
export function leadingDocument(documents: readonly DocumentModel[]): DocumentModel | undefined {
  return documents.find((d) => d.meta.place !== null)
}

/** The leading document's front matter; the title and date fall back to the first found. */
function mergedMeta(documents: readonly DocumentModel[]): RoadmapMeta {
  const withFrontMatter = leadingDocument(documents)
  const meta = withFrontMatter?.meta ?? documents[0]?.meta ?? EMPTY_META
  const title = meta.title ?? documents.find((d) => d.meta.title !== null)?.meta.title ?? null
  const date = meta.date ?? documents.find((d) => d.meta.date !== null)?.meta.date ?? null
  return { ...meta, title, date }
}

function peopleOf(
  names: readonly string[],
  spellings: ReadonlyMap<string, readonly string[]>,
  topics: readonly Topic[],
): Person[] {
  // One pass over the topics (not one per person): roles by name.
  const roles = new Map(
    names.map((n) => [
      n,
      {
        authorOf: [] as string[],
        owns: [] as string[],
        techLeadOf: [] as string[],
        teamOf: [] as string[],
        mentorOf: [] as string[],
      },
    ]),
  )
  for (const t of topics) {
    for (const n of t.authors) roles.get(n)?.authorOf.push(t.id)
    for (const n of t.owners) roles.get(n)?.owns.push(t.id)
    for (const n of t.techLeads) roles.get(n)?.techLeadOf.push(t.id)
    for (const n of t.team) roles.get(n)?.teamOf.push(t.id)
    for (const n of t.mentors) roles.get(n)?.mentorOf.push(t.id)
  }
  const used = new Set<string>()
  return names.map((name) => {
    let id = personId(name)
    for (let n = 2; used.has(id); n++) id = `${personId(name)}-${n}`
    used.add(id)
    return {
      id,
      name,
      spellings: spellings.get(name) ?? [name],
      ...(roles.get(name) as NonNullable<ReturnType<typeof roles.get>>),
    }
  })
}

/**
 * Edges written the other way (`Blocks: Beta` on Alpha, `Enables`, `Required by`): each
 * linked topic gets the writer as a prerequisite, placed where it was written. Names that
 * match no topic are reported as prerequisites are.
 */
function reverseEdges(
  drafts: readonly { topic: TopicDraft }[],
  matcher: TopicMatcher,
  title: (id: string) => string,
  diagnostics: Diagnostic[],
): Map<string, Prerequisite[]> {
  const reverse = new Map<string, Prerequisite[]>()
  for (const { topic } of drafts) {
    const items = topic.fields.filter((f) => f.key === 'dependents').flatMap((f) => f.items)
    if (items.length === 0) continue
    const resolved = resolvePrerequisites({ ...topic, prerequisites: items }, matcher, title)
    diagnostics.push(...resolved.diagnostics)
    for (const p of resolved.prerequisites) {
      if (p.topic === null) continue
      const edges = reverse.get(p.topic) ?? []
      edges.push({ text: topic.title, topic: topic.id, kind: 'linked', via: p.via, score: p.score, place: p.place })
      reverse.set(p.topic, edges)
    }
  }
  return reverse
}

/** A topic's own prerequisites and those written on the topics it waits for, each linked topic once. */
function withReverse(own: readonly Prerequisite[], reverse: readonly Prerequisite[] | undefined): Prerequisite[] {
  if (reverse === undefined) return [...own]
  const linked = new Set(own.map((p) => p.topic))
  return [...own, ...reverse.filter((p) => !linked.has(p.topic))]
}
