/**
 * Human lint output, grouped by file and topic like eslint's default formatter: place,
 * severity, message, rule id, and the hint below; then the totals and the to-do list
 * per person.
 */
import { hintOf, messageOf } from '../../diagnostics/words.js'
import type { Diagnostic, Severity } from '../../model/diagnostic.js'
import type { LintReport } from '../../model/lint-report.js'
import { ASK_FOR, itemsByNeed } from '../../lint/todo-list.js'
import type { PersonTodo } from '../../model/lint-report.js'
import type { Roadmap } from '../../model/roadmap.js'
import { sanitizeForTerminal, type Style } from '../terminal/style.js'

/** Options of the human format. */
export interface HumanOptions {
  readonly style: Style
  /** Leave out info diagnostics. */
  readonly quiet?: boolean
}

const LABEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' }

/** Renders a lint report for a terminal. */
export function renderHuman(report: LintReport, roadmap: Roadmap, options: HumanOptions): string {
  const { style } = options
  const paint = (s: Severity, text: string): string =>
    s === 'error' ? style.red(text) : s === 'warning' ? style.yellow(text) : style.blue(text)
  const shown = report.diagnostics.filter((d) => !(options.quiet && d.severity === 'info'))
  const titles = new Map(roadmap.topics.map((t) => [t.id, t.title]))
  const lines: string[] = []

  const byFile = groupBy(shown, (d) => d.place?.file ?? '')
  for (const [file, diagnostics] of byFile) {
    lines.push(style.underline(sanitizeForTerminal(file || '(roadmap)')))
    const byTopic = groupBy(diagnostics, (d) => d.topic ?? '')
    const width = Math.max(...diagnostics.map((d) => position(d).length))
    for (const [topic, group] of byTopic) {
      lines.push(`  ${style.bold(sanitizeForTerminal(topic === '' ? '(document)' : (titles.get(topic) ?? topic)))}`)
      for (const d of group) {
        const where = style.dim(position(d).padEnd(width))
        lines.push(
          `    ${where}  ${paint(d.severity, LABEL[d.severity].padEnd(7))}  ${sanitizeForTerminal(messageOf(d))}  ${style.dim(d.ruleId)}`,
        )
        lines.push(`    ${' '.repeat(width)}           ${style.dim(`hint: ${sanitizeForTerminal(hintOf(d))}`)}`)
      }
    }
    lines.push('')
  }
  const { error, warning, info } = report.counts
  const total = error + warning + info
  const summary = `${total === 0 ? '✔' : '✖'} ${total} ${total === 1 ? 'problem' : 'problems'} (${error} ${plural(error, 'error')}, ${warning} ${plural(warning, 'warning')}, ${info} ${plural(info, 'info')})${options.quiet && info > 0 ? ` — infos hidden by --quiet` : ''}`
  lines.push(
    error > 0
      ? style.red(style.bold(summary))
      : warning > 0
        ? style.yellow(style.bold(summary))
        : style.green(style.bold(summary)),
  )
  if (report.todo.length > 0) lines.push('', ...renderTodo(report.todo, style))
  return `${lines.join('\n')}\n`
}

/** The to-do list per person: who must write what, topic by topic. */
export function renderTodo(todo: readonly PersonTodo[], style: Style): string[] {
  const lines = [style.bold('To do, per person (gaps go to the owner, or to the author while there is none):')]
  for (const { person, items } of todo) {
    lines.push(
      `  ${style.bold(sanitizeForTerminal(person ?? 'Nobody (no owner, no author)'))} — ${items.length} ${plural(items.length, 'item')}`,
    )
    for (const { need, items: group } of itemsByNeed(items))
      lines.push(`    ${ASK_FOR[need]}: ${group.map((i) => sanitizeForTerminal(i.title)).join(', ')}`)
  }
  return lines
}

function position(d: Diagnostic): string {
  return d.place ? `${d.place.line}:${d.place.column}` : '-'
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const g = groups.get(k)
    if (g) g.push(item)
    else groups.set(k, [item])
  }
  return groups
}
