/**
 * The roadmap as CSV (RFC 4180: comma-separated, double quotes, CRLF, a header row), one
 * row per topic of the notes, planned or not. Spreadsheet-safe: a cell from the notes
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
 * formula by Excel, LibreOffice or Google Sheets, so it gets a leading `'` (OWASP's
 * advice on CSV injection). Lists in a cell are joined with "; ".
 */
import { stringify } from 'csv-stringify/sync'
import { formatPlace } from '../../model/place.js'
import type { RoadmapView } from '../../model/roadmap-view.js'
import { showBidiControls } from '../control-characters.js'

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'owners',
  'team',
  'status',
  'priority',
  'planned',
  'start',
  'finish',
  'working_days',
  'slack',
  'critical',
  'assumed_estimate',
  'estimate',
  'prerequisites',
  'deadline',
  'source',
] as const

/** Renders the CSV. */
export function renderCsv(view: RoadmapView): string {
  const rows = [...view.topics.values()].map(({ topic, planned, excluded }) => {
    const t = planned
    return [
      topic.id,
      safe(topic.title),
      safe(topic.owners.join('; ')),
      safe(topic.team.join('; ')),
      safe(topic.status?.text ?? ''),
      topic.priority ?? '',
      t ? 'yes' : (excluded ?? 'no'),
      t?.start ?? '',
      t?.finish ?? '',
      t ? String(t.days) : '',
      t ? String(t.slack) : '',
      t ? yesNo(t.critical) : '',
      t ? yesNo(t.assumed) : '',
      safe(topic.estimate?.text ?? ''),
      safe(topic.prerequisites.map((p) => p.topic ?? p.text).join('; ')),
      topic.deadline ?? '',
      safe(formatPlace(topic.place)),
    ]
  })
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })
}

/** A cell a spreadsheet will show as text, never run as a formula, with bidirectional controls shown. */
export function safe(cell: string): string {
  const shown = showBidiControls(cell)
  return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no'
}
