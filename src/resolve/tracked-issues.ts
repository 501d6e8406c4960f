/**
 * A note's topic and the GitHub issue that tracks it are one topic: a topic whose links
 * name an issue (`**Tracking issue**: #12`, or the issue's URL) that a file of issues read
 * alongside has (`issues.json`: its topics are also called `#NUMBER`) takes the issue's
 * number as another name and, from the issue, what the note leaves open — owners (its
 * assignees), an estimate, a deadline, a priority, prerequisites — and its closed state
 * (done, or dropped), which is fresher than any note. The note's own values win
 * otherwise. The issue's topic then leaves the roadmap; each merge is reported.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { DocumentModel, TopicDraft } from '../model/document.js'

/** The documents with each tracked issue merged into its note topic, and the merges reported. */
export function mergeTrackedIssues(documents: readonly DocumentModel[]): {
  documents: DocumentModel[]
  diagnostics: Diagnostic[]
} {
  const issues = new Map<string, TopicDraft>()
  for (const d of documents)
    if (/\.json$/i.test(d.file)) for (const t of d.topics) for (const a of t.aliases) if (/^#\d+$/.test(a)) issues.set(a, t)
  if (issues.size === 0) return { documents: [...documents], diagnostics: [] }
  const merged = new Set<TopicDraft>()
  const diagnostics: Diagnostic[] = []
  const notes = documents.map((d) => {
    if (/\.json$/i.test(d.file)) return d
    const topics = d.topics.map((t) => {
      const issue = trackedIssue(t, issues)
      if (issue === null || merged.has(issue)) return t
      merged.add(issue)
      const number = issue.aliases.find((a) => /^#\d+$/.test(a)) as string
      diagnostics.push(diagnostic('issue-merged', { topic: t.title, issue: number, title: issue.title }, t.place, t.id))
      return mergedTopic(t, issue, number)
    })
    return { ...d, topics }
  })
  return {
    documents: notes.map((d) => (/\.json$/i.test(d.file) ? { ...d, topics: d.topics.filter((t) => !merged.has(t)) } : d)),
    diagnostics,
  }
}

/** The issue a note's topic links to, if one was read. */
function trackedIssue(t: TopicDraft, issues: ReadonlyMap<string, TopicDraft>): TopicDraft | null {
  for (const item of t.links) {
    for (const m of item.text.matchAll(/(?:^|[\s(,;])#(\d+)\b|\/issues\/(\d+)\b/g)) {
      const found = issues.get(`#${m[1] ?? m[2]}`)
      if (found !== undefined) return found
    }
  }
  return null
}

/** The note's topic, with what the issue says where the note says nothing, and the issue's closed state. */
function mergedTopic(note: TopicDraft, issue: TopicDraft, number: string): TopicDraft {
  const closed = issue.status?.state === 'done' || issue.status?.state === 'dropped'
  const keys = new Set(note.fields.map((f) => f.key))
  return {
    ...note,
    aliases: [...note.aliases, number],
    owners: note.owners.length > 0 ? note.owners : issue.owners,
    estimate: note.estimate?.kind === 'estimate' ? note.estimate : (issue.estimate ?? note.estimate),
    deadline: note.deadline ?? issue.deadline,
    priority: note.priority ?? issue.priority,
    status: closed ? issue.status : (note.status ?? issue.status),
    prerequisites: [...note.prerequisites, ...issue.prerequisites],
    links: [...note.links, ...issue.links],
    fields: [...note.fields, ...issue.fields.filter((f) => f.key !== null && !keys.has(f.key))],
  }
}
