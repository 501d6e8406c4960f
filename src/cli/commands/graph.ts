/** `waymark graph FILE… [--format mermaid|dot] [--by owner|status|priority|none] [--markdown] [-o PATH]` */
import { renderDot } from '../../render/dot/dot-graph.js'
import { dependencyGraph } from '../../render/graph/dependency-graph.js'
import { fencedMermaid } from '../../render/markdown/mermaid-blocks.js'
import { MERMAID_LIMITS, renderFlowchart } from '../../render/mermaid/flowchart.js'
import { GROUP_BY } from '../../render/topic-groups.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { choiceOption, maxSizeOf, parseOptions, planChoices } from '../options.js'
import { writeOutput } from '../output.js'
import { planInputs } from '../run-stages.js'

const FORMATS = ['mermaid', 'dot'] as const

/** Runs `graph`. */
export async function graphCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('graph', args)
  const format = choiceOption('--format', values.format, FORMATS, 'mermaid')
  const by = choiceOption('--by', values.by, GROUP_BY, 'owner')
  const planned = await planInputs('graph', positionals, planChoices(values), io, maxSizeOf(values['max-size']))
  const { checked } = planned
  const { roadmap } = checked
  const graph = dependencyGraph(roadmapView(planned), by)
  let text: string
  if (format === 'dot') text = renderDot(graph, roadmap.meta.title ?? 'Roadmap')
  else {
    text = renderFlowchart(graph)
    warnOverMermaidLimits(io, text, graph.edges.length)
    if (values.markdown === true) text = fencedMermaid([text])
  }
  await writeOutput(io, values.output, text, roadmap.files)
  return EXIT.ok
}

/** GitHub renders with Mermaid's default limits; past them readers see an error, so say so now. */
function warnOverMermaidLimits(io: CliIO, text: string, edges: number): void {
  const over: string[] = []
  if (text.length > MERMAID_LIMITS.textSize)
    over.push(
      `${text.length.toLocaleString('en')} characters (Mermaid renders at most ${MERMAID_LIMITS.textSize.toLocaleString('en')})`,
    )
  if (edges > MERMAID_LIMITS.edges) over.push(`${edges} edges (Mermaid draws at most ${MERMAID_LIMITS.edges})`)
  if (over.length > 0)
    io.stderr.write(
      `waymark graph: warning: the graph has ${over.join(' and ')}, so GitHub will not render it; use --format dot, or split the roadmap.\n`,
    )
}
