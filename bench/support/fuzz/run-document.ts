/**
 * One document through the library, in-process, as the CLI's commands take it: decode,
 * fmt, read → resolve → lint, the settings, plan (a small optimiser budget), a short
 * forecast on this thread, then every renderer (diagnostics in four formats, parse and
 * plan JSON, terminal reports, Mermaid Gantt and flowchart, DOT, CSV, iCalendar,
 * TaskJuggler, the export JSON, the report Markdown, the page's data and HTML). Each stage
 * is caught on its own: a throw is a crash of that stage (the stages it feeds are skipped),
 * a result that breaks a promise is an internal error, and `fmt` is checked for
 * idempotence and for keeping every non-whitespace character.
 */
import { CalendarRangeError } from '../../../src/plan/calendar/work-calendar.js'
import { RoadmapError } from '../../../src/model/roadmap-error.js'
import type { CheckedRoadmap } from '../../../src/model/lint-report.js'
import { check as checkRoadmap, checkDocuments } from '../../../src/pipeline/check.js'
import { plan as planChecked } from '../../../src/pipeline/plan.js'
import { forecast as forecastPlanned } from '../../../src/pipeline/forecast.js'
import type { Forecast } from '../../../src/model/forecast.js'
import { DEFAULT_WORKDAYS } from '../../../src/model/defaults.js'
import type { PlannedRoadmap } from '../../../src/pipeline/plan.js'
import { roadmapView } from '../../../src/pipeline/roadmap-view.js'
import { decodeNote } from '../../../src/read/decode.js'
import { readDocument } from '../../../src/read/read-document.js'
import { renderCsv } from '../../../src/render/csv/topics-csv.js'
import { renderGithub } from '../../../src/render/diagnostics/github.js'
import { renderHuman } from '../../../src/render/diagnostics/human.js'
import { renderJson } from '../../../src/render/diagnostics/json.js'
import { renderSarif } from '../../../src/render/diagnostics/sarif.js'
import { renderDot } from '../../../src/render/dot/dot-graph.js'
import { dependencyGraph } from '../../../src/render/graph/dependency-graph.js'
import { renderCalendar } from '../../../src/render/ics/calendar.js'
import { exportJson } from '../../../src/render/json/export-json.js'
import { forecastJson } from '../../../src/render/json/forecast-json.js'
import { planJson } from '../../../src/render/json/plan-json.js'
import { roadmapJson } from '../../../src/render/json/roadmap-json.js'
import { formatNote } from '../../../src/render/markdown/format-note.js'
import { fencedMermaid } from '../../../src/render/markdown/mermaid-blocks.js'
import { renderReport } from '../../../src/render/markdown/report.js'
import { renderFlowchart } from '../../../src/render/mermaid/flowchart.js'
import { renderGantt } from '../../../src/render/mermaid/gantt.js'
import { renderPage, type PageAssets } from '../../../src/render/site/html-page.js'
import { siteData } from '../../../src/render/site/site-model.js'
import { renderForecast } from '../../../src/render/terminal/forecast-report.js'
import { renderPlan } from '../../../src/render/terminal/plan-report.js'
import { renderRoadmapSummary } from '../../../src/render/terminal/roadmap-summary.js'
import { PLAIN } from '../../../src/render/terminal/style.js'
import { renderTaskJuggler } from '../../../src/render/tjp/taskjuggler.js'
import { GROUP_BY, type GroupBy } from '../../../src/render/topic-groups.js'
import type { SourceText } from './grammar.js'
import {
  csvRecords,
  dotBalanced,
  finiteNumbers,
  forecastInOrder,
  ganttStatements,
  githubCommands,
  icalendarLines,
  lineLengths,
  markdownTables,
  mermaidQuoted,
  pageElements,
  parsesAsJson,
  placesInside,
  planInOrder,
  terminalSafe,
  type FileLines,
} from './invariants.js'

