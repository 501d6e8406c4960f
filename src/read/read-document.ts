/**
 * read: a Markdown note → its document model. The text is first put into canonical
 * multi-line form (recovering flattened notes), parsed with micromark, then walked block
 * by block: `Topic:` headings open topics, bold labels open fields, other headings open
 * meeting sections (agenda, discussions, action items). Positions point into the
 * original text.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import type { Heading, List, ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast'
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type {
  ActionDraft,
  AgendaItem,
  Decision,
  DocumentModel,
  Field,
  RoadmapMeta,
  SourceDocument,
  Statement,
  TopicStatus,
  TopicDraft,
  ValueItem,
} from '../model/document.js'
import type { Estimate, EstimateReading, EstimateUnits } from '../model/estimate.js'
import { termLength } from './term-length.js'
import { parseEstimate } from './estimate.js'
import { definedSizes, type SizeTable } from './size-words.js'
import type { FieldKey } from '../model/field-key.js'
import type { Place } from '../model/place.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import { fieldKeyOf, normalizeLabel } from './field-labels.js'
import { finishField, isLabelList, paragraphLabels, type FieldDraft } from './fields.js'
import { EMPTY_META, readFrontMatter } from './front-matter.js'
import { Locator, startOffset } from './locator.js'
import { markdownPieces, type ChunkParser } from './markdown.js'
import { paragraphLines, plainText, type TextLine } from './phrasing.js'
import { pipeRowsTable } from './pipe-rows.js'
import { htmlTable } from './html-table.js'
import { MilestoneReader } from './milestones.js'
import {
  groupStatus,
  isAnchorLinkItem,
  isGroupHeading,
  isProposalSection,
  isTaskList,
  isTitleLabel,
  withoutTrailingLink,
} from './heading-kinds.js'
import { assignsPeople, firstName } from './minutes-people.js'
import { columnKey, isItemColumn } from './table-columns.js'
import { bulletItem, endsWithIssue } from './bullet-topic.js'
import { dataField, namesAProposal } from './data-fields.js'
import { headingTitle, isAboutTheDocument, sectionKind, type SectionKind } from './sections.js'
import { decisionLine, prefixedLine } from './statements.js'
import { assignedAction, markedAction, mayHoldAction } from './action-line.js'
import { composeMappings, type OffsetMapping } from './structure/offset-map.js'
import { boundForParsing, MAX_BLOCK_NESTING, MAX_CONTAINER_NESTING, MAX_INLINE_MARKS } from './structure/parse-bounds.js'
import { recoverStructure } from './structure/recover.js'
import { buildTopic } from './topic-draft.js'
import { hasDocumentId, hasTopicPrefix, readTopicHeading, type TopicHeading } from './topic-heading.js'

/** Options of the reader. */
export interface ReadOptions {
  /**
   * Unit conversion for estimates; default 1 week = 5 days, 1 month = 21 days. (The
   * reader does not interpret settings: the pipeline reads `waymark: units:` and converts
   * a document's estimates with `withUnits` when they differ.)
   */
  readonly units?: EstimateUnits
  /** How the chunks of a large note are parsed; default: one after the other, on this thread. */
  readonly parseChunks?: ChunkParser
  /**
   * The Markdown to read when the source is another markup (an `.rst` file's Markdown
   * form, see rst/rst-to-markdown.ts), with its map back: places point into the source.
   */
  readonly derived?: { readonly text: string; readonly map: OffsetMapping }
  /** The roadmap's own size table (settings `sizes:`); a size the document defines wins. Its labels: see `withLabels`. */
  readonly sizes?: SizeTable
}

const IDENTITY: OffsetMapping = { toOriginal: (offset) => offset }

/** Reads one document. Never throws on any text. */
export function readDocument(source: SourceDocument, options: ReadOptions = {}): DocumentModel {
  const input = options.derived?.text ?? source.text
  const recovered = recoverStructure(input)
  const bounded = boundForParsing(recovered.text)
  // micromark drops a leading byte-order mark and counts offsets without it: so do the places.
  const bom = bounded.text.charCodeAt(0) === 0xfeff
  const parsed = bom ? bounded.text.slice(1) : bounded.text
  const unshift = bom ? { toOriginal: (offset: number) => offset + 1 } : null
  const locator = new Locator(
    source.file,
    source.text,
    composeMappings(options.derived?.map ?? IDENTITY, composeMappings(composeMappings(recovered.map, bounded.map), unshift)),
    parsed,
  )
  const units = options.units ?? DEFAULT_UNITS
  const reader = new DocumentReader(locator, units, new Map([...(options.sizes ?? []), ...documentSizes(input, units)]))
  if (recovered.flattenedLines > 0) {
    reader.diagnostics.push(
      diagnostic(
        'flattened-input',
        { lines: recovered.flattenedLines, breaks: recovered.recoveredBreaks },
        locator.original(recovered.firstFlattened),
      ),
    )
  }
  if (bounded.nestedLines > 0) {
    const place = locator.original(recovered.map.toOriginal(bounded.firstNested))
    const params = { kind: 'blocks', limit: MAX_BLOCK_NESTING, count: bounded.nestedLines } as const
    reader.diagnostics.push(diagnostic('deep-nesting', params, place))
  }
  if (bounded.nestedContainers > 0) {
    const place = locator.original(recovered.map.toOriginal(bounded.firstContainer))
    const params = { kind: 'containers', limit: MAX_CONTAINER_NESTING, count: bounded.nestedContainers } as const
    reader.diagnostics.push(diagnostic('deep-nesting', params, place))
  }
  if (bounded.inlineMarks > 0) {
    const place = locator.original(recovered.map.toOriginal(bounded.firstInline))
    const params = { kind: 'marks', limit: MAX_INLINE_MARKS, count: bounded.inlineMarks } as const
    reader.diagnostics.push(diagnostic('deep-nesting', params, place))
  }
  // A piece at a time: the whole tree of a large note is never held at once.
  for (const nodes of markdownPieces(parsed, undefined, options.parseChunks)) reader.read(nodes)
  reader.finish()
  return {
    file: source.file,
    meta: reader.meta,
    topics: reader.topics,
    actions: reader.actions,
    decisions: reader.decisions,
    discussions: reader.discussions.map((d) => ({ title: d.title, place: d.place, statements: d.statements })),
    agenda: reader.agenda,
    milestones: reader.milestones.milestones,
    recovered: recovered.flattenedLines > 0,
    units: reader.units,
    diagnostics: reader.diagnostics,
  }
}

