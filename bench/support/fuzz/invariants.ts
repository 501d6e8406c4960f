/**
 * What the stages promise about their results on any input, checked after each one
 * returns: places inside the file, finite numbers and ordered dates in plans and
 * forecasts, and renderer outputs that their consumers can parse (iCalendar's line rules,
 * CSV's columns and formula guard, terminal text without control characters, balanced
 * DOT and Mermaid quoting, Markdown tables whose rows keep their cells, a page whose data
 * cannot close its script). A broken promise is an internal error: the stage did not
 * throw, but what it gave is wrong. Each check returns messages, none when all is well.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { CSV_COLUMNS } from '../../../src/render/csv/topics-csv.js'
import type { Forecast } from '../../../src/model/forecast.js'
import type { Plan } from '../../../src/model/plan.js'

/** Line lengths of each file, to check places against. */
export type FileLines = ReadonlyMap<string, readonly number[]>

/** The length of every line of `text`, for `\n`, `\r\n` and `\r` alike (as the reader counts lines). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length)
}

/** Objects of a result graph, each once (results share objects; some are large, none are cyclic by design). */
function* objects(root: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (ArrayBuffer.isView(value)) continue
    if (value instanceof Map || value instanceof Set) {
      for (const v of value.values()) stack.push(v)
      continue
    }
    yield value as Record<string, unknown>
    for (const v of Object.values(value)) stack.push(v)
  }
}

/** Every `{ file, line, column }` in `root` names a file of the roadmap and a place inside it. */
export function placesInside(root: unknown, files: FileLines): string[] {
  const problems: string[] = []
  for (const o of objects(root)) {
    if (typeof o['file'] !== 'string' || typeof o['line'] !== 'number' || typeof o['column'] !== 'number') continue
    const { file, line, column } = o as { file: string; line: number; column: number }
    const lines = files.get(file)
    if (lines === undefined) continue // a settings file or a revision: not ours to check
    const length = lines[line - 1]
    if (!Number.isInteger(line) || !Number.isInteger(column) || length === undefined || column < 1 || column > length + 1)
      problems.push(
        `place ${file}:${line}:${column} is outside the file (${lines.length} lines${length === undefined ? '' : `, that one ${length} long`})`,
      )
    if (problems.length >= 5) break
  }
  return problems
}

