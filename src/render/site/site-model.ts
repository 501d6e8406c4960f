/**
 * The page's data from a planned (and forecast) roadmap: everything the page draws,
 * positioned in calendar days from the chart's first day, grouped and laid out here —
 * dates and layout are computed once, in Node, with the same rules as every other output.
 */
import { hintOf, messageOf } from '../../diagnostics/words.js'
import { showBidiControls } from '../control-characters.js'
import { Temporal } from 'temporal-polyfill'
import type { RoadmapDiff } from '../../model/roadmap-diff.js'
import { ASK_FOR } from '../../lint/todo-list.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Forecast } from '../../model/forecast.js'
import { formatPlace } from '../../model/place.js'
import type { Plan } from '../../model/plan.js'
import type { RoadmapView } from '../../model/roadmap-view.js'
import { daysBetween } from '../../model/iso-date.js'
import { deadlineOrigin } from '../deadline-text.js'
import { fieldText, moveText, movement, renamedFrom } from '../diff-text.js'
import { dependencyGraph } from '../graph/dependency-graph.js'
import { layeredLayout } from '../graph/layered-layout.js'
import { groupOf, groupTopics } from '../topic-groups.js'
import { ownerGapSentence } from '../owner-gap-text.js'
import type { SiteData, SiteDiagnostic, SiteTick, SiteTopic } from './site-data.js'