interface OpenTopic {
  readonly heading: TopicHeading
  readonly explicit: boolean
  /** A first heading whose header block says it is a proposal (authors, status): the whole file is this topic. */
  whole: boolean
  /** The headings that group it (their size or status is its own unless it says otherwise). */
  readonly groups: readonly OpenGroup[]
  /** The kind of section an implicit topic was found under (it decides whether it needs fields). */
  readonly under: SectionKind
  readonly depth: number
  readonly container: ContainerDirective | null
  readonly place: Place
  readonly fields: FieldDraft[]
  readonly preamble: (RootContent | ListItem)[]
}

interface OpenSection {
  readonly kind: SectionKind
  readonly depth: number
  /** An action section that also records decisions (`TODOs and Decisions`): a line naming no one is a decision. */
  readonly decisions?: boolean
}

/** A heading that groups the topics below it, and what it says about them (read once). */
interface OpenGroup {
  readonly depth: number
  /** A size in the heading (`Medium (175 hours)`). */
  readonly estimate: Estimate | null
  /** A status the heading is (`Completed`). */
  readonly status: TopicStatus | null
}

/** `unread-section` infos a file gives at most: a page of unknown sections is said once, not a hundred times. */
const MAX_UNREAD_SECTIONS = 10
/** Blocks of a section looked at for labelled lines (its head says whether it is a work item). */
const MAX_UNREAD_BLOCKS = 8
/** Fields outside any topic collected at most (a file's header block is short). */
const MAX_DOCUMENT_FIELDS = 100

/** A header block of a proposal: someone who drives it, and one more field (`Authors`, `Status`). */
function isProposalHeader(fields: readonly FieldDraft[]): boolean {
  const keys = new Set(fields.flatMap((f) => (f.label.key === null ? [] : [f.label.key])))
  return keys.size >= 2 && ['author', 'owner', 'mentor', 'techLead'].some((k) => keys.has(k as FieldKey))
}

/** Fields that say a section is a piece of work: who does it and how big it is. */
const WORK_KEYS: ReadonlySet<FieldKey> = new Set(['owner', 'mentor', 'techLead', 'team', 'estimate', 'difficulty'])

interface OpenDiscussion {
  readonly title: string
  readonly place: Place
  readonly statements: Statement[]
}

/** The block walker's state. */
class DocumentReader {
  meta: RoadmapMeta = EMPTY_META
  readonly topics: TopicDraft[] = []
  readonly actions: ActionDraft[] = []
  readonly decisions: Decision[] = []
  readonly discussions: OpenDiscussion[] = []
  readonly agenda: AgendaItem[] = []
  readonly diagnostics: Diagnostic[] = []
  readonly milestones: MilestoneReader
  #topic: OpenTopic | null = null
  #section: OpenSection | null = null
  #discussion: OpenDiscussion | null = null
  #firstHeading: string | null = null
  /** Headings seen so far. */
  #headings = 0
  /** `unread-section` infos given so far. */
  #unread = 0
  /** The depth of a heading about the document inside a roadmap, while its sub-headings last. */
  #aboutDepth: number | null = null
  /** The file opens with a proposal's header: its headings are the proposal's sections, not topics. */
  #headerProposal = false
  /** The header's `Title:`. */
  #headerTitle: string | null = null
  /** A meeting's sections were seen: the file is no single proposal. */
  #meeting = false
  /** Assignments outside an action section (`Tim to reach out …`): action items only if the file is a meeting's notes. */
  readonly #tentative = new Set<ActionDraft>()
  /** A term written once for the page (`Mentorship duration - three months`): the size of topics that state none. */
  #term: EstimateReading | null = null
  /** Front matter keys that name topic fields. */
  #frontMatterFields: readonly Field[] = []
  /** Fields written outside any topic (a proposal's header block, `Mentors:` lines at the end of an idea page). */
  readonly #documentFields: Field[] = []
  /** Where fields outside any topic are collected. */
  #outside: OpenTopic | null = null
  /** Headings that group the topics below them, outermost first. */
  readonly #groups: OpenGroup[] = []
  /** The work fields the document's topics at each heading depth carry: its own template. */
  readonly #templates = new Map<number, Set<FieldKey>>()

  constructor(
    private readonly locator: Locator,
    readonly units: EstimateUnits,
    private readonly sizes: SizeTable,
  ) {
    this.milestones = new MilestoneReader(locator)
  }

