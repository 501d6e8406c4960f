/** `waymark parse` without `--json`: what was read, as a table a person can check at a glance. */
import type { LintReport } from '../../model/lint-report.js'
import type { Roadmap } from '../../model/roadmap.js'
import { sanitizeForTerminal, type Style } from './style.js'
import { renderTable } from './table.js'

/** Renders the summary of a roadmap. */
export function renderRoadmapSummary(roadmap: Roadmap, lint: LintReport, recovered: readonly string[], style: Style): string {
  const s = sanitizeForTerminal
  const lines: string[] = []
  const { meta } = roadmap
  lines.push(style.bold(s([meta.title ?? 'Untitled roadmap', meta.date].filter(Boolean).join(' — '))))
  for (const file of roadmap.files)
    lines.push(style.dim(s(`${file}${recovered.includes(file) ? ' (structure recovered from a flattened note)' : ''}`)))
  const links = roadmap.topics.reduce((n, t) => n + t.prerequisites.filter((p) => p.kind === 'linked').length, 0)
  lines.push(
    `${roadmap.topics.length} topics · ${roadmap.people.length} people · ${roadmap.actions.length} action items · ${links} prerequisite links · ${roadmap.relations.length} suggested relations`,
    '',
  )
  const titles = new Map(roadmap.topics.map((t) => [t.id, t.title]))
  const rows = roadmap.topics.map((t) => [
    s(t.title),
    s(t.owners.join(', ') || '—'),
    t.estimate?.kind === 'estimate'
      ? `${t.estimate.low === t.estimate.high ? t.estimate.low : `${t.estimate.low}–${t.estimate.high}`} d`
      : '—',
    t.priority ?? '',
    s(t.prerequisites.map((p) => (p.topic !== null ? (titles.get(p.topic) ?? p.topic) : `(external) ${p.text}`)).join('; ')),
  ])
  const table = renderTable(
    [
      { heading: 'Topic', max: 44 },
      { heading: 'Owners', max: 28 },
      { heading: 'Estimate' },
      { heading: 'Priority' },
      { heading: 'Prerequisites', max: 48 },
    ],
    rows,
  )
  lines.push(style.bold(table[0] as string), ...table.slice(1))
  const u = roadmap.units
  lines.push(
    style.dim(`Estimates in working days: 1 week = ${u.daysPerWeek} d, 1 month = ${u.daysPerMonth} d, 1 d = ${u.hoursPerDay} h.`),
    '',
  )
  if (roadmap.people.length > 0) {
    lines.push(style.bold('People'))
    for (const p of roadmap.people) {
      const also = p.spellings.filter((x) => x !== p.name)
      lines.push(
        `  ${s(p.name)}${also.length > 0 ? style.dim(` (also ${s(also.join(', '))})`) : ''} — owns ${p.owns.length}, authored ${p.authorOf.length}`,
      )
    }
    lines.push('')
  }
  if (roadmap.actions.length > 0) {
    lines.push(style.bold('Action items'))
    for (const a of roadmap.actions)
      lines.push(`  ${a.done ? '[x]' : '[ ]'} ${s(a.assignees.join(', ') || 'unassigned')}: ${s(a.text)}`)
    lines.push('')
  }
  const { error, warning, info } = lint.counts
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  lines.push(
    style.dim(
      `${count(error, 'error')}, ${count(warning, 'warning')}, ${count(info, 'info')} — run \`waymark lint\` for details.`,
    ),
  )
  return `${lines.join('\n')}\n`
}