/** The stages, in the order they run; a worker reports the one it is in by its index here. */
export const STAGES = [
  'decode',
  'fmt',
  'read',
  'check',
  'plan',
  'forecast',
  'render:lint-human',
  'render:lint-json',
  'render:lint-github',
  'render:lint-sarif',
  'render:parse-json',
  'render:parse-summary',
  'render:tjp',
  'render:plan-text',
  'render:plan-json',
  'render:gantt',
  'render:flowchart',
  'render:dot',
  'render:csv',
  'render:ics',
  'render:forecast',
  'render:export-json',
  'render:report',
  'render:site',
] as const

/** A stage's name. */
export type Stage = (typeof STAGES)[number]

/** A stage that threw. */
export interface Crash {
  readonly stage: string
  readonly name: string
  readonly message: string
  readonly stack: string
  /** The innermost frame in Waymark's `src/`, `file:line`, or `null` when the trace does not reach one. */
  readonly where: string | null
}

/** A stage's result that breaks a promise. */
export interface Violation {
  readonly stage: string
  readonly check: string
  readonly message: string
}

/** A failure of `fmt`. */
export interface FmtProblem {
  readonly file: string
  readonly kind: 'fmt-unstable' | 'fmt-loses-text'
  readonly message: string
}

/** What one document did. */
export interface Outcome {
  readonly crashes: Crash[]
  readonly violations: Violation[]
  readonly fmt: FmtProblem[]
  /** Milliseconds for the whole document, and its slowest stage. */
  readonly ms: number
  readonly slowest: { readonly stage: string; readonly ms: number }
  /** Milliseconds per stage run. */
  readonly stageMs: Partial<Record<Stage, number>>
  readonly topics: number
}

/** What the runs of a campaign share. */
export interface RunContext {
  /** The page's script and style (from the build), or `null` to skip the page. */
  readonly assets: PageAssets | null
  /** The optimiser's budget: small, for throughput. */
  readonly budget: number
  /** Forecast samples: a few. */
  readonly samples: number
  /** Told each stage as it starts (a worker shares it with the supervisor, for time-bound hits). */
  readonly onStage?: (stage: Stage) => void
}

/** The day every document is planned on, so results do not depend on the calendar. */
export const TODAY = '2026-11-26'

const VERSION = '0.0.0-fuzz'

/** The innermost stack frame in Waymark's own sources. */
export function whereIn(stack: string): string | null {
  for (const line of stack.split('\n')) {
    const m = /\/(src\/[^:)]+):(\d+)/.exec(line)
    if (m !== null && !line.includes('/node_modules/')) return `${m[1]}:${m[2]}`
  }
  return null
}

