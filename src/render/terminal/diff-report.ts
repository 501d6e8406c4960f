/** `waymark diff`: what changed between two versions of a roadmap, and how the plan and forecast moved. */
import type { RoadmapDiff } from '../../model/roadmap-diff.js'
import { causeText, fieldText, moveText, movement, renamedFrom, settingChangeText } from '../diff-text.js'
import { percent } from '../percent-text.js'
import { sanitizeForTerminal as s, type Style } from './style.js'

/** Renders a diff for a terminal. */
export function renderDiff(diff: RoadmapDiff, style: Style): string {
  const lines = [style.bold(s(`Changes from ${diff.before} to ${diff.after}`)), '']
  const r = diff.roadmap
  lines.push(`${style.bold('Finish:')} ${moveText(r.finish)}`)
  if (r.p85.before !== null || r.p85.after !== null) lines.push(`${style.bold('P85:')} ${moveText(r.p85)}`)
  if (r.deadline.date !== null && (r.deadline.before !== null || r.deadline.after !== null))
    lines.push(
      `${style.bold('Deadline')} ${r.deadline.date}: met in ${r.deadline.before === null ? '—' : percent(r.deadline.before)} → ${r.deadline.after === null ? '—' : percent(r.deadline.after)} of samples`,
    )
  lines.push('')
  if (diff.added.length > 0) {
    lines.push(style.bold(`Added (${diff.added.length}):`))
    for (const t of diff.added) lines.push(`  + ${s(t.title)}${t.finish ? ` — planned to finish ${t.finish}` : ''}`)
    lines.push('')
  }
  if (diff.removed.length > 0) {
    lines.push(style.bold(`Removed (${diff.removed.length}):`))
    for (const t of diff.removed) lines.push(`  − ${s(t.title)}`)
    lines.push('')
  }
  if (diff.settings.length > 0) {
    lines.push(style.bold(`Settings changed (${diff.settings.length}):`))
    for (const c of diff.settings) lines.push(`  ${settingChangeText(c, s)}`)
    lines.push('')
  }
  if (diff.changed.length > 0) {
    lines.push(style.bold(`Changed (${diff.changed.length}):`))
    for (const c of diff.changed) {
      const why = causeText(c.cause, s)
      lines.push(`  ${s(c.title)}${renamedFrom(c)} — ${movement(c)}${why === null ? '' : `, ${why}`}`)
      for (const f of c.changes.filter((x) => x.field !== 'title')) lines.push(`    ${fieldText(f, s)}`)
    }
    lines.push('')
  }
  lines.push(style.dim(`${diff.unchanged} ${diff.unchanged === 1 ? 'topic' : 'topics'} unchanged.`))
  return `${lines.join('\n')}\n`
}