/** Options of the page data. */
export interface SiteOptions {
  /** For `waymark serve`: the page listens for changes. */
  readonly live: boolean
  /** `Waymark 1.2.3`. */
  readonly generator: string
  /** The latest changes, against the previous version of the notes. */
  readonly changes?: RoadmapDiff | null
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The data of the roadmap page; bidirectional controls in its texts are shown, not obeyed. */
export function siteData(view: RoadmapView, options: SiteOptions): SiteData {
  return withControlsShown(pageData(view, options))
}

/**
 * Every string of the page's data with its bidirectional formatting characters shown as
 * `\uXXXX`: the page puts them in the DOM as text, where they would still reorder what is
 * read around them.
 */
function withControlsShown(data: SiteData): SiteData {
  return JSON.parse(JSON.stringify(data), (_key, value: unknown) =>
    typeof value === 'string' ? showBidiControls(value) : value,
  ) as SiteData
}

function pageData(view: RoadmapView, options: SiteOptions): SiteData {
  const { roadmap, lint, plan, forecast, diagnostics, loads } = view
  const axis = timeAxis(plan, forecast)
  const { endOf } = axis
  const suggested = new Map(plan.ownerSuggestions.map((x) => [x.topic, x.candidates]))
  return {
    version: 1,
    title: roadmap.meta.title ?? 'Roadmap',
    files: roadmap.files,
    meetingDate: roadmap.meta.date,
    origin: axis.origin.toString(),
    start: plan.start,
    asOf: plan.asOf,
    finish: plan.finish,
    makespanDays: plan.makespanDays,
    lowerBoundDays: plan.lowerBoundDays,
    criticalPath: plan.criticalPath,
    ownerGap: ownerGapSentence(plan),
    bottlenecks: plan.bottlenecks.map((name) => ({
      name,
      utilization: loads.get(name)?.utilization ?? 0,
      workDays: loads.get(name)?.workDays ?? 0,
    })),
    deadline: plan.deadline
      ? {
          date: plan.deadline.date,
          day: endOf(plan.deadline.date),
          origin: deadlineOrigin(plan.deadline),
          met: plan.deadline.met,
          probability: forecast?.deadline?.probability ?? null,
        }
      : null,
    forecast: forecast
      ? {
          samples: forecast.samples,
          seed: forecast.seed,
          p50: forecast.finish.p50,
          p85: forecast.finish.p85,
          p95: forecast.finish.p95,
          p50Day: endOf(forecast.finish.p50),
          p85Day: endOf(forecast.finish.p85),
          p95Day: endOf(forecast.finish.p95),
          plannedProbability: forecast.planned.probability,
          drivers: forecast.drivers,
          unit: forecast.histogram.unit,
          histogram: forecastHistogram(forecast, axis),
        }
      : null,
    topics: siteTopics(view, axis),
    links: siteLinks(view),
    graph: siteGraph(view),
    days: axis.days,
    ticks: axisTicks(axis),
    groupOrder: {
      owner: groupTopics(view, 'owner').map((g) => g.label ?? ''),
      status: groupTopics(view, 'status').map((g) => g.label ?? ''),
    },
    todo: lint.todo.map((t) => ({
      person: t.person,
      items: t.items.map((i) => ({
        ask: ASK_FOR[i.need],
        topic: i.topic,
        title: i.title,
        place: formatPlace(i.place),
        suggested:
          i.need === 'owner'
            ? (suggested.get(i.topic) ?? []).slice(0, 3).map((c) => `${c.person} — ${c.reasons.join('; ')}`)
            : [],
      })),
    })),
    diagnostics: diagnostics.map(diagnosticData),
    excluded: plan.excluded.map((e) => ({ id: e.id, title: e.title, why: e.why })),
    changes: options.changes ? changesData(options.changes) : null,
    live: options.live,
    failure: null,
    generator: options.generator,
  }
}

/** The page's time axis: days counted from `origin`, to `end` (exclusive), `days` long. */
interface TimeAxis {
  readonly origin: Temporal.PlainDate
  readonly end: Temporal.PlainDate
  readonly days: number
  /** The axis day a date starts on. */
  readonly dayOf: (date: string) => number
  /** The axis day after a date (where a bar ending on it stops). */
  readonly endOf: (date: string) => number
}

/**
 * The axis starts with the month of the earliest bar (the plan's start, or work begun
 * before it) and runs to the end of the month after the latest date (the plan's finish,
 * the forecast's 95%, the deadline), so its last bar has room.
 */
function timeAxis(plan: Plan, forecast: Forecast | null): TimeAxis {
  const earliest = plan.topics.reduce((min, t) => (t.started !== null && t.started < min ? t.started : min), plan.start)
  const origin = Temporal.PlainDate.from(earliest).with({ day: 1 })
  const dayOf = (date: string): number => daysBetween(origin.toString(), date)
  const latest = [plan.finish ?? plan.start, forecast?.finish.p95, plan.deadline?.date].filter(
    (d): d is string => d !== undefined,
  )
  const last = latest.reduce((a, b) => (a > b ? a : b))
  const end = Temporal.PlainDate.from(last).with({ day: 1 }).add({ months: 2 })
  return { origin, end, days: origin.until(end, { largestUnit: 'days' }).days, dayOf, endOf: (date) => dayOf(date) + 1 }
}

/** Each planned topic as the page shows it: its plan, bar days, forecast, groups, fields and source. */
function siteTopics(view: RoadmapView, { dayOf, endOf }: TimeAxis): SiteTopic[] {
  return view.plan.topics.map((t) => {
    const joined = view.topics.get(t.id)
    const topic = joined?.topic
    const f = joined?.forecast
    return {
      id: t.id,
      title: t.title,
      owners: t.owners,
      unowned: t.unowned,
      team: t.team,
      status: topic?.status?.state ?? null,
      statusText: topic?.status?.text ?? null,
      priority: topic?.priority ?? null,
      start: t.start,
      finish: t.finish,
      started: t.started,
      late: t.late,
      startDay: dayOf(t.started ?? t.start),
      endDay: t.days === 0 ? dayOf(t.start) : endOf(t.finish),
      days: t.days,
      slack: t.slack,
      critical: t.critical,
      assumed: t.assumed,
      estimate: topic?.estimate?.text ?? null,
      reason: t.because,
      deadline: t.deadline,
      missesDeadline: t.missesDeadline,
      forecast: f ? { p50: f.p50, p85: f.p85, p50Day: endOf(f.p50), p85Day: endOf(f.p85), criticality: f.criticality } : null,
      groups: {
        owner: groupOf(t.owners, topic, 'owner').label ?? '',
        status: groupOf(t.owners, topic, 'status').label ?? '',
      },
      fields: (topic?.fields ?? []).map((field) => ({ label: field.label, text: field.text })),
      prerequisites: (topic?.prerequisites ?? []).map((p) => ({ text: p.text, topic: p.topic })),
      source: topic ? formatPlace(topic.place) : '',
    }
  })
}

/** Prerequisite links between planned topics, each once, marked when on the critical path. */
function siteLinks({ roadmap, plan }: RoadmapView): SiteData['links'] {
  const criticalLinks = new Set(plan.criticalLinks.filter((l) => l.kind === 'prerequisite').map((l) => `${l.from}\u0000${l.to}`))
  const planned = new Set(plan.topics.map((t) => t.id))
  return roadmap.topics.flatMap((t) =>
    planned.has(t.id)
      ? [...new Set(t.prerequisites.flatMap((p) => (p.topic !== null && planned.has(p.topic) ? [p.topic] : [])))].map((from) => ({
          from,
          to: t.id,
          critical: criticalLinks.has(`${from}\u0000${t.id}`),
        }))
      : [],
  )
}

/** The dependency graph with each node's layer and order in a layered layout. */
function siteGraph(view: RoadmapView): SiteData['graph'] {
  const graph = dependencyGraph(view, 'none')
  const graphNodes = graph.groups.flatMap((g) => g.nodes)
  const layout = layeredLayout(
    graphNodes.map((n) => n.id),
    graph.edges.filter((e) => e.kind === 'prerequisite' || e.kind === 'external'),
  )
  return {
    nodes: graphNodes.map((n) => ({
      id: n.id,
      topic: n.topic,
      label: n.label,
      layer: layout.get(n.id)?.layer ?? 0,
      order: layout.get(n.id)?.order ?? 0,
      critical: n.critical,
      external: n.kind === 'external',
    })),
    edges: graph.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind, critical: e.critical })),
  }
}

