/**
 * Data files as roadmaps: a CSV or TSV export of a tracking spreadsheet (a topic a row)
 * and a YAML metadata file (`kep.yaml`: one proposal). Their topics are built by the same
 * rules as a note's — the same label dictionary, the same value readers.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { DocumentModel, Field, Milestone, RoadmapMeta, SourceDocument, TopicDraft } from '../model/document.js'
import { metadataMilestones } from './milestones.js'
import type { EstimateUnits } from '../model/estimate.js'
import type { Place } from '../model/place.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import { dataField, namesAProposal } from './data-fields.js'
import { EMPTY_META, readFrontMatter } from './front-matter.js'
import { LineIndex } from './line-index.js'
import { columnKey, columnLabel, isItemColumn } from './table-columns.js'
import { buildTopic } from './topic-draft.js'
import type { SizeTable } from './size-words.js'
import { readTopicHeading } from './topic-heading.js'

/** Rows of a table file read at most: a tracking sheet has hundreds; past this it is no roadmap. */
export const MAX_TABLE_ROWS = 200_000

function documentOf(
  source: SourceDocument,
  meta: RoadmapMeta,
  topics: TopicDraft[],
  diagnostics: Diagnostic[],
  units: EstimateUnits,
  milestones: readonly Milestone[] = [],
): DocumentModel {
  return {
    file: source.file,
    meta,
    topics,
    actions: [],
    decisions: [],
    discussions: [],
    agenda: [],
    milestones,
    recovered: false,
    units,
    diagnostics,
  }
}

/**
 * A CSV (`,`) or TSV (tab) export: its header names the item column (`Project`, `Title`,
 * `Task`…) and field columns (`Owner`, `Mentor 1`, `Mentor 2`, `Status`); each row with an
 * item is a topic. Columns Waymark does not know are left out; numbered columns of one
 * field add up.
 */
export function readTableFile(
  source: SourceDocument,
  units: EstimateUnits = DEFAULT_UNITS,
  sizes: SizeTable = new Map(),
): DocumentModel {
  const delimiter = /\.tsv$/i.test(source.file) ? '\t' : ','
  const lastLine = source.text.split(/\r\n|\r|\n/).length
  // csv-parse counts the line where a row ends (a quoted cell may span lines), past the end on a broken quote.
  const at = (line: number): Place => ({ file: source.file, line: Math.max(1, Math.min(line, lastLine)), column: 1 })
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parseCsv(source.text.replace(/^\uFEFF/, ''), {
      delimiter,
      // Every line ending a spreadsheet writes, so a row's line is the editor's line.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      to: MAX_TABLE_ROWS,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    const reason = (error as Error).message.split('\n')[0] ?? 'not a table'
    return documentOf(source, EMPTY_META, [], [diagnostic('unreadable-file', { reason }, at(line))], units)
  }
  const [header, ...rows] = records
  const labels = header?.record.map((l) => l.trim()) ?? []
  const titleColumn = labels.findIndex((l) => isItemColumn(l))
  if (header === undefined || titleColumn === -1) {
    const reason = `its header names no column of work items (such as Title, Project, Task or Feature): ${labels.slice(0, 6).join(', ')}`
    return documentOf(source, EMPTY_META, [], [diagnostic('unreadable-file', { reason }, at(1))], units)
  }
  const keys = labels.map((l, k) => (k === titleColumn ? null : columnKey(l)))
  const topics: TopicDraft[] = []
  const diagnostics: Diagnostic[] = []
  for (const { record, info } of rows) {
    const title = record[titleColumn]?.trim() ?? ''
    if (title === '') continue
    const place = at(info.lines)
    const byLabel = new Map<string, { label: string; texts: string[] }>()
    record.forEach((cell, k) => {
      const key = keys[k]
      if (key === null || key === undefined || cell.trim() === '') return
      const group = byLabel.get(key) ?? { label: labels[k] ?? key, texts: [] }
      group.texts.push(cell)
      byLabel.set(key, group)
    })
    const fields: Field[] = [...byLabel.values()].map(({ label, texts }) =>
      dataField(
        columnLabel(label),
        texts.map((text) => ({ text, place })),
        place,
      ),
    )
    const built = buildTopic(readTopicHeading(title), place, fields, [], units, sizes)
    topics.push(built.topic)
    diagnostics.push(...built.diagnostics)
  }
  return documentOf(source, EMPTY_META, topics, diagnostics, units)
}

/**
 * A YAML metadata file (a KEP's `kep.yaml`): one proposal, titled by its `title` (or
 * `name`), its keys the fields Waymark knows (`authors`, `status`, `owning-sig`…).
 */
export function readYamlFile(
  source: SourceDocument,
  units: EstimateUnits = DEFAULT_UNITS,
  sizes: SizeTable = new Map(),
): DocumentModel {
  const lines = new LineIndex(source.text)
  const start: Place = { file: source.file, line: 1, column: 1 }
  const read = readFrontMatter(source.text, start, (offset) => lines.place(source.file, offset))
  const name = read.meta.extra['name']
  const title = read.meta.title ?? (typeof name === 'string' ? name.trim() : '')
  const meta = { ...read.meta, place: null }
  // Invalid YAML has its own finding (front-matter-invalid, with the reason); a mapping without a title, this one.
  if (read.diagnostics.length > 0) return documentOf(source, meta, [], read.diagnostics, units)
  if (title === '') {
    const diagnostics = [diagnostic('unreadable-file', { reason: 'it has no `title` or `name`' }, start)]
    return documentOf(source, meta, [], diagnostics, units)
  }
  // A configuration file with a `title` (a site's `_config.yml`) is no proposal: a proposal's metadata says who or where it stands.
  if (!namesAProposal(read.fields)) {
    const reason = 'it names no author, owner, mentor, team, status or size, as a proposal’s metadata does'
    return documentOf(source, meta, [], [diagnostic('unreadable-file', { reason }, start)], units)
  }
  const built = buildTopic(readTopicHeading(title), start, read.fields, [], units, sizes)
  const milestones = metadataMilestones(read.meta.extra, start)
  return documentOf(source, meta, [built.topic], built.diagnostics, units, milestones)
}