/** No NaN or infinity anywhere in `root` (JSON would turn them into `null` without a word). */
export function finiteNumbers(root: unknown, what: string): string[] {
  const problems: string[] = []
  for (const o of objects(root)) {
    for (const [key, v] of Object.entries(o)) {
      if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${what}: ${key} is ${v}`)
    }
    if (problems.length >= 5) break
  }
  return problems
}

const ISO_DATE = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/

/** A plan's dates are ISO dates, each topic starts before it finishes, day counts are whole and in order. */
export function planInOrder(plan: Plan): string[] {
  const problems: string[] = []
  for (const d of [plan.start, plan.asOf, ...(plan.finish === null ? [] : [plan.finish])])
    if (!ISO_DATE.test(d)) problems.push(`plan date “${d}” is not an ISO date`)
  for (const t of plan.topics) {
    if (!ISO_DATE.test(t.start) || !ISO_DATE.test(t.finish)) problems.push(`topic ${t.id}: dates “${t.start}”, “${t.finish}”`)
    else if (t.start > t.finish) problems.push(`topic ${t.id}: starts ${t.start} after it finishes ${t.finish}`)
    if (!Number.isInteger(t.startDay) || !Number.isInteger(t.endDay) || t.startDay > t.endDay || t.startDay < 0)
      problems.push(`topic ${t.id}: days [${t.startDay}, ${t.endDay})`)
    if (!Number.isInteger(t.days) || t.days < 0) problems.push(`topic ${t.id}: ${t.days} days of work`)
    if (t.slack < 0) problems.push(`topic ${t.id}: slack ${t.slack}`)
    if (plan.finish !== null && ISO_DATE.test(t.finish) && t.finish > plan.finish)
      problems.push(`topic ${t.id} finishes ${t.finish}, after the plan ${plan.finish}`)
    if (problems.length >= 5) break
  }
  if (plan.makespanDays < plan.lowerBoundDays)
    problems.push(`makespan ${plan.makespanDays} below the lower bound ${plan.lowerBoundDays}`)
  return problems
}

/** A forecast's percentiles are in order and its probabilities are probabilities. */
export function forecastInOrder(forecast: Forecast): string[] {
  const problems: string[] = []
  const { p50, p85, p95, days } = forecast.finish
  if (!(p50 <= p85 && p85 <= p95)) problems.push(`finish percentiles out of order: ${p50}, ${p85}, ${p95}`)
  if (!(days.p50 <= days.p85 && days.p85 <= days.p95))
    problems.push(`finish days out of order: ${days.p50}, ${days.p85}, ${days.p95}`)
  const probabilities = [forecast.planned.probability, ...(forecast.deadline === null ? [] : [forecast.deadline.probability])]
  for (const t of forecast.topics) {
    if (t.p50 > t.p85) problems.push(`topic ${t.id}: P50 ${t.p50} after P85 ${t.p85}`)
    probabilities.push(t.criticality)
    if (!(t.sensitivity >= -1 - 1e-9 && t.sensitivity <= 1 + 1e-9)) problems.push(`topic ${t.id}: sensitivity ${t.sensitivity}`)
  }
  for (const p of probabilities) if (!(p >= 0 && p <= 1)) problems.push(`probability ${p} outside 0..1`)
  const counted = forecast.histogram.bins.reduce((n, b) => n + b.count, 0)
  if (counted !== forecast.samples) problems.push(`histogram counts ${counted} of ${forecast.samples} samples`)
  return problems.slice(0, 5)
}

const encoder = new TextEncoder()

/** iCalendar: CRLF after every line, no line over 75 octets, no control characters (RFC 5545 §3.1). */
export function icalendarLines(text: string): string[] {
  const problems: string[] = []
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF')
  const lines = text.split('\r\n')
  lines.pop()
  lines.forEach((line, k) => {
    if (problems.length >= 5) return
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))
      problems.push(`line ${k + 1} has a control character: ${JSON.stringify(line.slice(0, 80))}`)
    const octets = encoder.encode(line).length
    if (octets > 75) problems.push(`line ${k + 1} is ${octets} octets`)
  })
  if (!/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/.test(text)) problems.push('not one VCALENDAR')
  return problems
}

/** CSV: one header and one record per topic, every record with every column, no cell a spreadsheet would run. */
export function csvRecords(text: string, topics: number): string[] {
  let records: string[][]
  try {
    records = parseCsv(text, { relax_column_count: true, bom: false }) as string[][]
  } catch (error) {
    return [`does not parse: ${(error as Error).message.split('\n')[0]}`]
  }
  const problems: string[] = []
  if (records.length !== topics + 1) problems.push(`${records.length} records for ${topics} topics and a header`)
  records.forEach((r, k) => {
    if (problems.length >= 5) return
    if (r.length !== CSV_COLUMNS.length) problems.push(`record ${k + 1} has ${r.length} cells, not ${CSV_COLUMNS.length}`)
    if (k === 0) return
    for (const cell of r)
      if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) {
        problems.push(`record ${k + 1}: cell ${JSON.stringify(cell.slice(0, 40))} starts a formula`)
        break
      }
  })
  return problems
}

/** Characters the terminal renderers promise to escape (`sanitizeForTerminal`). */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** Plain terminal text: no control character, escape sequence or bidirectional override from the notes. */
export function terminalSafe(text: string): string[] {
  const m = TERMINAL_UNSAFE.exec(text)
  if (m === null) return []
  const at = m.index
  return [
    `U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at offset ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`,
  ]
}

/** JSON text that parses. */
export function parsesAsJson(text: string): string[] {
  try {
    JSON.parse(text)
    return []
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`]
  }
}

/** GitHub workflow commands: one per line, each a command. */
export function githubCommands(text: string): string[] {
  const lines = text.split('\n')
  lines.pop()
  const bad = lines.findIndex((l) => !/^::(error|warning|notice) [^\r]*::/.test(l))
  return bad === -1 ? [] : [`line ${bad + 1} is not a workflow command: ${JSON.stringify(lines[bad]?.slice(0, 80))}`]
}

/** DOT: strings closed on their line, braces balanced outside them. */
export function dotBalanced(text: string): string[] {
  let depth = 0
  const problems: string[] = []
  text.split('\n').forEach((line, k) => {
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (quoted) {
        if (c === '\\') i++
        else if (c === '"') quoted = false
      } else if (c === '"') quoted = true
      else if (c === '{') depth++
      else if (c === '}') depth--
    }
    if (quoted && problems.length < 5) problems.push(`line ${k + 1}: a string runs past the line end`)
  })
  if (depth !== 0) problems.push(`braces unbalanced by ${depth}`)
  return problems
}

