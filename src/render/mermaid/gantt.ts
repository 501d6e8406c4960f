/**
 * The plan as Mermaid Gantt charts, the format GitHub renders inline. Every bar has
 * explicit computed dates (`id, start, end`): Mermaid's `after` silently falls back to
 * today for an unknown id and its `excludes` moves bars (see ../shared notes), so neither
 * is used. Sections group the topics (by owner by default); `crit` marks the critical
 * path, `active` topics in progress, milestones the deadlines and the documents' dated
 * events within the plan's span (a Milestones section); assumed estimates say so
 * in the title. A roadmap with more rows than `maxRows` is split into several charts,
 * whole sections kept together where they fit.
 */
import type { Plan, PlannedTopic } from '../../model/plan.js'
import type { RoadmapView } from '../../model/roadmap-view.js'
import { nextDay } from '../../model/iso-date.js'
import { groupTopics, type GroupBy } from '../topic-groups.js'
import { ganttText } from './mermaid-text.js'

/** Options of the Gantt chart. */
export interface GanttOptions {
  readonly by: GroupBy
  /** Rows (bars and milestones) per chart; more make several charts. */
  readonly maxRows: number
}

/** The default number of rows per chart: beyond it a chart is too tall to read on a page. */
export const DEFAULT_MAX_ROWS = 50

/** What marks a bar whose duration was assumed. */
export const ASSUMED_MARK = '(assumed estimate)'

interface Row {
  readonly line: string
}

interface Section {
  readonly label: string | null
  readonly rows: readonly Row[]
}

/** The Gantt charts of a plan: one, or several when it has more than `maxRows` rows. */
export function renderGantt(view: RoadmapView, options: GanttOptions): string[] {
  const { roadmap, plan } = view
  const inProgress = (id: string): boolean => view.topics.get(id)?.topic.status?.state === 'in-progress'
  const ids = new Map(plan.topics.map((t, k) => [t.id, `t${k + 1}`]))
  let milestones = 0
  const sections: Section[] = groupTopics(view, options.by).map((g) => ({
    label: g.label,
    rows: g.topics.flatMap((t) => {
      const rows = [{ line: taskLine(t, ids.get(t.id) as string, inProgress(t.id)) }]
      if (t.deadline !== null)
        rows.push({
          line: milestoneLine(`Deadline: ${t.title}`, `m${++milestones}`, t.deadline, t.missesDeadline),
        })
      return rows
    }),
  }))
  if (plan.deadline !== null) {
    const row = { line: milestoneLine('Roadmap deadline', `m${++milestones}`, plan.deadline.date, !plan.deadline.met) }
    sections.push({ label: options.by === 'none' ? null : 'Deadlines', rows: [row] })
  }
  // Events long before or after the work would stretch the axis to years: those within the plan's span are drawn.
  const ends = [plan.finish, plan.deadline?.date ?? null].filter((d): d is string => d !== null).sort()
  const last = ends[ends.length - 1] ?? plan.start
  const events = roadmap.milestones.filter((m) => m.date >= plan.start && m.date <= last)
  if (events.length > 0) {
    const rows = events.map((m) => ({ line: milestoneLine(m.title, `m${++milestones}`, m.date, false) }))
    sections.push({ label: options.by === 'none' ? null : 'Milestones', rows })
  }
  const charts = pack(sections, Math.max(1, Math.floor(options.maxRows)))
  const title = roadmap.meta.title ?? 'Roadmap'
  const axis = axisFormat(plan)
  return charts.map((chart, k) => {
    const lines = [
      'gantt',
      `    title ${ganttText(charts.length > 1 ? `${title} (part ${k + 1} of ${charts.length})` : title)}`,
      '    dateFormat YYYY-MM-DD',
      `    axisFormat ${axis}`,
    ]
    for (const section of chart) {
      if (section.label !== null) lines.push(`    section ${ganttText(section.label)}`)
      for (const row of section.rows) lines.push(`    ${row.line}`)
    }
    return `${lines.join('\n')}\n`
  })
}

function taskLine(t: PlannedTopic, id: string, active: boolean): string {
  const tags = [...(t.critical ? ['crit'] : []), ...(active ? ['active'] : [])]
  const name = t.assumed ? `${t.title} ${ASSUMED_MARK}` : t.title
  // Mermaid's end date is exclusive: the bar ends where the day after the last working day begins.
  // Work in progress keeps its start: the bar begins on the day it was started.
  return `${ganttText(name) || id} :${[...tags, id, t.started ?? t.start, nextDay(t.finish)].join(', ')}`
}

function milestoneLine(name: string, id: string, date: string, missed: boolean): string {
  return `${ganttText(name)} :${[...(missed ? ['crit'] : []), 'milestone', id, date, '0d'].join(', ')}`
}

/** Sections into charts of at most `max` rows; a section too long for one chart continues in the next. */
function pack(sections: readonly Section[], max: number): Section[][] {
  const charts: Section[][] = []
  let chart: Section[] = []
  let used = 0
  const flush = (): void => {
    if (chart.length > 0) charts.push(chart)
    chart = []
    used = 0
  }
  for (const section of sections) {
    if (used > 0 && used + section.rows.length > max && section.rows.length <= max) flush()
    let rows = section.rows
    let continued = false
    while (rows.length > 0) {
      if (used === max) flush()
      const take = rows.slice(0, max - used)
      const label = section.label === null || !continued ? section.label : `${section.label} (continued)`
      chart.push({ label, rows: take })
      used += take.length
      rows = rows.slice(take.length)
      continued = true
    }
  }
  flush()
  return charts.length > 0 ? charts : [[]]
}

/** Month names for plans over four months, days otherwise. */
function axisFormat(plan: Plan): string {
  return plan.makespanDays > 85 ? '%b %Y' : '%d %b'
}
