/** `waymark diff --format markdown`: the changes as a Markdown comment for a pull request. */
import type { RoadmapDiff } from '../../model/roadmap-diff.js'
import { percent } from '../percent-text.js'
import { causeText, fieldText, moveText, movement, renamedFrom, settingChangeText } from '../diff-text.js'
import { markdownCode, markdownText, quietMarkdownText } from './markdown-text.js'

/** How a diff is rendered as Markdown. */
export interface DiffMarkdownOptions {
  /** `false`: leave out its title (a page gives its own). */
  readonly heading?: boolean
  /**
   * `true`: `@handles` stay mentions. By default they are written so that GitHub notifies
   * no one (the diff is posted as a pull-request comment).
   */
  readonly mentions?: boolean
}

/** Renders a diff as Markdown. */
export function renderDiffMarkdown(diff: RoadmapDiff, options: DiffMarkdownOptions = {}): string {
  const md = options.mentions === true ? markdownText : quietMarkdownText
  const out = options.heading === false ? [] : [`### Roadmap changes: ${md(diff.before)} → ${md(diff.after)}`, '']
  const r = diff.roadmap
  out.push(`- **Finish:** ${moveText(r.finish)}`)
  if (r.p85.before !== null || r.p85.after !== null) out.push(`- **P85:** ${moveText(r.p85)}`)
  if (r.deadline.date !== null && (r.deadline.before !== null || r.deadline.after !== null))
    out.push(
      `- **Deadline ${r.deadline.date}:** met in ${r.deadline.before === null ? '—' : percent(r.deadline.before)} → ${r.deadline.after === null ? '—' : percent(r.deadline.after)} of samples`,
    )
  out.push(
    `- ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`,
    '',
  )
  if (diff.added.length > 0)
    out.push('**Added:** ' + diff.added.map((t) => `${md(t.title)}${t.finish ? ` (finish ${t.finish})` : ''}`).join(', '), '')
  if (diff.removed.length > 0) out.push('**Removed:** ' + diff.removed.map((t) => md(t.title)).join(', '), '')
  if (diff.settings.length > 0)
    out.push(
      '**Settings changed:** ' + diff.settings.map((c) => settingChangeText(c, (t: string) => markdownCode(t))).join(', '),
      '',
    )
  if (diff.changed.length > 0) {
    out.push('| Topic | Moved | What changed |', '|---|---|---|')
    for (const c of diff.changed) {
      const what = c.changes.filter((f) => f.field !== 'title').map((f) => fieldText(f, md))
      const why = causeText(c.cause, md)
      const renamed = renamedFrom(c).trim()
      out.push(
        `| ${md(c.title)}${renamed === '' ? '' : ` ${md(renamed)}`} | ${movement(c)}${why === null ? '' : `, ${why}`} | ${what.join('<br>') || '—'} |`,
      )
    }
    out.push('')
  }
  return `${out.join('\n')}\n`
}
