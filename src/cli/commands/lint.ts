/** `waymark lint FILE… [--format human|json|github|sarif] [--quiet] [--max-warnings N] [--plan]` */
import { renderGithub } from '../../render/diagnostics/github.js'
import { renderHuman } from '../../render/diagnostics/human.js'
import { renderJson } from '../../render/diagnostics/json.js'
import { renderSarif } from '../../render/diagnostics/sarif.js'
import { EXIT, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { maxSizeOf, maxWarningsOption, parseOptions, planChoices } from '../options.js'
import { withFindings } from '../../lint/lint-roadmap.js'
import { styleFor } from '../output-style.js'
import { checkInputs, planChecked } from '../run-stages.js'

const FORMATS = ['human', 'json', 'github', 'sarif'] as const

/** Where Waymark's source and docs live (SARIF links rules there). */
export const HOMEPAGE = 'https://github.com/waymark-roadmaps/waymark'

/** Runs `lint`. */
export async function lintCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('lint', args)
  const format = values.format ?? 'human'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`waymark lint: --format must be one of ${FORMATS.join(', ')}; got “${format}”.`)
  }
  const maxWarnings = maxWarningsOption('lint', values['max-warnings'])
  const checked = await checkInputs('lint', positionals, io, maxSizeOf(values['max-size']))
  const { roadmap } = checked
  // `--plan`: the planner's findings too (a roadmap without topics has none: lint says so).
  const lint =
    values.plan && roadmap.topics.length > 0
      ? withFindings(checked.lint, (await planChecked(checked, planChoices(values), io)).plan.diagnostics)
      : checked.lint
  const output =
    format === 'json'
      ? renderJson(lint)
      : format === 'github'
        ? renderGithub(lint)
        : format === 'sarif'
          ? renderSarif(lint, { version: io.version, informationUri: HOMEPAGE })
          : renderHuman(lint, roadmap, { style: styleFor(io.stdout, io.env), quiet: values.quiet === true })
  io.stdout.write(output)
  const tooManyWarnings = maxWarnings !== null && lint.counts.warning > maxWarnings
  if (tooManyWarnings)
    io.stderr.write(`waymark lint: ${lint.counts.warning} warnings, more than --max-warnings ${maxWarnings} allows.\n`)
  return lint.counts.error > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok
}
