/**
 * The job summary of Waymark's GitHub Action (`$GITHUB_STEP_SUMMARY`): what the notes'
 * check found, the plan's finish and deadline, the owner gap, and the forecast — short
 * Markdown that pings no one (every `@handle` from the notes is written quietly).
 */
import type { LintReport } from '../../model/lint-report.js'
import type { ForecastView } from '../../model/roadmap-view.js'
import { deadlineOrigin } from '../deadline-text.js'
import { ownerGapSentence } from '../owner-gap-text.js'
import { percent } from '../percent-text.js'
import { quietMarkdownText as md } from './markdown-text.js'

/** The summary of one run; `view` is `null` when the notes could not be planned (no topics). */
export function renderJobSummary(lint: LintReport, view: ForecastView | null, title: string): string {
  const { error, warning, info } = lint.counts
  const out = [`### Waymark: ${md(title)}`, '']
  out.push(
    `- **Notes:** ${error} ${error === 1 ? 'error' : 'errors'}, ${warning} ${warning === 1 ? 'warning' : 'warnings'}, ${info} ${info === 1 ? 'info' : 'infos'}${error > 0 ? ' — fix the errors (annotated on the files)' : ''}`,
  )
  if (view !== null) {
    const { plan, forecast } = view
    out.push(`- **Planned finish:** ${plan.finish ?? '—'} (${plan.topics.length} topics from ${plan.start})`)
    if (plan.deadline)
      out.push(
        `- **Deadline:** ${plan.deadline.date} (${md(deadlineOrigin(plan.deadline))}) — ${plan.deadline.met ? 'met by the plan' : '**missed** by the plan'}${forecast.deadline ? `, met in ${percent(forecast.deadline.probability)} of the forecast's samples` : ''}`,
      )
    out.push(
      `- **Forecast:** P50 ${forecast.finish.p50}, P85 ${forecast.finish.p85} (${forecast.samples.toLocaleString('en')} samples)`,
    )
    const gap = ownerGapSentence(plan)
    if (gap !== null) out.push(`- **Owner gap:** ${md(gap)} \`waymark staff\` says how many more people it needs.`)
  }
  out.push('')
  return `${out.join('\n')}\n`
}