/** Characters a Gantt text must carry as entity codes (`mermaid-text.ts`): they end a title, data or line. */
const GANTT_UNSAFE = /[#:;%<>&ﬂ¶]|[\p{Cc}\p{Zl}\p{Zp}]/u

/** Statement keywords of Mermaid's Gantt lexer, which a task name must not start with. */
const GANTT_STATEMENT =
  /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|acctitle|accdescr|section|click|call|href)(?![\p{L}\p{N}_])|^\d{4}-\d\d-\d\d/iu

/** A Mermaid Gantt chart: its header, then sections and tasks whose names keep to one statement each. */
export function ganttStatements(chart: string): string[] {
  const lines = chart.split('\n')
  if (lines.pop() !== '') return ['does not end with a line break']
  if (lines[0] !== 'gantt') return [`starts with ${JSON.stringify(lines[0]?.slice(0, 40))}`]
  const problems: string[] = []
  const text = (t: string): string => t.replace(/#\d+;/g, '')
  lines.slice(1).forEach((line, k) => {
    if (problems.length >= 5) return
    const bad = (why: string): void => void problems.push(`line ${k + 2} ${why}: ${JSON.stringify(line.slice(0, 100))}`)
    const m = /^ {4}(title|section|dateFormat|axisFormat) (.*)$/.exec(line)
    if (m !== null) {
      if ((m[1] === 'title' || m[1] === 'section') && GANTT_UNSAFE.test(text(m[2] as string))) bad('has an unescaped character')
      return
    }
    const task = /^ {4}(.*) :((?:crit|done|active|milestone), )*(t|m)\d+, \d{4}-\d\d-\d\d, (\d{4}-\d\d-\d\d|0d)$/.exec(line)
    if (task === null) return bad('is no statement')
    const name = task[1] as string
    if (name === '' || GANTT_UNSAFE.test(text(name))) bad('has a task name with an unescaped character')
    else if (GANTT_STATEMENT.test(name)) bad('has a task name that starts a statement')
  })
  return problems
}

/** Mermaid: each line's labels closed (an even number of quotes), no line break inside a statement. */
export function mermaidQuoted(text: string): string[] {
  const problems: string[] = []
  text.split('\n').forEach((line, k) => {
    if (problems.length >= 5) return
    if ((line.match(/"/g) ?? []).length % 2 !== 0)
      problems.push(`line ${k + 1} has an odd number of quotes: ${JSON.stringify(line.slice(0, 80))}`)
    if (/[\r\u2028\u2029]/.test(line)) problems.push(`line ${k + 1} has a line break inside`)
  })
  return problems
}

/** Unescaped pipes of a table row: the cell borders GFM sees. */
function pipes(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++
    else if (line[i] === '|') n++
  }
  return n
}

/** Markdown made by Waymark: every row of a table has as many cell borders as its header (outside fences). */
export function markdownTables(text: string): string[] {
  const problems: string[] = []
  let fenced = false
  let header: number | null = null
  text.split('\n').forEach((line, k) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    if (fenced || !line.startsWith('|')) {
      header = null
      return
    }
    const n = pipes(line)
    if (header === null) header = n
    else if (n !== header && problems.length < 5)
      problems.push(`table row at line ${k + 1} has ${n - 1} cells, its header ${header - 1}`)
  })
  return problems
}

/** The page: its data cannot open or close an element, so there are exactly the page's own scripts and style. */
export function pageElements(page: string, assets: { readonly script: string; readonly style: string }): string[] {
  // Waymark's own script and style are left out: what they contain is not the notes' doing.
  const own = page.split(assets.script).join('').split(assets.style).join('')
  const count = (re: RegExp): number => (own.match(re) ?? []).length
  const problems: string[] = []
  const scripts = count(/<script/gi)
  const closers = count(/<\/script/gi)
  const styles = count(/<style/gi)
  if (scripts !== 2 || closers !== 2) problems.push(`${scripts} <script> and ${closers} </script>, not 2 of each`)
  if (styles !== 1) problems.push(`${styles} <style> elements`)
  const data = /<script type="application\/json" id="waymark-data">([\s\S]*?)<\/script>/.exec(own)
  if (data === null) problems.push('no data element')
  else {
    try {
      JSON.parse(data[1] as string)
    } catch (error) {
      problems.push(`the data does not parse: ${(error as Error).message}`)
    }
  }
  return problems
}