/** Runs `files` through every stage; never throws. */
export async function runDocument(files: readonly SourceText[], variant: number, context: RunContext): Promise<Outcome> {
  const crashes: Crash[] = []
  const violations: Violation[] = []
  const fmt: FmtProblem[] = []
  let slowest = { stage: 'decode', ms: 0 }
  const stageMs: Partial<Record<Stage, number>> = {}
  const timed = (stage: Stage, ms: number): void => {
    stageMs[stage] = (stageMs[stage] ?? 0) + ms
    if (ms > slowest.ms) slowest = { stage, ms }
  }
  const t0 = performance.now()
  // A library that warns through `process.emitWarning` makes the CLI print to stderr: a stage must not.
  let current: Stage = 'decode'
  const emitWarning = process.emitWarning
  process.emitWarning = ((warning: string | Error) => {
    const message = typeof warning === 'string' ? warning : `${warning.name}: ${warning.message}`
    violations.push({ stage: current, check: 'process-warning', message: message.slice(0, 300) })
  }) as typeof process.emitWarning

  const run = <T>(stage: Stage, work: () => T): T | undefined => {
    current = stage
    context.onStage?.(stage)
    const s0 = performance.now()
    try {
      return work()
    } catch (error) {
      // A calendar that cannot be (no working day, past 9999) is the user's, told in one line by the CLI.
      if (!(error instanceof CalendarRangeError || error instanceof RoadmapError)) crashes.push(crashOf(stage, error))
      return undefined
    } finally {
      timed(stage, performance.now() - s0)
    }
  }
  const check = (stage: Stage, name: string, problems: readonly string[]): void => {
    for (const message of problems) violations.push({ stage, check: name, message })
  }

  run('decode', () => {
    for (const f of files) check('decode', 'decode', decodeProblems(f.text))
  })
  run('fmt', () => {
    for (const f of files) fmt.push(...fmtProblems(f))
  })

  const sources = files.map((f) => ({ file: f.file, text: f.text }))
  const lines: FileLines = new Map(files.map((f) => [f.file, lineLengths(f.text)]))
  let checked: CheckedRoadmap | undefined
  if (sources.length === 1) {
    // One file: reading apart from the rest of the check (settings, resolve, lint), which tells which failed.
    const document = run('read', () => readDocument(sources[0] as SourceText))
    checked = document && run('check', () => checkDocuments([document], null))
  } else checked = run('check', () => checkRoadmap(sources))
  if (checked === undefined) return done()
  const { roadmap, lint } = checked
  check('read', 'places', placesInside([checked.documents, roadmap, lint], lines))

  const by: GroupBy = GROUP_BY[variant % GROUP_BY.length] as GroupBy
  const title = roadmap.meta.title ?? 'Roadmap'
  const terminal = (stage: Stage, text: string): void => check(stage, 'terminal-safe', terminalSafe(text))
  run('render:lint-human', () => terminal('render:lint-human', renderHuman(lint, roadmap, { style: PLAIN, quiet: false })))
  run('render:lint-json', () => check('render:lint-json', 'json', parsesAsJson(renderJson(lint))))
  run('render:lint-github', () => check('render:lint-github', 'workflow-commands', githubCommands(renderGithub(lint))))
  run('render:lint-sarif', () =>
    check(
      'render:lint-sarif',
      'json',
      parsesAsJson(renderSarif(lint, { version: VERSION, informationUri: 'https://example.org' })),
    ),
  )
  run('render:parse-json', () =>
    check('render:parse-json', 'json', parsesAsJson(JSON.stringify(roadmapJson(roadmap, lint.diagnostics)))),
  )
  run('render:parse-summary', () => {
    const recovered = checked.documents.filter((d) => d.recovered).map((d) => d.file)
    terminal('render:parse-summary', renderRoadmapSummary(roadmap, lint, recovered, PLAIN))
  })
  // `plan` and the commands after it refuse a roadmap without topics (an input error, not a crash).
  if (roadmap.topics.length === 0) return done()

  const settings = checked.settings.plan
  const whole: PlannedRoadmap | undefined = run('plan', () =>
    planChecked(checked, { today: TODAY, seed: 1, budget: context.budget }),
  )
  if (whole === undefined) return done()
  const { plan, planned, diagnostics } = whole
  const view = roadmapView(whole)
  check('plan', 'finite', finiteNumbers(plan, 'plan'))
  check('plan', 'order', planInOrder(plan))
  check('plan', 'places', placesInside(plan.diagnostics, lines))

  run('render:tjp', () => {
    // `export --format tjp` builds this same problem (the roadmap, the settings, today); building it twice only costs time.
    const text = renderTaskJuggler(planned.problem, title, {
      holidays: settings.holidays,
      workdays: settings.workdays ?? DEFAULT_WORKDAYS,
    })
    check('render:tjp', 'balanced', dotBalanced(text))
  })
  run('render:plan-text', () => terminal('render:plan-text', renderPlan(view, PLAIN)))
  run('render:plan-json', () => check('render:plan-json', 'json', parsesAsJson(JSON.stringify(planJson(plan, diagnostics)))))
  run('render:gantt', () => {
    for (const g of [by, 'owner' as const])
      for (const chart of renderGantt(view, { by: g, maxRows: 50 })) check('render:gantt', 'statements', ganttStatements(chart))
  })
  const graph = run('render:flowchart', () => {
    const graph = dependencyGraph(view, by)
    check('render:flowchart', 'quoted', mermaidQuoted(fencedMermaid([renderFlowchart(graph)])))
    return graph
  })
  if (graph !== undefined) run('render:dot', () => check('render:dot', 'balanced', dotBalanced(renderDot(graph, title))))
  run('render:csv', () => check('render:csv', 'records', csvRecords(renderCsv(view), roadmap.topics.length)))
  run('render:ics', () => check('render:ics', 'lines', icalendarLines(renderCalendar(view, { today: TODAY, version: VERSION }))))

  let forecast: Forecast | undefined
  current = 'forecast'
  context.onStage?.('forecast')
  const f0 = performance.now()
  try {
    forecast = await forecastPlanned(whole, { samples: context.samples, seed: 1 })
  } catch (error) {
    if (!(error instanceof RoadmapError)) crashes.push(crashOf('forecast', error))
  }
  timed('forecast', performance.now() - f0)
  if (forecast === undefined) return done()
  const forecastView = roadmapView(whole, forecast)
  check('forecast', 'finite', finiteNumbers(forecast, 'forecast'))
  check('forecast', 'order', forecastInOrder(forecast))

  run('render:forecast', () => {
    terminal('render:forecast', renderForecast(forecastView, PLAIN))
    check('render:forecast', 'json', parsesAsJson(JSON.stringify(forecastJson(forecast))))
  })
  run('render:export-json', () => {
    const json = exportJson(forecastView, VERSION)
    check('render:export-json', 'finite', finiteNumbers(json, 'export'))
    check('render:export-json', 'json', parsesAsJson(JSON.stringify(json)))
  })
  run('render:report', () => {
    const report = renderReport(forecastView, {
      history: null,
      slipChart: null,
      changes: null,
      by,
      maxRows: 50,
      command: 'waymark report notes/meeting.md',
      version: VERSION,
    })
    check('render:report', 'tables', markdownTables(report))
  })
  const assets = context.assets
  if (assets !== null)
    run('render:site', () => {
      const data = siteData(forecastView, { live: false, generator: `Waymark ${VERSION}` })
      check('render:site', 'finite', finiteNumbers(data, 'page data'))
      check('render:site', 'elements', pageElements(renderPage(data, assets, { slip: null }), assets))
    })
  return done()

  function done(): Outcome {
    process.emitWarning = emitWarning
    return { crashes, violations, fmt, ms: performance.now() - t0, slowest, stageMs, topics: checked?.roadmap.topics.length ?? 0 }
  }
}