  /**
   * Reads the document's next top-level blocks (all of them, or the next piece of them,
   * never cut inside a container) in order; `:::` containers are entered without recursion.
   */
  read(nodes: readonly RootContent[]): void {
    type Step = { node: RootContent; container: ContainerDirective | null } | { end: ContainerDirective }
    const stack: Step[] = []
    const pushAll = (children: readonly RootContent[], container: ContainerDirective | null): void => {
      for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k] as RootContent, container })
    }
    pushAll(nodes, null)
    for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
      if ('end' in step) {
        // A topic opened inside a container ends with it.
        if (this.#topic?.container === step.end) this.#closeTopic()
      } else if (step.node.type === 'containerDirective') {
        stack.push({ end: step.node })
        pushAll(step.node.children, step.node)
      } else this.#block(step.node, step.container)
    }
  }

  /** Ends the document: its last topic closes, and its first heading titles it when nothing else does. */
  finish(): void {
    this.#closeTopic()
    this.#closeOutside()
    this.#sectionsOfOneProposal()
    if (this.topics.length === 0 && !this.#meeting) this.#wholeFileTopic()
    const term = this.#term
    if (term !== null)
      this.topics.forEach((t, k) => {
        if (t.estimate === null && t.size === null) this.topics[k] = { ...t, estimate: term }
      })
    if (this.meta.title === null && this.#firstHeading !== null) this.meta = { ...this.meta, title: this.#firstHeading }
    if (this.#tentative.size > 0) {
      const people = this.#isMeetingNote() ? this.#knownNames() : null
      const kept = this.actions.filter((a) => !this.#tentative.has(a) || (people !== null && assignsPeople(a, people)))
      this.actions.splice(0, this.actions.length, ...kept)
    }
  }

  /**
   * The first names (lowercase) the document names as people: participants, speakers,
   * topics' people, assignees of its action sections, and anyone assigned twice.
   */
  #knownNames(): Set<string> {
    const names = new Set<string>()
    const add = (name: string): void => {
      names.add(firstName(name))
    }
    this.meta.participants.forEach(add)
    for (const d of this.discussions) for (const st of d.statements) if (st.speaker) add(st.speaker.text)
    for (const t of this.topics) for (const m of [...t.owners, ...t.team, ...t.techLeads, ...t.mentors, ...t.authors]) add(m.text)
    const assigned = new Map<string, number>()
    for (const a of this.actions)
      for (const n of a.assignees) {
        if (!this.#tentative.has(a)) add(n.text)
        assigned.set(firstName(n.text), (assigned.get(firstName(n.text)) ?? 0) + 1)
      }
    for (const [name, count] of assigned) if (count >= 2) names.add(name)
    return names
  }

  /**
   * A spec whose only "topics" are its own sections about who does it (`## Implementation`
   * ⏎ `### Assignee(s)` ⏎ `Primary assignee: …`) is one proposal, titled by its first heading.
   */
  #sectionsOfOneProposal(): void {
    const first = this.#firstHeading
    if (first === null || this.topics.length === 0 || this.#meeting) return
    if (!this.topics.every((t) => isProposalSection(t.title))) return
    const [head] = this.topics
    const fields = this.topics.flatMap((t) => t.fields)
    const { topic, diagnostics } = buildTopic(
      readTopicHeading(first),
      (head as TopicDraft).place,
      fields,
      [],
      this.units,
      this.sizes,
    )
    this.topics.splice(0, this.topics.length, topic)
    this.diagnostics.push(...diagnostics)
  }

  /** Minutes: meeting sections, a meeting date or participants in front matter, or a title that says so. */
  #isMeetingNote(): boolean {
    const title = this.meta.title ?? this.#firstHeading ?? ''
    return (
      this.#meeting ||
      this.meta.date !== null ||
      this.meta.participants.length > 0 ||
      /\b(?:meetings?|minutes|notes|agenda|sync|call|standup|stand-up|retrospective)\b/i.test(title)
    )
  }

  /**
   * A file with no topics that is itself one proposal — an enhancement proposal, a spec,
   * one idea page: its front matter or its fields outside any heading name its people, size
   * or status. Its topic is titled by the front matter's `title` (or `name`), else the first heading.
   */
  #wholeFileTopic(): void {
    const fields: Field[] = []
    for (const f of [...this.#frontMatterFields, ...this.#documentFields])
      if (!fields.some((g) => g.key === f.key)) fields.push(f)
    if (!namesAProposal(fields)) return
    const name = this.meta.extra['name']
    const title =
      this.meta.title ??
      (typeof name === 'string' && name.trim() !== '' ? name.trim() : (this.#headerTitle ?? this.#firstHeading))
    if (title === null) return
    const place = this.meta.place ?? (fields[0] as Field).place
    const { topic, diagnostics } = buildTopic(readTopicHeading(title), place, fields, [], this.units, this.sizes)
    this.topics.push(topic)
    this.diagnostics.push(...diagnostics)
  }

  /** A block outside any topic and any meeting section: labelled lines are the file's own fields. */
  #outsideBlock(node: RootContent): void {
    if (this.topics.length > 0 || this.#documentFields.length >= MAX_DOCUMENT_FIELDS) return
    const table = node.type === 'table' && isKeyValueTable(node)
    const labelled =
      table ||
      (node.type === 'paragraph' && paragraphLabels(node, this.locator.parsed).length > 0) ||
      (node.type === 'list' && isLabelList(node))
    if (!labelled && this.#outside === null) return
    this.#outside ??= {
      heading: readTopicHeading(''),
      explicit: false,
      under: 'other',
      depth: 0,
      container: null,
      place: this.locator.of(node),
      fields: [],
      preamble: [],
      whole: false,
      groups: [],
    }
    if (table) this.#keyValueFields(this.#outside, node)
    else if (labelled || this.#outside.fields.length > 0) this.#topicBlock(this.#outside, node)
  }

  #closeOutside(): void {
    const open = this.#outside
    if (open === null) return
    this.#outside = null
    const fields = open.fields.map((f) => finishField(f, this.locator))
    // A header before the first heading (a PEP's `Title:` ⏎ `Author:` ⏎ `Status:`): the file is that proposal.
    if (this.#headings === 0 && isProposalHeader(open.fields)) {
      this.#headerProposal = true
      this.#headerTitle ??= fields.find((f) => normalizeLabel(f.label) === 'title' && f.text.trim() !== '')?.text.trim() ?? null
    }
    this.#documentFields.push(...fields.filter((f) => f.key !== null))
  }

  #block(block: RootContent, container: ContainerDirective | null): void {
    const node =
      (block.type === 'paragraph' && pipeRowsTable(block, this.locator.parsed)) ||
      (block.type === 'html' && htmlTable(block, this.locator.parsed)) ||
      block
    this.milestones.block(node)
    // A term stated before the first topic, under no heading but the page's title.
    if (node.type === 'paragraph' && this.#term === null && this.topics.length === 0 && (this.#topic?.depth ?? 1) === 1)
      for (const line of paragraphLines(node, this.locator.parsed)) this.#term ??= termLength(line.text, this.units)
    // Outside an action section, a marked line (`TODO: …`) or an assignment (`Tim to reach out …`) is an action item too.
    if (this.#section?.kind !== 'actions' && (node.type === 'list' || node.type === 'paragraph')) this.#actionsIn(node)
    switch (node.type) {
      case 'yaml': {
        // The YAML starts on the line after the opening fence.
        const from = startOffset(node)
        const valueStart = this.locator.parsed.indexOf('\n', from) + 1
        const { meta, fields, diagnostics } = readFrontMatter(node.value, this.locator.of(node), (offset) =>
          this.locator.at(valueStart + offset),
        )
        this.meta = meta
        this.milestones.dated(meta.date)
        this.milestones.metadata(meta.extra, this.locator.of(node))
        this.#frontMatterFields = fields
        this.diagnostics.push(...diagnostics)
        return
      }
      case 'heading':
        this.#heading(node, container)
        return
      case 'thematicBreak':
        this.#closeTopic()
        return
      default:
        if (this.#topic) {
          // A table of work items under an implicit topic with no field yet makes its heading a group (`## v3.6.0`).
          const open = this.#topic
          const group = !open.explicit && !open.fields.some((f) => f.label.key !== null)
          // So does a list of work items right under a roadmap's heading (`## v1.0` ⏎ `- [x] Add CPU chaos`).
          const planned = group && !open.whole && (open.under === 'roadmap' || open.under === 'proposals')
          const listed =
            node.type === 'list' &&
            ((planned &&
              !isLabelList(node) &&
              ((isGroupHeading(open.heading.title) && introOnly(open.preamble)) ||
                (isTaskList(node) && open.preamble.length === 0))) ||
              (group && !open.whole && this.#isIssueList(node)))
          if (node.type === 'table' && isKeyValueTable(node)) this.#keyValueFields(open, node)
          else if ((group && node.type === 'table') || listed) {
            const groups = [...this.#groups, this.#groupOf(open)]
            const read = node.type === 'table' ? this.#tableTopics(node, groups) : this.#listTopics(node as List, false, groups)
            if (read) {
              this.#topic = null
              this.#groups.push(groups[groups.length - 1] as OpenGroup)
            } else this.#topicBlock(open, node)
          } else this.#topicBlock(open, node)
        } else this.#sectionBlock(node)
    }
  }

  #heading(node: Heading, container: ContainerDirective | null): void {
    this.#closeOutside()
    const text = withoutTrailingLink(node)
    this.#headings++
    if (node.depth === 1 && this.#firstHeading === null) this.#firstHeading = headingTitle(text)
    const topic = this.#topic
    // A first-level heading with the document's number (`# KEP-2227: …`) is the proposal the file is.
    const explicit = hasTopicPrefix(text) || (node.depth === 1 && hasDocumentId(text))
    const key = fieldKeyOf(text)
    const kind = sectionKind(text)
    // `## Project Length` right after an idea at that level: the idea's size, a heading one level too high.
    const misplaced = key === 'estimate' || key === 'difficulty'
    if (topic && !explicit && misplaced && node.depth <= topic.depth && !topic.fields.some((f) => f.label.key === key)) {
      this.#openField(topic, { label: text, key, rest: [], restOffset: startOffset(node) }, node)
      return
    }
    // A meeting's sections (agenda, discussions, action items) end an implicit topic at any depth.
    const meeting = kind === 'agenda' || kind === 'discussions' || kind === 'actions'
    if (!explicit && topic && node.depth > topic.depth && (topic.explicit || !meeting)) {
      // The document's first heading over a header block (`* Authors: …`, `* Status: …`):
      // the file is one proposal, its sections are the proposal's.
      if (topic.depth === 1 && this.topics.length === 0 && isProposalHeader(topic.fields)) topic.whole = true
      // (A `#### Links` list alone does not make a heading a topic: a page's link section is no field of work.)
      if (
        topic.explicit ||
        topic.whole ||
        key !== null ||
        topic.fields.some((f) => f.label.key !== null && f.label.key !== 'links')
      ) {
        // A sub-heading inside a topic: a field label (`#### Prerequisites`) or content.
        if (key !== null) this.#openField(topic, { label: text, key, rest: [], restOffset: startOffset(node) }, node)
        else this.#topicBlock(topic, node)
        return
      }
      // An implicit topic with no field yet that has sub-headings groups them (`## v2.4`
      // over its items, `## Medium (175 hours)` over its ideas): the sub-headings are the
      // candidates, and what the group's heading says belongs to each of them.
      this.#topic = null
      this.#groups.push(this.#groupOf(topic))
    }
    while ((this.#groups[this.#groups.length - 1]?.depth ?? 0) >= node.depth) this.#groups.pop()
    const section = this.#section
    const planning = section?.kind === 'proposals' || section?.kind === 'roadmap'
    // Under a "Topics"/"Proposals" or a "Roadmap" heading, its sub-headings at any depth
    // (below grouping headings) may be topics: under proposals if they have fields, under a
    // roadmap when they are its leaves. Elsewhere a heading is a topic when its section
    // carries the fields of work (see #closeTopic).
    const inDiscussion = section?.kind === 'discussions' && node.depth > section.depth
    // Below a heading about the document (`How to contribute` ⏎ `### 1. Submit your proposal`), headings are its parts.
    if (this.#aboutDepth !== null && node.depth <= this.#aboutDepth) this.#aboutDepth = null
    if (this.#aboutDepth !== null && !explicit) {
      // A part of the heading about the document: no topic, and the roadmap around it goes on.
      this.#closeTopic()
      return
    }
    const about = isAboutTheDocument(text)
    const candidate = !explicit && kind === 'other' && !about && !inDiscussion && !this.#headerProposal
    if (explicit || candidate) {
      this.#closeTopic()
      const under = planning && node.depth > (section?.depth ?? 0) ? (section?.kind ?? 'other') : 'other'
      if (under === 'other') {
        this.#section = { kind: 'other', depth: node.depth }
        this.#discussion = null
      }
      this.#topic = {
        heading: readTopicHeading(text),
        explicit,
        under,
        depth: node.depth,
        container,
        place: this.locator.of(node),
        fields: [],
        preamble: [],
        whole: false,
        groups: [...this.#groups],
      }
      return
    }
    this.#closeTopic()
    if (meeting) this.#meeting = true
    if (inDiscussion) {
      this.#discussion = { title: headingTitle(text), place: this.locator.of(node), statements: [] }
      this.discussions.push(this.#discussion)
      return
    }
    // A heading about the document inside a roadmap (`Table of contents`) does not end the roadmap.
    if (planning && node.depth > (section?.depth ?? 0) && isAboutTheDocument(text)) {
      this.#aboutDepth ??= node.depth
      return
    }
    this.#section = { kind, depth: node.depth, decisions: kind === 'actions' && /\b(?:decisions?|decided|agreed)\b/i.test(text) }
    this.#discussion = null
  }

  #topicBlock(topic: OpenTopic, node: RootContent | ListItem): void {
    if (node.type === 'paragraph') {
      // A bare `Skills required:` line after the fields starts another field, unknown or not:
      // the list under it is not the mentors'.
      const bare = topic.fields.length > 0 && /^\p{Lu}[\p{L}\p{N} ()-]{0,40}:$/u.test(plainText(node).trim())
      const labels = paragraphLabels(node, this.locator.parsed, bare)
      for (const label of labels) this.#openField(topic, label, node)
      if (labels.length > 0) return
    }
    if (node.type === 'list' && isLabelList(node)) {
      for (const item of node.children) this.#labelledItem(topic, item)
      return
    }
    const field = topic.fields[topic.fields.length - 1]
    // A one-value or people field written on its label's line (`Effort: Small (90 hours)`,
    // `Mentors: Ana, Bo`) ends there: the paragraphs after it describe the topic.
    const closed = field !== undefined && isInlineKey(field.label.key) && plainText(field.label.rest).trim() !== ''
    if (field && !closed) field.blocks.push(node)
    else topic.preamble.push(node)
  }

  #labelledItem(topic: OpenTopic, item: ListItem): void {
    const [head, ...rest] = item.children
    const labels = head?.type === 'paragraph' ? paragraphLabels(head, this.locator.parsed, true) : []
    if (labels.length === 0 || head?.type !== 'paragraph') return this.#topicBlock(topic, item)
    for (const label of labels) this.#openField(topic, label, head)
    for (const block of rest) this.#topicBlock(topic, block)
  }

  #openField(topic: OpenTopic, label: FieldDraft['label'], node: Paragraph | Heading): void {
    topic.fields.push({ label, place: label.at === undefined ? this.locator.of(node) : this.locator.at(label.at), blocks: [] })
  }

  /** What a grouping heading says about the topics below it. */
  #groupOf(open: OpenTopic): OpenGroup {
    const title = open.heading.title
    const read = parseEstimate(title, this.units, this.sizes)
    return { depth: open.depth, estimate: read.kind === 'estimate' ? read : null, status: groupStatus(title) }
  }

  /**
   * The items of a list as topics (see bullet-topic.ts): every item under a roadmap, only
   * those naming people in brackets in an agenda (`plat re-architecting (Michalis)`). A list
   * of links to the document's own headings is its table of contents, not work.
   */
  #listTopics(list: List, needPeople: boolean, groups: readonly OpenGroup[] = this.#groups): boolean {
    if (list.children.every((item) => isAnchorLinkItem(item))) return false
    // Each item's first line is read once; whether the list tracks issues follows from them.
    const bullets = list.children.flatMap((item) => {
      const head = item.children[0]
      if (head?.type !== 'paragraph' || head.children.every((c) => c.type === 'delete')) return []
      const line = paragraphLines(head, this.locator.parsed)[0]
      return line === undefined ? [] : [{ head, line, bullet: bulletItem(line.text, item.checked ?? null) }]
    })
    const tracked = tracksIssues(bullets.filter((b) => b.bullet.issue !== null).length, list.children.length)
    for (const { head, line, bullet } of bullets) {
      // In a list of tracked issues, the items that link one are the work; the others are notes.
      if (tracked && bullet.issue === null) continue
      // `Small: 90 hours` in an idea list defines a size; it is no idea.
      const unnamed = needPeople && bullet.people.length === 0 && !tracked
      if (bullet.title === '' || unnamed || definedSizes(line.text).length > 0) continue
      const place = this.locator.of(head)
      const fields: Field[] = []
      const urls = head.children.flatMap((c) => (c.type === 'link' && /#\d+\s*$/.test(plainText(c)) ? [c.url] : []))
      if (bullet.issue !== null)
        fields.push(
          dataField(
            'Links',
            (urls.length > 0 ? urls : [bullet.issue]).map((text) => ({ text, place })),
            place,
          ),
        )
      if (bullet.people.length > 0)
        fields.push(
          dataField(
            'Owner',
            bullet.people.map((text) => ({ text, place })),
            place,
          ),
        )
      if (bullet.status !== null) fields.push(dataField('Status', [{ text: bullet.status, place }], place))
      const { topic, diagnostics } = buildTopic(readTopicHeading(bullet.title), place, fields, [], this.units, this.sizes)
      this.topics.push(inherited(topic, groups))
      this.diagnostics.push(...diagnostics)
    }
    return true
  }

  /**
   * A heading that is no topic but whose section is labelled lines Waymark does not know
   * (`Jobsize: 3 weeks` ⏎ `Crew: Ana`): said once (an info with the settings line that
   * would read it), at most `MAX_UNREAD_SECTIONS` times a file.
   */
  #unreadSection(open: OpenTopic, fields: readonly Field[]): void {
    if (this.#unread >= MAX_UNREAD_SECTIONS || fields.some((f) => f.key !== null)) return
    const written = fields.map((f) => f.label.trim())
    // Plain `Label: value` lines are no fields when their labels are unknown: found in the section's text.
    for (const block of open.preamble.slice(0, MAX_UNREAD_BLOCKS)) {
      const paragraphs =
        block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((i) => i.children.slice(0, 1)) : []
      for (const p of paragraphs) {
        if (p.type !== 'paragraph') continue
        for (const line of paragraphLines(p, this.locator.parsed)) {
          const m = /^(\p{Lu}[\p{L}\p{N}'’ -]{0,30}?)\s*:\s+\S/u.exec(line.text)
          if (m && (m[1] as string).split(' ').length <= 4) written.push(m[1] as string)
        }
      }
    }
    // A label with a digit is a date or a version heading a line (`Thursday 4th December 2025: …`), no field.
    const labels = [...new Set(written.filter((l) => l !== '' && !/\d/.test(l) && !isTitleLabel(l)))]
    if (labels.length < 2) return
    this.#unread++
    this.diagnostics.push(diagnostic('unread-section', { title: open.heading.title, labels }, open.place))
  }

  /**
   * A list of tracked issues — a meeting's agenda generated from labelled issues:
   * `* Archive the old site [#1307](…)` — two items or more, most of them ending with an
   * issue reference.
   */
  #isIssueList(list: List): boolean {
    // An issue reference has a `#`: a list without one anywhere is read no further.
    const from = list.position?.start.offset
    const to = list.position?.end.offset
    if (from !== undefined && to !== undefined) {
      const hash = this.locator.parsed.indexOf('#', from)
      if (hash === -1 || hash >= to) return false
    }
    let tracked = 0
    for (const item of list.children) {
      const head = item.children[0]
      const line = head?.type === 'paragraph' ? paragraphLines(head, this.locator.parsed)[0] : undefined
      if (line !== undefined && endsWithIssue(line.text)) tracked++
    }
    return tracksIssues(tracked, list.children.length)
  }

  #closeTopic(): void {
    const open = this.#topic
    if (!open) return
    this.#topic = null
    const fields: Field[] = open.fields.map((f) => finishField(f, this.locator))
    if (open.heading.template) {
      this.diagnostics.push(diagnostic('template-ignored', { title: open.heading.title }, open.place))
      return
    }
    if (!open.explicit && !this.#isTopic(open, fields)) {
      this.#unreadSection(open, fields)
      // What a heading that is no topic says may still be the file's own fields (a proposal's header).
      if (this.topics.length === 0 && this.#documentFields.length < MAX_DOCUMENT_FIELDS)
        this.#documentFields.push(...fields.filter((f) => f.key !== null))
      return
    }
    if (open.heading.title === '') {
      this.diagnostics.push(diagnostic('empty-topic-title', {}, open.place))
      return
    }
    const preamble: ValueItem[] = finishField(
      { label: { label: '', key: null, rest: [], restOffset: 0 }, place: open.place, blocks: open.preamble },
      this.locator,
    ).items.filter((i) => i.missing === null)
    // A `Title` field (`| Title | Sounds of Scala Audio Graph |`) names the work; the heading is its short name.
    const titled = fields.find((f) => isTitleLabel(f.label) && f.text.trim() !== '')
    const heading = titled && !open.explicit ? readTopicHeading(titled.text.split('\n')[0] as string) : open.heading
    const own = fields.filter((f) => !isTitleLabel(f.label))
    const { topic, diagnostics } = buildTopic(heading, open.place, own, preamble, this.units, this.sizes)
    this.topics.push(inherited(topic, open.groups))
    this.diagnostics.push(...diagnostics)
  }

  /**
   * Whether a heading without a work-item prefix is a topic. Under a "Topics" heading it
   * is when it has fields; a roadmap's leaf headings are its items, fields or not;
   * anywhere else, when its fields are those of work — two of owner, mentor, tech lead,
   * team, size and difficulty (`## Title` ⏎ `Mentors: …` ⏎ `Difficulty: …`) — or one of
   * them that the document's other topics at that depth carry too (its own template).
   */
  #isTopic(open: OpenTopic, fields: readonly Field[]): boolean {
    if (open.whole || open.under === 'roadmap') return true
    if (open.under === 'proposals') return fields.some((f) => f.key !== null)
    const work = new Set(fields.flatMap((f) => (f.key !== null && WORK_KEYS.has(f.key) && f.missing === null ? [f.key] : [])))
    const template = this.#templates.get(open.depth)
    if (work.size >= 2) {
      const keys = template ?? new Set<FieldKey>()
      for (const k of work) keys.add(k)
      this.#templates.set(open.depth, keys)
      return true
    }
    return template !== undefined && [...work].some((k) => template.has(k))
  }

  #sectionBlock(node: RootContent): void {
    if (node.type === 'table' && this.#tableTopics(node)) return
    const kind = this.#section?.kind ?? 'other'
    if (kind === 'other') return this.#outsideBlock(node)
    const planned = (kind === 'proposals' || kind === 'roadmap') && this.#aboutDepth === null
    if (node.type === 'list' && planned && !isLabelList(node)) this.#listTopics(node, false)
    if (node.type === 'list' && kind === 'agenda') this.#listTopics(node, true)
    else if (node.type === 'list' && this.#isIssueList(node)) this.#listTopics(node, false)
    if (kind === 'proposals' || kind === 'roadmap') return
    for (const { line, checked } of this.#lines(node)) {
      const place = this.locator.at(line.offset)
      if (kind === 'agenda') this.agenda.push({ text: line.text, place })
      else if (kind === 'discussions') this.#statement(line, place)
      else this.#actionOrDecision(line, place, checked)
    }
  }

  /**
   * A key–value table's rows as the topic's fields: the key in the first cell (bold or
   * not), the value in the second; a row with an empty key adds to the field above it.
   * Keys Waymark does not know are left out (the table stays the topic's content).
   */
  #keyValueFields(topic: OpenTopic, table: Table): void {
    let last: FieldDraft | null = null
    for (const row of table.children) {
      const [keyCell, valueCell] = row.children
      if (keyCell === undefined || valueCell === undefined) continue
      const label = plainText(keyCell).trim()
      if (label === '' && last !== null) {
        last.blocks.push({
          type: 'paragraph',
          children: valueCell.children,
          ...(valueCell.position ? { position: valueCell.position } : {}),
        })
        continue
      }
      const key = fieldKeyOf(label)
      if (key === null && !isTitleLabel(label)) {
        last = null
        continue
      }
      last = {
        label: { label, key, rest: valueCell.children, restOffset: startOffset(valueCell) },
        place: this.locator.of(keyCell),
        blocks: [],
      }
      topic.fields.push(last)
    }
  }

  /**
   * A table of work items — a header naming the item column (`Feature`, `Task`, `Title`,
   * `Item`…) — gives a topic a row, its other columns the fields their headers name
   * (`Owner(s)`, `Priority`, `Status`, `Estimate`…). `false` when it is no such table.
   */
  #tableTopics(table: Table, groups: readonly OpenGroup[] = this.#groups): boolean {
    const [header, ...rows] = table.children
    if (header === undefined) return false
    const labels = header.children.map((cell) => plainText(cell).trim())
    const titleColumn = labels.findIndex((l) => isItemColumn(l))
    if (titleColumn === -1) return false
    const keys = labels.map((l, k) => (k === titleColumn ? null : columnKey(l)))
    // `Name` alone names people as often as work: a table of work says so by a field column or its section.
    const planning = this.#section?.kind === 'roadmap' || this.#section?.kind === 'proposals'
    const hasFields = keys.some((k) => k !== null)
    if (!hasFields && (!planning || !isItemColumn(labels[titleColumn] ?? '', true))) return false
    for (const row of rows) {
      const cell = row.children[titleColumn]
      const title = cell === undefined ? '' : plainText(cell).trim()
      // An empty or struck-through item is no work item.
      if (title === '' || cell?.children.every((c) => c.type === 'delete')) continue
      const place = this.locator.of(row)
      const fields = row.children.flatMap((c, k) => {
        const key = keys[k]
        if (key === null || key === undefined) return []
        const draft: FieldDraft = {
          label: { label: labels[k] ?? '', key, rest: c.children, restOffset: startOffset(c) },
          place: this.locator.of(c),
          blocks: [],
        }
        return [finishField(draft, this.locator)]
      })
      const { topic, diagnostics } = buildTopic(readTopicHeading(title), place, fields, [], this.units, this.sizes)
      this.topics.push(inherited(topic, groups))
      this.diagnostics.push(...diagnostics)
    }
    return true
  }

  #statement(line: TextLine, place: Place): void {
    const prefixed = prefixedLine(line.text)
    if (!this.#discussion) {
      this.#discussion = { title: '', place, statements: [] }
      this.discussions.push(this.#discussion)
    }
    const speakerName = prefixed?.names[0]
    this.#discussion.statements.push({
      speaker: speakerName === undefined ? null : { text: speakerName, place },
      text: prefixed ? prefixed.text : line.text,
      place,
    })
  }

  /**
   * A line of an action section: a decision (`Decision: …`, or a line naming no one in a
   * section that also records decisions), else an action item — marked (`TODO SK: …`),
   * with its speakers (`RD: …`), an assignment (`Tim to …`), mentions or a check box.
   */
  #actionOrDecision(line: TextLine, place: Place, checked: boolean | null): void {
    const decided = decisionLine(line.text)
    if (decided !== null) {
      this.decisions.push({ text: decided, place })
      return
    }
    const marked = markedAction(line.text)
    const prefixed = marked ? null : prefixedLine(line.text)
    const assigned = marked || prefixed ? null : assignedAction(line.text)
    const mentions = [...line.text.matchAll(/(?:^|\s)(@[\w.-]+)/g)].map((m) => m[1] as string)
    const text = marked?.text ?? prefixed?.text ?? line.text
    const names = marked?.names ?? prefixed?.names ?? assigned?.names ?? mentions
    if (!marked && !prefixed && !assigned && mentions.length === 0 && checked === null && this.#section?.decisions !== false) {
      this.decisions.push({ text: line.text, place })
      return
    }
    this.#action(text, names, place, checked)
  }

  #action(text: string, names: readonly string[], place: Place, checked: boolean | null): ActionDraft {
    // Trimmed first: `\s*[.!]?\s*$` splits a long run of spaces two ways (quadratic).
    const done = checked === true || /\b(?:done|completed)\b\s*[.!]?$|^~~.*~~$/i.test(text.trimEnd())
    const action = { text, assignees: names.map((n) => ({ text: n, place })), done, place }
    this.actions.push(action)
    return action
  }

  /** Action items among the lines of a block outside an action section: marked lines and assignments. */
  #actionsIn(node: RootContent): void {
    // The block's source first: most blocks hold no marked line and no assignment.
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from !== undefined && to !== undefined && !mayHoldAction(this.locator.parsed.slice(from, to))) return
    for (const { line, checked } of this.#lines(node)) {
      const marked = markedAction(line.text)
      if (marked) {
        this.#action(marked.text, marked.names, this.locator.at(line.offset), checked)
        continue
      }
      const assigned = assignedAction(line.text)
      if (assigned === null) continue
      const action = this.#action(assigned.text, assigned.names, this.locator.at(line.offset), checked)
      if (!assigned.explicit) this.#tentative.add(action)
    }
  }

  /** The text lines of a block: paragraph lines, list items (with their check box), walked without recursion. */
  #lines(node: RootContent | ListItem): { line: TextLine; checked: boolean | null }[] {
    const out: { line: TextLine; checked: boolean | null }[] = []
    // A list item's check box belongs to its first line: a marker, taken after the item's
    // lines, sets it (an outer item's after an inner one's, as the item nesting has it).
    const stack: ({ node: RootContent | ListItem } | { check: boolean | null; from: number })[] = [{ node }]
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (!('node' in next)) {
        const first = out[next.from]
        if (first) out[next.from] = { ...first, checked: next.check }
        continue
      }
      const block = next.node
      if (block.type === 'paragraph')
        for (const line of paragraphLines(block, this.locator.parsed)) out.push({ line, checked: null })
      else if (block.type === 'list' || block.type === 'listItem') {
        if (block.type === 'listItem') stack.push({ check: block.checked ?? null, from: out.length })
        for (let k = block.children.length - 1; k >= 0; k--) stack.push({ node: block.children[k] as RootContent | ListItem })
      }
    }
    return out
  }
}

