/** `waymark plan`: the schedule as a table, then the finish, the critical path, the bottlenecks and why each topic starts when it does. */
import { besidePlan, messageOf } from '../../diagnostics/words.js'
import { titleIn, type RoadmapView } from '../../model/roadmap-view.js'
import { deadlineOrigin } from '../deadline-text.js'
import { percent } from '../percent-text.js'
import { ownerGapSentence, ownerLabel, ownerSuggestionLines } from '../owner-gap-text.js'
import { sanitizeForTerminal as s, type Style } from './style.js'
import { renderTable } from './table.js'

/** Renders a plan for a terminal. */
export function renderPlan(view: RoadmapView, style: Style): string {
  const { plan, diagnostics } = view
  const title = view.roadmap.meta.title
  const lines: string[] = []
  const titleOf = (id: string): string => s(titleIn(view, id))
  lines.push(style.bold(s(`Plan${title ? ` for “${title}”` : ''}: ${plan.topics.length} topics from ${plan.start}`)))
  const rows = plan.topics.map((t) => [
    s(t.title),
    s(ownerLabel(t)),
    t.start,
    t.finish,
    String(t.days),
    String(t.slack),
    t.critical ? 'yes' : '',
    t.assumed ? 'assumed' : t.source === 'remaining' ? 'remaining' : '',
    t.late === 'finish' ? 'overdue' : t.late === 'start' ? 'unstarted' : '',
  ])
  const table = renderTable(
    [
      { heading: 'Topic', max: 42 },
      { heading: 'Owners', max: 26 },
      { heading: 'Start' },
      { heading: 'Finish' },
      { heading: 'Days' },
      { heading: 'Slack' },
      { heading: 'Critical' },
      { heading: 'Estimate' },
      { heading: `Late (${plan.asOf})` },
    ],
    rows,
  )
  lines.push(
    '',
    style.bold(table[0] as string),
    ...table.slice(1).map((row, k) => (plan.topics[k]?.critical ? style.bold(row) : row)),
    '',
  )

  const optimal = plan.makespanDays <= plan.lowerBoundDays
  lines.push(
    `${style.bold('Finish:')} ${plan.finish ?? '—'} (${plan.makespanDays} working days; no plan can be shorter than ${plan.lowerBoundDays}${optimal ? ', so this one is optimal' : ''})`,
  )
  if (plan.deadline)
    lines.push(
      `${style.bold('Deadline:')} ${plan.deadline.date} (${s(deadlineOrigin(plan.deadline))}) — ${plan.deadline.met ? style.green('met') : style.red('missed')}`,
    )
  if (plan.criticalPath.length > 0) {
    const parts = [titleOf(plan.criticalPath[0] as string)]
    for (const link of plan.criticalLinks)
      parts.push(`${link.kind === 'prerequisite' ? '→' : `→ (same person: ${s(link.person ?? '')}) →`} ${titleOf(link.to)}`)
    lines.push(`${style.bold('Critical path:')} ${parts.join(' ')}`)
  }
  const { loads } = view
  if (plan.bottlenecks.length > 0) {
    const described = plan.bottlenecks.map((n) => {
      const p = loads.get(n)
      return `${s(n)} (${percent(p?.utilization ?? 0)} busy, ${p?.workDays ?? 0} working days)`
    })
    lines.push(`${style.bold('Bottleneck people:')} ${described.join('; ')}`)
  }
  if (plan.baseline !== null) {
    const b = plan.baseline
    const moved = `${b.moved} ${b.moved === 1 ? 'topic starts' : 'topics start'} on another day than in the baseline`
    lines.push(
      `${style.bold('Baseline:')} ${b.reoptimised ? `re-optimised, ${b.keptMakespanDays - plan.makespanDays} working days shorter than keeping the baseline's order; ${moved}` : `the baseline's order is kept; ${moved}`}.`,
    )
  }
  const gap = ownerGapSentence(plan)
  if (gap !== null)
    lines.push(`${style.bold('Owner gap:')} ${s(gap)} \`waymark staff\` shows the finish with 1, 2, … more people.`)
  const assumed = plan.topics.filter((t) => t.assumed).length
  if (assumed > 0)
    lines.push(
      `${style.bold('Assumed estimates:')} ${assumed} of ${plan.topics.length} topics have none and are planned with an assumed one.`,
    )
  for (const e of plan.excluded) lines.push(style.dim(`Not planned: ${s(e.title)} (${e.why})`))

  lines.push('', style.bold('Why each topic starts when it does:'))
  for (const t of [...plan.topics].sort((a, b) => a.startDay - b.startDay || a.title.localeCompare(b.title))) {
    lines.push(`  ${t.start}  ${s(t.title)} — ${s(t.because)}`)
  }
  if (plan.ownerSuggestions.length > 0) {
    lines.push('', style.bold('Who could own the unowned topics (suggestions; nothing is assigned):'))
    lines.push(...ownerSuggestionLines(plan.ownerSuggestions, s))
  }
  const shown = diagnostics.filter(besidePlan)
  if (shown.length > 0) {
    lines.push('', style.bold('Planning notes:'))
    for (const d of shown)
      lines.push(`  ${d.severity === 'error' ? style.red(d.severity) : style.yellow(d.severity)}  ${s(messageOf(d))}`)
  }
  lines.push(
    '',
    style.dim(
      `Optimiser: ${plan.optimiser.schedules} schedules of a budget of ${plan.optimiser.budget}, seed ${plan.optimiser.seed}. Run \`waymark lint\` for the notes' own problems.`,
    ),
  )
  return `${lines.join('\n')}\n`
}
