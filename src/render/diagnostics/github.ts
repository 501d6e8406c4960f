/**
 * GitHub Actions workflow commands (`::warning file=…,line=…,col=…,title=…::message`),
 * which GitHub shows as annotations on the changed lines of a pull request.
 */
import { hintOf, messageOf } from '../../diagnostics/words.js'
import type { Diagnostic, Severity } from '../../model/diagnostic.js'
import type { LintReport } from '../../model/lint-report.js'

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' }

// Escaping as in @actions/core: data escapes % CR LF; property values also : and ,.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One diagnostic as a workflow command. */
export function githubAnnotation(d: Diagnostic): string {
  const props = [
    ...(d.place ? [`file=${escapeProperty(d.place.file)}`, `line=${d.place.line}`, `col=${d.place.column}`] : []),
    `title=${escapeProperty(`waymark ${d.ruleId}`)}`,
  ]
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${messageOf(d)}\nHint: ${hintOf(d)}`)}`
}

/** Renders a lint report as workflow commands, one per line. */
export function renderGithub(report: LintReport): string {
  return report.diagnostics.map((d) => `${githubAnnotation(d)}\n`).join('')
}
