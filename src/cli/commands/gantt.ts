/** `waymark gantt FILE… [--by owner|status|priority|none] [--max-rows N] [--markdown] [-o PATH]` */
import { DEFAULT_MAX_ROWS, renderGantt } from '../../render/mermaid/gantt.js'
import { fencedMermaid } from '../../render/markdown/mermaid-blocks.js'
import { GROUP_BY } from '../../render/topic-groups.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { choiceOption, integerOption, maxSizeOf, parseOptions, planChoices } from '../options.js'
import { writeOutput } from '../output.js'
import { planInputs } from '../run-stages.js'

/** Runs `gantt`. */
export async function ganttCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('gantt', args)
  const by = choiceOption('--by', values.by, GROUP_BY, 'owner')
  const maxRows =
    values['max-rows'] === undefined ? DEFAULT_MAX_ROWS : integerOption('--max-rows', values['max-rows'], 1, 100_000)
  const planned = await planInputs('gantt', positionals, planChoices(values), io, maxSizeOf(values['max-size']))
  const { checked } = planned
  const charts = renderGantt(roadmapView(planned), { by, maxRows })
  // Several charts only make sense in Markdown, so they come as fenced blocks.
  const text = charts.length === 1 && values.markdown !== true ? (charts[0] as string) : fencedMermaid(charts)
  await writeOutput(io, values.output, text, checked.roadmap.files)
  return EXIT.ok
}
