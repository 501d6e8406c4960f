/**
 * The label dictionary: the spellings real notes use for each field (`Owner(s)`,
 * `Estimated Duration`, `Prerequisites / dependencies`…) and sensible synonyms.
 */
import type { FieldKey } from '../model/field-key.js'
import { foldText } from '../text/fold.js'

/**
 * How a field's value is laid out: `inline` values follow the label on its line
 * (`**Owner**: Alex`); `block` values are paragraphs or lists below the label.
 */
export type LabelLayout = 'inline' | 'block'

const SPELLINGS: Record<FieldKey, readonly string[]> = {
  author: [
    'author',
    'authors',
    'topic author',
    'topic authors',
    'proposed by',
    'proposer',
    'proposers',
    'suggested by',
    'created by',
    'written by',
  ],
  owner: [
    'owner',
    'owners',
    'task owner',
    'topic owner',
    'driver',
    'drivers',
    'assignee',
    'assignees',
    'primary assignee',
    'responsible',
    'lead',
    'leads',
    'project lead',
    'project leads',
    'point of contact',
    'points of contact',
    'champion',
    'champions',
    'shepherd',
    'shepherds',
    'primary contact',
    'primary contacts',
    'contact',
    'contacts',
    'contact person',
    'owned by',
    'led by',
    'assigned to',
    'who',
  ],
  team: [
    'team',
    'teams',
    'team members',
    'members',
    'contributors',
    'people',
    'feature liaison',
    'feature liaisons',
    'other contributors',
  ],
  techLead: ['tech lead', 'tech leads', 'technical lead', 'technical leads', 'techlead'],
  mentor: [
    'mentor',
    'mentors',
    'possible mentor',
    'possible mentors',
    'potential mentor',
    'potential mentors',
    'suggested mentor',
    'suggested mentors',
    'proposed mentor',
    'proposed mentors',
    'co-mentor',
    'co-mentors',
    'comentor',
    'comentors',
    'coding mentor',
    'coding mentors',
    'assisting mentor',
    'assisting mentors',
    'backup mentor',
    'backup mentors',
    'primary mentor',
    'secondary mentor',
    'mentored by',
    'mentor contact',
    'mentor contacts',
    'expert',
    'experts',
  ],
  estimate: [
    'estimated duration',
    'estimate',
    'estimates',
    'estimation',
    'estimated effort',
    'effort',
    'duration',
    'time estimate',
    'expected duration',
    'estimated time',
    'size',
    'project size',
    'expected size',
    'length',
    'project length',
    'estimated project length',
    'expected project length',
    'hours',
    'time commitment',
    'expected time commitment',
  ],
  difficulty: [
    'difficulty',
    'difficulty level',
    'expected difficulty',
    'rating',
    'skill level',
    'complexity',
    'level',
    'expected level',
  ],
  priority: ['priority', 'prio'],
  status: ['status', 'state', 'progress', 'stage'],
  deadline: ['deadline', 'due', 'due date', 'target date'],
  start: ['start', 'start date', 'starts', 'not before', 'earliest start'],
  started: ['started', 'started on', 'in progress since', 'began', 'begun'],
  finished: ['done', 'done on', 'finished', 'finished on', 'completed', 'completed on', 'closed on'],
  rationale: ['rationale for topic relevance', 'rationale', 'motivation', 'relevance', 'why', 'description', 'background'],
  objectives: ['summary of objectives', 'objectives', 'objective', 'goals', 'goal', 'deliverables', 'scope', 'summary'],
  prerequisites: [
    'prerequisites dependencies',
    'prerequisites',
    'prerequisite',
    'dependencies',
    'dependency',
    'depends on',
    'requires',
    'blocked by',
    'prereqs',
  ],
  dependents: ['blocks', 'enables', 'required by', 'needed by', 'unblocks', 'prerequisite for', 'prerequisite of', 'dependents'],
  links: [
    'links',
    'link',
    'tracking issue',
    'tracking issues',
    'tracking',
    'issue',
    'issues',
    'upstream issue',
    'upstream issues',
    'upstream issue url',
    'github issue',
    'github issues',
    'related issues',
    'discussion thread',
    'pull request',
    'pull requests',
    'pr',
    'prs',
    'link to project',
    'project link',
    'references',
    'url',
    'blueprint',
  ],
  notes: ['notes', 'note', 'others', 'other', 'comments', 'remarks'],
}

const BLOCK_FIELDS: ReadonlySet<FieldKey> = new Set(['rationale', 'objectives', 'prerequisites', 'dependents', 'links', 'notes'])

/**
 * Normalises a label for lookup: folded case and accents, `(s)` (and the slip `Mentors(s)`)
 * made a plural, brackets and `/ & : _` dropped.
 */
export function normalizeLabel(label: string): string {
  return foldText(label)
    .replace(/s?\(s\)/g, 's')
    .replace(/[/&:?.*_()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const BY_SPELLING: ReadonlyMap<string, FieldKey> = new Map(
  (Object.entries(SPELLINGS) as [FieldKey, readonly string[]][]).flatMap(([key, spellings]) =>
    spellings.map((s) => [normalizeLabel(s), key] as const),
  ),
)

/** Labels already looked up: a large roadmap writes the same few labels 100,000 times over. */
const KEY_OF_LABEL = new Map<string, FieldKey | null>()
/** The cache stops growing here (labels are short; unknown ones are many only in odd notes). */
const MAX_CACHED_LABELS = 4096

/**
 * The roadmap's own labels (settings `labels:`) for the read in progress: set by
 * `withLabels` around one synchronous read, so every reader (notes, tables, YAML) sees
 * them without threading them through each call.
 */
let ownLabels: ReadonlyMap<string, FieldKey> | null = null

/** Runs `read` with the roadmap's own labels known (they win over the built-in spellings). */
export function withLabels<T>(labels: ReadonlyMap<string, FieldKey>, read: () => T): T {
  if (labels.size === 0) return read()
  const before = ownLabels
  ownLabels = labels
  try {
    return read()
  } finally {
    ownLabels = before
  }
}

/** The field a label names, or `null` when Waymark does not know it. */
export function fieldKeyOf(label: string): FieldKey | null {
  if (ownLabels !== null) {
    const own = ownLabels.get(normalizeLabel(label))
    if (own !== undefined) return own
  }
  const cached = KEY_OF_LABEL.get(label)
  if (cached !== undefined) return cached
  const key = BY_SPELLING.get(normalizeLabel(label)) ?? null
  if (KEY_OF_LABEL.size < MAX_CACHED_LABELS && label.length <= 200) KEY_OF_LABEL.set(label, key)
  return key
}

/** Whether the field's value is usually a block (paragraphs, lists) below the label. */
export function layoutOf(key: FieldKey | null): LabelLayout {
  return key !== null && BLOCK_FIELDS.has(key) ? 'block' : 'inline'
}

/** The label spellings of every field, for documentation. */
export function labelSpellings(): Readonly<Record<FieldKey, readonly string[]>> {
  return SPELLINGS
}
