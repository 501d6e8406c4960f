/**
 * `waymark report`: the roadmap as one Markdown page a community commits beside its
 * notes (ROADMAP.md) — the summary, the Gantt and dependency charts (Mermaid, which GitHub
 * renders), the topics, each person's queue, the per-person to-do list from lint, and the
 * risks and open questions. Every text from the notes goes through `markdownText`, so a
 * title renders as written and never as markup. No clock: the same notes and options
 * give the same page, so a committed ROADMAP.md only changes when the roadmap does.
 */
import type { CheckedRoadmap } from '../../pipeline.js'
import { PLAN_RULES } from '../../diagnostics/plan-rules.js'
import { ASK_FOR, itemsByNeed } from '../../lint/todo-list.js'
import type { RoadmapDiff } from '../../compare/roadmap-diff.js'
import type { RoadmapHistory } from '../../compare/roadmap-history.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Forecast } from '../../model/forecast.js'
import { formatPlace } from '../../model/place.js'
import type { Plan, PlannedTopic } from '../../model/plan.js'
import type { Topic } from '../../model/roadmap.js'
import { deadlineOrigin } from '../deadline-text.js'
import { histogramLines, percent } from '../forecast-histogram.js'
import { dependencyGraph } from '../graph/dependency-graph.js'
import { slipRows } from '../slip-rows.js'
import { renderFlowchart } from '../mermaid/flowchart.js'
import { renderGantt } from '../mermaid/gantt.js'
import type { GroupBy } from '../topic-groups.js'
import { markdownCode, markdownText as md } from './markdown-text.js'
import { renderDiffMarkdown } from './diff-markdown.js'
import { fencedMermaid } from './mermaid-blocks.js'

/** Options of the report. */
export interface ReportOptions {
  readonly by: GroupBy
  readonly maxRows: number
  /** The command that regenerates the page, shown at its foot. */
  readonly command: string
  readonly version: string
  /** The latest changes, against the previous version of the notes. */
  readonly changes?: RoadmapDiff | null
  /** The notes' history, and the slip chart's file beside the page (when one was written). */
  readonly history?: RoadmapHistory | null
  readonly slipChart?: string | null
}

const GROUPED: Readonly<Record<GroupBy, string>> = {
  owner: 'Bars are grouped by owner; ',
  status: 'Bars are grouped by status; ',
  priority: 'Bars are grouped by priority; ',
  none: '',
}

