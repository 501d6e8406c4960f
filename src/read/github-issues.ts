/**
 * GitHub issues as a roadmap: the JSON that `gh issue list --json number,title,body,
 * assignees,labels,milestone,state,url` prints, or the REST issues endpoint returns (an
 * array; a search result's `{ items }` too). An issue is a topic titled by its title, with
 * `#NUMBER` as another name (so `depends on #12` links it):
 *
 * - assignees are its owners (`@login`; gh's `name` when it has one is the same person);
 * - its milestone's due date is its deadline;
 * - labels give its priority, size and status by the usual conventions — `priority/high`,
 *   `priority: high`, `P1`, `size/M`, `size: L`, `status: in progress`, `blocked`,
 *   `in progress`, `wontfix` (see docs/reading.md) — and `estimate: 2 weeks`;
 * - a closed issue is done (dropped when closed as not planned);
 * - `blocked by #12`, `depends on #12, #13`, `requires #12` and task-list items
 *   (`- [ ] #12`) in its body are prerequisites;
 * - the body is read by the same field reader as a note (`**Estimated duration**: 2 weeks`,
 *   `Owner: …`), for what the issue's own data does not say.
 *
 * Pull requests in the REST listing (they carry `pull_request`) are no topics. Every
 * finding about an issue is placed at its object in the JSON file.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml'
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { DocumentModel, Field, SourceDocument, TopicDraft } from '../model/document.js'
import type { EstimateUnits } from '../model/estimate.js'
import type { Place } from '../model/place.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import { EMPTY_META } from './front-matter.js'
import { dataField } from './data-fields.js'
import { readDocument } from './read-document.js'
import type { SizeTable } from './size-words.js'
import { buildTopic } from './topic-draft.js'
import { readTopicHeading } from './topic-heading.js'

/** Issues read from one file at most: gh pages up to thousands; past this it is no roadmap. */
export const MAX_ISSUES = 100_000

/** One issue as gh or the REST API writes it (only what Waymark reads). */
interface IssueJson {
  readonly number?: unknown
  readonly title?: unknown
  readonly body?: unknown
  readonly assignees?: unknown
  readonly labels?: unknown
  readonly milestone?: unknown
  readonly state?: unknown
  readonly state_reason?: unknown
  readonly stateReason?: unknown
  readonly url?: unknown
  readonly html_url?: unknown
  readonly pull_request?: unknown
}

/** Reads a file of GitHub issues. Never throws on any text. */
export function readIssuesFile(
  source: SourceDocument,
  units: EstimateUnits = DEFAULT_UNITS,
  sizes: SizeTable = new Map(),
): DocumentModel {
  const start: Place = { file: source.file, line: 1, column: 1 }
  const lines = new LineCounter()
  const document = parseDocument(source.text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false })
  const unreadable = (reason: string, place = start): DocumentModel =>
    documentOf(source, [], [diagnostic('unreadable-file', { reason }, place)], units)
  if (document.errors.length > 0) {
    const error = document.errors[0]
    const at = error?.linePos?.[0]
    return unreadable(
      `it is not JSON: ${error?.message.split('\n')[0] ?? 'a syntax error'}`,
      at ? { file: source.file, line: at.line, column: at.col } : start,
    )
  }
  const root = document.contents
  const list = isMap(root) ? root.get('items', true) : root
  if (!isSeq(list)) return unreadable('it is not a list of issues (the JSON of `gh issue list --json …` or the REST API)')
  const placeOf = (node: YamlNode | null | undefined): Place => {
    const offset = node?.range?.[0]
    if (offset === undefined) return start
    const { line, col } = lines.linePos(offset)
    return { file: source.file, line, column: col }
  }
  const topics: TopicDraft[] = []
  const diagnostics: Diagnostic[] = []
  for (const item of list.items.slice(0, MAX_ISSUES)) {
    const issue = (item as YamlNode | null)?.toJSON?.() as IssueJson | undefined
    if (issue === undefined || issue === null || typeof issue !== 'object') continue
    if (issue.pull_request !== undefined && issue.pull_request !== null) continue
    const title = typeof issue.title === 'string' ? issue.title.trim() : ''
    if (title === '') continue
    const place = placeOf(item as YamlNode)
    const built = issueTopic(issue, title, place, units, sizes)
    topics.push(built.topic)
    diagnostics.push(...built.diagnostics)
  }
  if (topics.length === 0 && list.items.length > 0) return unreadable('none of its entries is an issue with a title')
  return documentOf(source, topics, diagnostics, units)
}

