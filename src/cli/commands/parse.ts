/** `waymark parse FILE… [--json]` */
import type { CliIO } from '../io.js'
import { maxSizeOf, parseOptions } from '../options.js'
import { EXIT } from '../errors.js'
import { styleFor } from '../output-style.js'
import { checkInputs } from '../run-stages.js'
import { roadmapJson } from '../../render/json/roadmap-json.js'
import { renderRoadmapSummary } from '../../render/terminal/roadmap-summary.js'

/** Runs `parse`. */
export async function parseCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('parse', args)
  const checked = await checkInputs('parse', positionals, io, maxSizeOf(values['max-size']))
  if (values.json) {
    io.stdout.write(`${JSON.stringify(roadmapJson(checked.roadmap, checked.lint.diagnostics), null, 2)}\n`)
  } else {
    const recovered = checked.documents.filter((d) => d.recovered).map((d) => d.file)
    io.stdout.write(renderRoadmapSummary(checked.roadmap, checked.lint, recovered, styleFor(io.stdout, io.env)))
  }
  return EXIT.ok
}