/** Renders the report. `planDiagnostics` are the settings' and the plan's. */
export function renderReport(
  checked: CheckedRoadmap,
  plan: Plan,
  forecast: Forecast | null,
  planDiagnostics: readonly Diagnostic[],
  options: ReportOptions,
): string {
  const { roadmap, lint } = checked
  const titles = new Map(roadmap.topics.map((t) => [t.id, t.title]))
  const titleOf = (id: string): string => md(titles.get(id) ?? id)
  const model = new Map(roadmap.topics.map((t) => [t.id, t]))
  const out: string[] = []
  const title = roadmap.meta.title ?? 'Roadmap'
  out.push(`# Roadmap: ${md(title)}`, '')
  const from = roadmap.files.map(markdownCode).join(', ')
  out.push(
    `Planned by Waymark from ${from}${roadmap.meta.date ? ` (meeting of ${roadmap.meta.date})` : ''}: ${plan.topics.length} topics from ${plan.start}, one topic at a time per person, prerequisites first, working days only.`,
    '',
  )

  // Summary
  out.push('## Summary', '')
  const optimal = plan.makespanDays <= plan.lowerBoundDays
  out.push(
    `- **Finish:** ${plan.finish ?? '—'}, after ${plan.makespanDays} working days (${optimal ? 'no plan can be shorter: this one is optimal' : `no plan can be shorter than ${plan.lowerBoundDays}`}).`,
  )
  if (plan.deadline)
    out.push(
      `- **Deadline:** ${plan.deadline.date} (${md(deadlineOrigin(plan.deadline))}): ${plan.deadline.met ? 'met' : `**missed** by the planned finish ${plan.finish}`}.`,
    )
  if (plan.criticalPath.length > 0) out.push(`- **Critical path:** ${criticalPathText(plan, titleOf)}.`)
  const loads = new Map(plan.people.map((p) => [p.name, p]))
  if (plan.bottlenecks.length > 0)
    out.push(
      `- **Bottleneck people:** ${plan.bottlenecks
        .map((n) => {
          const p = loads.get(n)
          return `${md(n)} (${Math.round((p?.utilization ?? 0) * 100)}% busy, ${p?.workDays ?? 0} working days)`
        })
        .join('; ')}.`,
    )
  const noOwner = roadmap.topics.filter((t) => t.owners.length === 0).length
  const assumed = plan.topics.filter((t) => t.assumed)
  const placeholders = lint.diagnostics.filter((d) => d.ruleId === 'placeholder').length
  out.push(
    `- **Topics:** ${roadmap.topics.length} in the notes, ${plan.topics.length} planned; ${count(noOwner, 'without an owner', 'without an owner')}; ${count(assumed.length, 'without an estimate', 'without an estimate')}${assumed.length > 0 ? ` (planned with an assumed one, marked “assumed”)` : ''}; ${count(placeholders, 'field still a placeholder', 'fields still placeholders')}.`,
  )
  if (plan.excluded.length > 0)
    out.push(`- **Not planned:** ${plan.excluded.map((e) => `${md(e.title)} (${e.why})`).join(', ')}.`)
  out.push('')

  if (forecast !== null) out.push(...forecastSection(forecast, plan, titleOf))
  if (options.changes)
    out.push(`## Changes since ${md(options.changes.before)}`, '', renderDiffMarkdown(options.changes, { heading: false }))
  if (options.history) out.push(...slipSection(options.history, options.slipChart ?? null))

  // Charts
  out.push('## Timeline', '')
  out.push(
    `${GROUPED[options.by]}red bars are on the critical path; “(assumed estimate)” marks a duration Waymark had to guess.`,
    '',
  )
  out.push(fencedMermaid(renderGantt(roadmap, plan, { by: options.by, maxRows: options.maxRows })))
  out.push('## Dependencies', '')
  out.push(
    'Arrows point from a prerequisite to the topic that needs it; dotted lines join topics whose notes mention each other; notes are prerequisites outside the roadmap; the critical path is thick and red.',
    '',
  )
  out.push(fencedMermaid([renderFlowchart(dependencyGraph(roadmap, plan, options.by))]))

  // Topics
  out.push('## Topics', '')
  const odds = new Map(forecast?.topics.map((t) => [t.id, t]))
  out.push(
    `| Topic | Owners | Start | Finish | Days | Slack | Status | Estimate |${forecast ? ' P50 | P85 | Critical |' : ''}`,
    `|---|---|---|---|--:|--:|---|---|${forecast ? '---|---|--:|' : ''}`,
  )
  for (const t of [...plan.topics].sort((a, b) => a.startDay - b.startDay || a.title.localeCompare(b.title))) {
    const topic = model.get(t.id)
    const f = odds.get(t.id)
    out.push(
      `| ${t.critical ? `**${md(t.title)}** (critical)` : md(t.title)} | ${people(t)} | ${t.start} | ${t.finish} | ${t.days} | ${t.slack} | ${md(topic?.status?.text ?? 'not started')}${t.late === 'finish' ? ' (**overdue**)' : t.late === 'start' ? ' (**should have started**)' : ''} | ${estimateText(t, topic)} |${f ? ` ${f.p50} | ${f.p85} | ${percent(f.criticality)} |` : ''}`,
    )
  }
  out.push('')

  // Queues
  const queues = plan.people
    .map((p) => ({ load: p, topics: plan.topics.filter((t) => t.owners.includes(p.name) || t.team.includes(p.name)) }))
    .filter((q) => q.topics.length > 0)
  if (queues.length > 0) {
    out.push('## Queues', '', 'Each person works on one topic at a time, in this order:', '')
    for (const { load, topics } of queues) {
      out.push(
        `### ${md(load.name)}`,
        '',
        `${count(topics.length, 'topic', 'topics')}, ${load.workDays} working days, ${Math.round(load.utilization * 100)}% of the plan.`,
        '',
      )
      topics
        .sort((a, b) => a.startDay - b.startDay || a.title.localeCompare(b.title))
        .forEach((t, k) => {
          const waits = t.reason.kind === 'person' && t.reason.person === load.name ? `, after ${titleOf(t.reason.topic)}` : ''
          out.push(
            `${k + 1}. ${md(t.title)}: ${t.start} to ${t.finish} (${t.days} working days${waits})${t.critical ? ', on the critical path' : ''}`,
          )
        })
      out.push('')
    }
  }

  // To do
  out.push('## To do before the next meeting', '')
  if (lint.todo.length === 0) out.push('Every topic has an owner, an estimate and no placeholders.', '')
  else {
    out.push('Gaps go to the topic’s owner, or to its author while it has none. Positions are in the notes.', '')
    for (const { person, items } of lint.todo) {
      out.push(`### ${person === null ? 'Nobody yet (no owner, no author)' : md(person)}`, '')
      for (const { need, items: group } of itemsByNeed(items))
        for (const item of group)
          out.push(`- [ ] ${capitalise(ASK_FOR[need])}: ${md(item.title)} (${markdownCode(formatPlace(item.place))})`)
      out.push('')
    }
  }

  // Risks
  const risks = riskLines(checked, plan, planDiagnostics, titleOf)
  out.push('## Risks and open questions', '')
  out.push(...(risks.length > 0 ? risks : ['None found.']), '')

  out.push('---', '')
  out.push(
    `Generated by Waymark ${options.version} with ${markdownCode(options.command)} (optimiser seed ${plan.optimiser.seed}, ${plan.optimiser.schedules.toLocaleString('en')} schedules). Edit the notes, not this page.`,
  )
  return `${out.join('\n')}\n`
}