/** One issue as a topic: its data as fields, then its body's fields for what the data does not say. */
function issueTopic(
  issue: IssueJson,
  title: string,
  place: Place,
  units: EstimateUnits,
  sizes: SizeTable,
): { topic: TopicDraft; diagnostics: readonly Diagnostic[] } {
  const body = typeof issue.body === 'string' ? issue.body : ''
  const number = typeof issue.number === 'number' && Number.isInteger(issue.number) ? issue.number : null
  const fields: Field[] = []
  const field = (label: string, texts: readonly string[]): void => {
    const values = texts.filter((t) => t.trim() !== '').map((text) => ({ text, place }))
    if (values.length > 0) fields.push(dataField(label, values, place))
  }
  // The body's own fields (`**Estimated duration**: 3 weeks`) say more than a size label;
  // for the rest the issue's data wins (assignees over a body's `Owner:`).
  const written = body.trim() === '' ? [] : bodyFields(title, body, place)
  const estimated = written.some((f) => f.key === 'estimate')
  field('Owner', assigneesOf(issue.assignees))
  const labels = labelsOf(issue.labels)
  const read = labelFields(labels)
  field('Priority', read.priority)
  if (!estimated) {
    field('Size', read.size)
    field('Estimated duration', read.estimate)
  }
  const closed = typeof issue.state === 'string' && issue.state.toLowerCase() === 'closed'
  const reason = String(issue.state_reason ?? issue.stateReason ?? '').toLowerCase()
  field('Status', closed ? [reason === 'not_planned' ? 'dropped' : 'done'] : read.status)
  field('Deadline', [milestoneDue(issue.milestone)])
  field('Prerequisites', prerequisitesIn(body))
  const url = typeof issue.html_url === 'string' ? issue.html_url : typeof issue.url === 'string' ? issue.url : ''
  field('Links', [url])
  const given = new Set(fields.map((f) => f.key))
  const fromBody = written.filter((f) => f.key === null || !given.has(f.key))
  const heading = readTopicHeading(title)
  const built = buildTopic(heading, place, [...fields, ...fromBody], [], units, sizes)
  const topic = number === null ? built.topic : { ...built.topic, aliases: [...built.topic.aliases, `#${number}`] }
  return { topic, diagnostics: built.diagnostics }
}

/** Assignees as people: `@login` (gh's `{ login, name }`, the REST API's `{ login }`, or plain strings). */
function assigneesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((a: unknown) => {
    if (typeof a === 'string') return [a.startsWith('@') ? a : `@${a}`]
    const login = (a as { login?: unknown } | null)?.login
    return typeof login === 'string' && login !== '' ? [`@${login}`] : []
  })
}

/** Label names (`{ name }` objects, or strings). */
function labelsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((l: unknown) => {
    if (typeof l === 'string') return [l]
    const name = (l as { name?: unknown } | null)?.name
    return typeof name === 'string' ? [name] : []
  })
}

/** A milestone's due date (gh's `dueOn`, the REST API's `due_on`) as an ISO date, or ''. */
function milestoneDue(value: unknown): string {
  const m = value as { dueOn?: unknown; due_on?: unknown } | null
  const due = m?.dueOn ?? m?.due_on
  return typeof due === 'string' && /^\d{4}-\d{2}-\d{2}/.test(due) ? due.slice(0, 10) : ''
}

/** What labels say, by the common conventions: `key/value`, `key: value`, `P0`–`P4`, and status words. */
export function labelFields(labels: readonly string[]): {
  priority: string[]
  size: string[]
  status: string[]
  estimate: string[]
} {
  const out = { priority: [] as string[], size: [] as string[], status: [] as string[], estimate: [] as string[] }
  for (const label of labels) {
    const text = label.trim()
    const pair = /^(priority|prio|pri|size|effort|status|state|estimate|duration)\s*[/:=-]\s*(.+)$/i.exec(text)
    if (pair !== null) {
      const key = (pair[1] as string).toLowerCase()
      const value = (pair[2] as string).trim()
      if (key.startsWith('pri')) out.priority.push(value)
      else if (key === 'size' || key === 'effort') out.size.push(value)
      else if (key === 'status' || key === 'state') out.status.push(value)
      else out.estimate.push(value)
      continue
    }
    const p = /^p([0-4])$/i.exec(text)
    if (p !== null) {
      out.priority.push(['critical', 'high', 'medium', 'low', 'low'][Number(p[1])] as string)
      continue
    }
    if (/^(?:high|low|medium|critical|urgent)[ -]priority$/i.test(text)) out.priority.push(text.split(/[ -]/)[0] as string)
    else if (/^(?:blocked|in[ -]progress|wip|done|wontfix|won't fix|upcoming|planned)$/i.test(text))
      out.status.push(/^wip$/i.test(text) ? 'in progress' : /^won'?t ?fix$/i.test(text) ? 'dropped' : text)
  }
  return out
}

/** `#12` references an issue body names as what it waits for: `blocked by #12`, `depends on #12, #13`, task items `- [ ] #12`. */
export function prerequisitesIn(body: string): string[] {
  const found: string[] = []
  const add = (n: string): void => {
    if (!found.includes(`#${n}`)) found.push(`#${n}`)
  }
  for (const m of body.matchAll(/\b(?:blocked by|depends on|requires|waiting on|after)\s*:?\s*((?:#\d+[\s,]*(?:and\s+)?)+)/gi))
    for (const n of (m[1] as string).matchAll(/#(\d+)/g)) add(n[1] as string)
  for (const m of body.matchAll(/^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+#(\d+)\b/gm)) add(m[1] as string)
  return found
}

/** The fields a body writes (`**Estimated duration**: 2 weeks`), read as a note's topic is; placed at the issue. */
function bodyFields(title: string, body: string, place: Place): Field[] {
  const document = readDocument({ file: place.file, text: `### Topic: ${title.replace(/\n/g, ' ')}\n\n${body}` })
  const topic = document.topics[0]
  if (topic === undefined) return []
  // The body's text is inside a JSON string: its own lines are not the file's.
  return topic.fields.map((f) => ({
    ...f,
    place,
    items: f.items.map((i) => ({ ...i, place, anchors: [] })),
  }))
}

function documentOf(
  source: SourceDocument,
  topics: TopicDraft[],
  diagnostics: Diagnostic[],
  units: EstimateUnits,
): DocumentModel {
  return {
    file: source.file,
    meta: EMPTY_META,
    topics,
    actions: [],
    decisions: [],
    discussions: [],
    agenda: [],
    milestones: [],
    recovered: false,
    units,
    diagnostics,
  }
}
