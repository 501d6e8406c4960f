/**
 * The dependency graph as a Mermaid flowchart: topics in subgraphs (by owner by default),
 * prerequisites as solid arrows, suggested relations as dotted lines, external
 * prerequisites as notes, the critical path in bold red (its "same person" links as
 * thick arrows naming the person). Not-planned topics say why in their label; assumed
 * estimates get a dashed border. Colour is never the only cue: the critical path's
 * arrows are thick and its topics say "critical".
 */
import { nodeCaption, type DependencyGraph, type GraphEdge, type GraphNode } from '../graph/dependency-graph.js'
import { flowchartLabel } from './mermaid-text.js'

/** Mermaid's default limits (`maxTextSize`, `maxEdges`): past them, GitHub shows an error instead of the chart. */
export const MERMAID_LIMITS = { textSize: 50_000, edges: 500 } as const

const ARROW: Readonly<Record<GraphEdge['kind'], string>> = {
  prerequisite: '-->',
  suggested: '-.-',
  external: '-.->',
  person: '==>',
}

/** Renders the graph as Mermaid flowchart text. */
export function renderFlowchart(graph: DependencyGraph): string {
  const lines = ['flowchart LR']
  graph.groups.forEach((group, k) => {
    if (group.label === null) {
      for (const node of group.nodes) lines.push(`  ${nodeLine(node)}`)
      return
    }
    lines.push(`  subgraph g${k + 1}["${flowchartLabel(group.label)}"]`)
    for (const node of group.nodes) lines.push(`    ${nodeLine(node)}`)
    lines.push('  end')
  })
  const critical: number[] = []
  graph.edges.forEach((e, k) => {
    const label = e.label === null ? '' : `|"${flowchartLabel(`same person: ${e.label}`)}"|`
    lines.push(`  ${e.from} ${ARROW[e.kind]}${label} ${e.to}`)
    if (e.critical) critical.push(k)
  })
  const nodes = graph.groups.flatMap((g) => g.nodes)
  const classed = (name: string, test: (n: GraphNode) => boolean): void => {
    const ids = nodes.filter(test).map((n) => n.id)
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${name}`)
  }
  lines.push(
    '  classDef critical stroke:#c62828,stroke-width:3px',
    '  classDef assumed stroke-dasharray:6 3',
    '  classDef notPlanned fill:#eeeeee,color:#555555,stroke:#999999',
    '  classDef external fill:#fff8e1,stroke:#b8860b,color:#5d4200',
  )
  classed('critical', (n) => n.critical)
  classed('assumed', (n) => n.assumed && !n.critical)
  classed('notPlanned', (n) => n.notPlanned !== null)
  classed('external', (n) => n.kind === 'external')
  if (critical.length > 0) lines.push(`  linkStyle ${critical.join(',')} stroke:#c62828,stroke-width:3px`)
  return `${lines.join('\n')}\n`
}

function nodeLine(node: GraphNode): string {
  if (node.kind === 'external') return `${node.id}>"${flowchartLabel(node.label)}"]`
  return `${node.id}["${flowchartLabel(nodeCaption(node))}"]`
}
