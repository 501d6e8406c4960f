/**
 * `waymark github FILE… [--max-warnings N] [--roadmap PATH] [--site DIR] [--diff PATH]`:
 * one step of a GitHub Actions job, from the environment the runner sets — annotations on
 * stdout, the job summary appended to `$GITHUB_STEP_SUMMARY`, on a pull request the
 * roadmap diff against its base commit (to a file and to `$GITHUB_OUTPUT`), and ROADMAP.md
 * and the page when asked. action.yml runs it; docs/github.md shows the workflows.
 */
import { diffRoadmaps } from '../../compare/roadmap-diff.js'
import { renderGithub } from '../../render/diagnostics/github.js'
import { renderDiffMarkdown } from '../../render/markdown/diff-markdown.js'
import { renderJobSummary } from '../../render/markdown/job-summary.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import type { PlannedRoadmap } from '../../pipeline/plan.js'
import { EXIT, InputError } from '../errors.js'
import type { CliIO } from '../io.js'
import { builtAtRevision } from '../note-past.js'
import { forecastChoices, maxSizeOf, maxWarningsOption, parseOptions } from '../options.js'
import { refuseInputs, writeFileTelling } from '../output.js'
import { checkInputs, forecastPlanned, planChecked } from '../run-stages.js'

/** Runs `github`. */
export async function githubCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('github', args)
  const choices = forecastChoices(values)
  const maxBytes = maxSizeOf(values['max-size'])
  const maxWarnings = maxWarningsOption('github', values['max-warnings'])
  const env = io.env

  const checked = await checkInputs('github', positionals, io, maxBytes)
  io.stdout.write(renderGithub(checked.lint))
  const { roadmap, lint } = checked
  const title = roadmap.meta.title ?? 'Roadmap'

  // A pull request's base commit: the diff's older side, and the plan's baseline.
  const base = await pullRequestBase(env['GITHUB_EVENT_PATH'], io)
  const before =
    base === null || roadmap.topics.length === 0
      ? null
      : await builtAtRevision(base, base.slice(0, 7), positionals, choices, io, maxBytes).catch((error: unknown) => {
          // The notes may be new in this pull request, or the checkout shallow: no diff, said once.
          if (!(error instanceof InputError)) throw error
          io.stderr.write(`waymark github: no roadmap diff: ${error.message}\n`)
          return null
        })
  let planned: PlannedRoadmap | null = null
  let summary = renderJobSummary(lint, null, title)
  if (roadmap.topics.length > 0) {
    planned = await planChecked(checked, choices, io, before?.planned)
    const forecast = await forecastPlanned(planned, choices, io)
    summary = renderJobSummary(lint, roadmapView(planned, forecast), title)
    if (before !== null) {
      const after = { label: 'this pull request', roadmap, plan: planned.plan, forecast, settings: checked.settings.plan }
      const diff = renderDiffMarkdown(diffRoadmaps(before.version, after), { mentions: values.mentions === true })
      const path = values.diff ?? `${env['RUNNER_TEMP'] ?? '.'}/waymark-diff.md`
      await refuseInputs(io, [path], roadmap.files)
      await writeFileTelling(io, path, diff)
      await appendTo(io, env['GITHUB_OUTPUT'], `diff-file=${path}\n${multiline('diff', diff)}`)
      summary += `\n${diff}`
    }
  }
  await appendTo(io, env['GITHUB_STEP_SUMMARY'], summary)
  await appendTo(io, env['GITHUB_OUTPUT'], `errors=${lint.counts.error}\nwarnings=${lint.counts.warning}\n`)

  if (planned !== null && (values.roadmap !== undefined || values.site !== undefined)) {
    const common = [...positionals, ...passOn(values)]
    if (values.roadmap !== undefined) {
      const { reportCommand } = await import('./report.js')
      await reportCommand([...common, '-o', values.roadmap], io)
    }
    if (values.site !== undefined) {
      const { siteCommand } = await import('./site.js')
      await siteCommand([...common, '-o', values.site], io)
    }
  }
  const tooManyWarnings = maxWarnings !== null && lint.counts.warning > maxWarnings
  if (tooManyWarnings)
    io.stderr.write(`waymark github: ${lint.counts.warning} warnings, more than --max-warnings ${maxWarnings} allows.\n`)
  return lint.counts.error > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok
}

/** The base commit of the pull request the event is about, or `null` (a push, a schedule, no event). */
async function pullRequestBase(eventPath: string | undefined, io: CliIO): Promise<string | null> {
  if (eventPath === undefined || eventPath === '') return null
  let event: unknown
  try {
    event = JSON.parse(new TextDecoder().decode(await io.fs.readFile(eventPath)))
  } catch (error) {
    throw new InputError(`${eventPath}: the event file cannot be read as JSON (${(error as Error).message})`)
  }
  const sha = (event as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : null
}

/** Appends `text` to the file at `path` (a runner's summary or output file); nothing without one. */
async function appendTo(io: CliIO, path: string | undefined, text: string): Promise<void> {
  if (path === undefined || path === '') return
  const before = (await io.fs.stat(path)) === null ? '' : new TextDecoder().decode(await io.fs.readFile(path))
  await writeFileTelling(io, path, before + text)
}

/** An output of several lines, in the runner's `name<<DELIMITER` form with a delimiter the value does not hold. */
function multiline(name: string, value: string): string {
  let delimiter = 'WAYMARK_EOF'
  for (let k = 1; value.includes(delimiter); k++) delimiter = `WAYMARK_EOF_${k}`
  return `${name}<<${delimiter}\n${value.endsWith('\n') ? value : `${value}\n`}${delimiter}\n`
}

/** The planning and forecast flags given, for the report and the page made in the same step. */
function passOn(values: Record<string, string | boolean | undefined>): string[] {
  return ['start', 'as-of', 'budget', 'seed', 'samples', 'max-size'].flatMap((k) => {
    const v = values[k]
    return typeof v === 'string' ? [`--${k}`, v] : []
  })
}