function forecastSection(forecast: Forecast, plan: Plan, titleOf: (id: string) => string): string[] {
  const out = ['## Forecast', '']
  out.push(
    `From ${forecast.samples.toLocaleString('en')} samples of the plan with uncertain durations (seed ${forecast.seed}): each topic's duration drawn from its estimate — a range as its 10th to 90th percentile, a single estimate with a spread, an assumed one with a wider spread — and the topics scheduled again around their people.`,
    '',
  )
  const { finish } = forecast
  out.push(
    `- **Finish:** P50 ${finish.p50}, P85 ${finish.p85}, P95 ${finish.p95}; the planned ${plan.finish ?? '—'} is met in ${percent(forecast.planned.probability)} of samples.`,
  )
  if (forecast.deadline !== null)
    out.push(
      `- **Deadline ${forecast.deadline.date}** (${md(deadlineOrigin(forecast.deadline))}): met in ${percent(forecast.deadline.probability)} of samples.`,
    )
  if (forecast.drivers.length > 0)
    out.push(
      `- **What drives the risk:** ${forecast.drivers
        .map((id) => {
          const t = forecast.topics.find((x) => x.id === id)
          return `${titleOf(id)} (critical in ${percent(t?.criticality ?? 0)} of samples)`
        })
        .join(', ')}.`,
    )
  out.push('', `Finish dates, by ${forecast.histogram.unit}:`, '', '```text', ...histogramLines(forecast), '```', '')
  return out
}

function slipSection(history: RoadmapHistory, chart: string | null): string[] {
  const out = ['## Slip', '']
  const versions = history.versions
  out.push(
    `Each of the ${versions.length} versions of the notes in git, planned from its own date: which topics keep sliding.`,
    '',
  )
  if (chart !== null) out.push(`![Slip chart: the finish each version planned](${encodeURI(chart)})`, '')
  out.push('| Version | Date | Finish | P85 |', '|---|---|---|---|')
  for (const v of versions)
    out.push(`| ${markdownCode(v.label)} ${md(v.subject)} | ${v.date} | ${v.finish ?? '—'} | ${v.p85 ?? '—'} |`)
  out.push('', '| Topic | First seen | Planned finish, first → last | Slip | Pace | Status |', '|---|---|---|---|---|---|')
  for (const r of slipRows(history).slice(0, 15))
    out.push(`| ${md(r.title)} | ${r.firstSeen} | ${r.finishes} | ${r.slip} | ${r.pace} | ${md(r.status)} |`)
  out.push('')
  return out
}

