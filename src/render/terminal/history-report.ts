/** `waymark history`: the roadmap's finish version by version, and the slip table — which topics keep sliding, and how fast. */
import type { RoadmapHistory } from '../../model/roadmap-history.js'
import { slipRows } from '../slip-rows.js'
import { sanitizeForTerminal as s, type Style } from './style.js'
import { renderTable } from './table.js'

/** Renders a history for a terminal. */
export function renderHistory(history: RoadmapHistory, name: string, style: Style): string {
  const { versions } = history
  const first = versions[0]
  const last = versions[versions.length - 1]
  const lines = [
    style.bold(s(`History of ${name}: ${versions.length} versions${first && last ? `, ${first.date} to ${last.date}` : ''}`)),
    '',
  ]
  const rows = versions.map((v) => [v.date, s(v.label), v.finish ?? '—', v.p85 ?? '—', s(v.subject)])
  const table = renderTable(
    [
      { heading: 'Date' },
      { heading: 'Version', max: 28 },
      { heading: 'Finish' },
      { heading: 'P85' },
      { heading: 'Subject', max: 50 },
    ],
    rows,
  )
  lines.push(style.bold(table[0] as string), ...table.slice(1), '')
  const slipRowsText = slipRows(history).map((r) => [s(r.title), r.firstSeen, r.age, r.finishes, r.slip, r.pace, s(r.status)])
  const slipTable = renderTable(
    [
      { heading: 'Topic', max: 40 },
      { heading: 'First seen' },
      { heading: 'Age' },
      { heading: 'Planned finish, first → last' },
      { heading: 'Slip' },
      { heading: 'Pace' },
      { heading: 'Status', max: 24 },
    ],
    slipRowsText,
  )
  lines.push(style.bold('Slip, most first:'), style.bold(slipTable[0] as string), ...slipTable.slice(1))
  if (history.actions.length > 0) {
    lines.push('', style.bold('Open action items, carried over:'))
    const byPerson = new Map<string, typeof history.actions>()
    for (const a of history.actions) {
      const who = a.assignees.join(', ') || 'Nobody'
      byPerson.set(who, [...(byPerson.get(who) ?? []), a])
    }
    for (const [who, items] of byPerson) {
      lines.push(`  ${s(who)}`)
      for (const a of items)
        lines.push(
          `    ${s(a.text)} — open since ${a.firstSeen} (${a.ageDays} days)${a.lastSeen !== a.firstSeen ? `, last listed ${a.lastSeen}` : ''}`,
        )
    }
  }
  return `${lines.join('\n')}\n`
}