/** Two items or more, and most of the list, end with an issue reference: a list of tracked issues. */
function tracksIssues(tracked: number, items: number): boolean {
  return tracked >= 2 && tracked * 2 >= items
}

/** A group heading's introduction before its list (`These "Now" items are …`): at most two paragraphs, nothing else. */
function introOnly(preamble: readonly (RootContent | ListItem)[]): boolean {
  return preamble.length <= 2 && preamble.every((b) => b.type === 'paragraph')
}

/** Fields whose value a label's line holds whole when it has one (a size, a status, a date, people), unlike prose. */
const INLINE_KEYS: ReadonlySet<FieldKey> = new Set([
  'estimate',
  'difficulty',
  'priority',
  'status',
  'deadline',
  'start',
  'started',
  'finished',
  'author',
  'owner',
  'team',
  'techLead',
  'mentor',
])

function isInlineKey(key: FieldKey | null): boolean {
  return key !== null && INLINE_KEYS.has(key)
}

/** A topic with what its group headings say and it does not: a size (`## Medium (175 hours)`), a status (`## Completed`). */
function inherited(topic: TopicDraft, groups: readonly OpenGroup[]): TopicDraft {
  let { estimate, status } = topic
  for (let k = groups.length - 1; k >= 0 && (estimate === null || status === null); k--) {
    const group = groups[k] as OpenGroup
    estimate ??= group.estimate
    status ??= group.status
  }
  return estimate === topic.estimate && status === topic.status ? topic : { ...topic, estimate, status }
}

/** The sizes a document defines (`Small: 90 hours`), read with its units. */
function documentSizes(text: string, units: EstimateUnits): SizeTable {
  const sizes = new Map<string, Estimate>()
  for (const { word, meaning } of definedSizes(text)) {
    const estimate = parseEstimate(meaning, units)
    if (estimate.kind === 'estimate') sizes.set(word, estimate)
  }
  return sizes
}

/**
 * Whether a table holds one thing's fields, a key a row: two columns, a first column of
 * labels Waymark knows (some of them), and no header of its own — its second header
 * cell is a value (`| Title | Doodle Canvas |`), or most first cells are known labels.
 */
function isKeyValueTable(table: Table): boolean {
  if (table.children.some((row) => row.children.length !== 2)) return false
  const keys = table.children.map((row) => plainText(row.children[0] as TableCell).trim()).filter((k) => k !== '')
  const known = keys.filter((k) => fieldKeyOf(k) !== null).length
  if (keys.length < 2 || known === 0) return false
  const second = plainText(table.children[0]?.children[1] as TableCell).trim()
  const headed = fieldKeyOf(second) !== null || isItemColumn(second)
  return !headed || known * 2 >= keys.length
}