function riskLines(
  checked: CheckedRoadmap,
  plan: Plan,
  planDiagnostics: readonly Diagnostic[],
  titleOf: (id: string) => string,
): string[] {
  const { roadmap, lint } = checked
  const lines: string[] = []
  const byId = new Map(plan.topics.map((t) => [t.id, t]))
  const criticalAssumed = plan.criticalPath.filter((id) => byId.get(id)?.assumed)
  if (criticalAssumed.length > 0)
    lines.push(
      `- The finish date rests on guesses: ${criticalAssumed.map(titleOf).join(', ')} ${criticalAssumed.length === 1 ? 'is' : 'are'} on the critical path with an assumed estimate.`,
    )
  const unowned = plan.topics.filter((t) => t.owners.length === 0)
  if (unowned.length > 0) {
    const onPath = unowned.filter((t) => t.critical).length
    lines.push(
      `- ${count(unowned.length, 'planned topic has', 'planned topics have')} no owner and ${unowned.length === 1 ? 'is' : 'are'} planned as if someone were free to take ${unowned.length === 1 ? 'it' : 'them'}${onPath > 0 ? ` (${onPath} on the critical path)` : ''}; until someone does, their dates are wishes.`,
    )
  }
  for (const p of plan.people)
    if (p.utilization >= 0.8)
      lines.push(
        `- ${md(p.name)} is busy ${Math.round(p.utilization * 100)}% of the plan: any delay in their queue moves the topics behind it.`,
      )
  for (const d of planDiagnostics.filter((x) => PLAN_RULES.has(x.ruleId))) lines.push(`- ${md(d.message)}`)
  const external = roadmap.topics.flatMap((t) =>
    t.prerequisites.filter((p) => p.kind === 'external').map((p) => ({ topic: t, text: p.text })),
  )
  if (external.length > 0) {
    lines.push('- Prerequisites outside the roadmap, to confirm:')
    for (const e of external) lines.push(`  - ${md(e.topic.title)}: ${md(e.text)}`)
  }
  const open = roadmap.actions.filter((a) => !a.done)
  if (open.length > 0) {
    lines.push('- Open action items from the meeting:')
    for (const a of open) lines.push(`  - ${a.assignees.length > 0 ? `${a.assignees.map(md).join(', ')}: ` : ''}${md(a.text)}`)
  }
  const errors = lint.counts.error
  if (errors > 0)
    lines.push(
      `- The notes have ${count(errors, 'error', 'errors')}: run ${markdownCode(`waymark lint ${roadmap.files.join(' ')}`)}.`,
    )
  return lines
}

function criticalPathText(plan: Plan, titleOf: (id: string) => string): string {
  const parts = [titleOf(plan.criticalPath[0] as string)]
  for (const link of plan.criticalLinks)
    parts.push(
      link.kind === 'prerequisite'
        ? `→ ${titleOf(link.to)}`
        : `→ ${titleOf(link.to)} (same person: ${md(link.person ?? 'unassigned pool')})`,
    )
  return parts.join(' ')
}

function people(t: PlannedTopic): string {
  const names = [...t.owners, ...t.team.filter((m) => !t.owners.includes(m))]
  return names.length > 0 ? names.map(md).join(', ') : '*unassigned*'
}

function estimateText(t: PlannedTopic, topic: Topic | undefined): string {
  if (t.assumed) return `assumed (${t.days} days)`
  if (t.source === 'remaining') return `${t.days} days remaining`
  return topic?.estimate?.kind === 'estimate' ? md(topic.estimate.text) : `${t.days} days`
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