/** Month and quarter ticks along the axis (the year named at January and at the start). */
function axisTicks({ origin, end }: TimeAxis): SiteData['ticks'] {
  const ticks = { month: [] as SiteTick[], quarter: [] as SiteTick[] }
  for (let m = origin; Temporal.PlainDate.compare(m, end) < 0; m = m.add({ months: 1 })) {
    const day = origin.until(m, { largestUnit: 'days' }).days
    ticks.month.push({
      day,
      label: m.month === 1 || day === 0 ? `${MONTHS[m.month - 1]} ${m.year}` : (MONTHS[m.month - 1] as string),
    })
    if ((m.month - 1) % 3 === 0 || day === 0)
      ticks.quarter.push({ day, label: `${m.year} Q${Math.floor((m.month - 1) / 3) + 1}` })
  }
  return ticks
}

/** The forecast's histogram of finish dates in axis days, with the cumulative share of samples. */
function forecastHistogram(forecast: Forecast, { dayOf, endOf }: TimeAxis): NonNullable<SiteData['forecast']>['histogram'] {
  return forecast.histogram.bins.map((bin, k, bins) => {
    const next = bins[k + 1]
    const startOf = (label: string): string => (label.length === 7 ? `${label}-01` : label)
    const fromDay = dayOf(startOf(bin.label))
    const toDay = next === undefined ? endOf(bin.to) : dayOf(startOf(next.label))
    const cumulative = bins.slice(0, k + 1).reduce((sum, b) => sum + b.count, 0) / Math.max(1, forecast.samples)
    return { label: bin.label, fromDay, toDay: Math.max(fromDay + 1, toDay), count: bin.count, cumulative }
  })
}

/** The changes as the page lists them: the roadmap's moves, then each topic's, in words. */
function changesData(diff: RoadmapDiff): NonNullable<SiteData['changes']> {
  const r = diff.roadmap
  return {
    since: diff.before,
    summary: [
      `Finish: ${moveText(r.finish)}`,
      ...(r.p85.before !== null || r.p85.after !== null ? [`P85: ${moveText(r.p85)}`] : []),
      `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`,
      ...(diff.added.length > 0 ? [`Added: ${diff.added.map((t) => t.title).join(', ')}`] : []),
      ...(diff.removed.length > 0 ? [`Removed: ${diff.removed.map((t) => t.title).join(', ')}`] : []),
    ],
    topics: diff.changed.map((c) => ({
      title: `${c.title}${renamedFrom(c)}`,
      moved: movement(c),
      changes: c.changes.filter((f) => f.field !== 'title').map((f) => fieldText(f, (t) => t)),
    })),
  }
}

/** The page's data when the notes cannot be planned: the reason and what lint found. */
export function failureData(
  message: string,
  files: readonly string[],
  diagnostics: readonly Diagnostic[],
  options: SiteOptions,
): SiteData {
  return withControlsShown({
    version: 1,
    title: 'Roadmap',
    files,
    meetingDate: null,
    origin: '1970-01-01',
    start: '1970-01-01',
    asOf: '1970-01-01',
    finish: null,
    makespanDays: 0,
    lowerBoundDays: 0,
    criticalPath: [],
    bottlenecks: [],
    ownerGap: null,
    deadline: null,
    forecast: null,
    topics: [],
    links: [],
    graph: { nodes: [], edges: [] },
    days: 0,
    ticks: { month: [], quarter: [] },
    groupOrder: { owner: [], status: [] },
    todo: [],
    diagnostics: diagnostics.map(diagnosticData),
    excluded: [],
    changes: null,
    live: options.live,
    failure: message,
    generator: options.generator,
  })
}

function diagnosticData(d: Diagnostic): SiteDiagnostic {
  return {
    severity: d.severity,
    ruleId: d.ruleId,
    message: messageOf(d),
    hint: hintOf(d),
    place: d.place ? formatPlace(d.place) : null,
  }
}