/** A thrown value as a crash of `stage`. */
function crashOf(stage: Stage, error: unknown): Crash {
  const e = error instanceof Error ? error : new Error(`non-Error thrown: ${String(error)}`)
  const stack = e.stack ?? `${e.name}: ${e.message}`
  return { stage, name: e.name, message: e.message.slice(0, 500), stack, where: whereIn(stack) }
}

/** Decoding the text's UTF-8 gives the text back (without a leading BOM) unless the decoder must refuse it. */
function decodeProblems(text: string): string[] {
  const bytes = new TextEncoder().encode(text)
  const decoded = decodeNote(bytes)
  // Lone surrogates cannot be encoded (they become U+FFFD); a NUL byte may make a file binary.
  const representable = !/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
  if (!decoded.ok) return text.includes('\u0000') ? [] : [`refused: ${decoded.reason}`]
  if (bytes.includes(0)) return ['a NUL byte was not refused']
  if (representable && !text.includes('\u0000') && decoded.text !== text.replace(/^\ufeff/, ''))
    return [`the decoded text differs from the text: ${firstDifference(text.replace(/^\ufeff/, ''), decoded.text)}`]
  return []
}

/** `fmt` keeps every non-whitespace character, in order, and formatting its output changes nothing. */
function fmtProblems(f: SourceText): FmtProblem[] {
  const once = formatNote(f.text)
  const twice = formatNote(once)
  const problems: FmtProblem[] = []
  const kept = (s: string): string => s.replace(/\s+/g, '')
  if (kept(once) !== kept(f.text))
    problems.push({ file: f.file, kind: 'fmt-loses-text', message: firstDifference(kept(f.text), kept(once)) })
  if (twice !== once) problems.push({ file: f.file, kind: 'fmt-unstable', message: firstDifference(once, twice) })
  return problems
}

/** Where two texts first differ, with a little context. */
export function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const around = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 20), i + 20))
  return `first difference at offset ${i}: ${around(a)} → ${around(b)}`
}
