/**
 * The dependency graph in Graphviz's DOT language (`waymark graph --format dot`), for
 * graphs too large for Mermaid or for `dot -Tsvg`: the same nodes, groups (as clusters)
 * and edges as the Mermaid flowchart.
 */
import { nodeCaption, type DependencyGraph, type GraphEdge, type GraphNode } from '../graph/dependency-graph.js'
import { oneLine } from '../mermaid/mermaid-text.js'

const RED = '"#c62828"'

const EDGE_STYLE: Readonly<Record<GraphEdge['kind'], string>> = {
  prerequisite: '',
  suggested: 'style=dotted, arrowhead=none',
  external: 'style=dotted',
  person: 'style=bold',
}

/** Renders the graph as a DOT digraph titled `title`. */
export function renderDot(graph: DependencyGraph, title: string): string {
  const lines = [
    'digraph roadmap {',
    `  graph [rankdir=LR, label=${quote(title)}, labelloc=t, fontname="Helvetica"];`,
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica"];',
  ]
  graph.groups.forEach((group, k) => {
    if (group.label === null) {
      for (const node of group.nodes) lines.push(`  ${nodeLine(node)}`)
      return
    }
    lines.push(`  subgraph cluster_${k + 1} {`, `    label=${quote(group.label)};`)
    for (const node of group.nodes) lines.push(`    ${nodeLine(node)}`)
    lines.push('  }')
  })
  for (const e of graph.edges) {
    const attributes = [
      EDGE_STYLE[e.kind],
      ...(e.critical ? [`color=${RED}, penwidth=3`] : []),
      ...(e.label === null ? [] : [`label=${quote(`same person: ${e.label}`)}`]),
    ].filter((a) => a !== '')
    lines.push(`  ${e.from} -> ${e.to}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`)
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}

function nodeLine(node: GraphNode): string {
  if (node.kind === 'external') return `${node.id} [shape=note, label=${quote(node.label)}];`
  const attributes = [`label=${quote(nodeCaption(node))}`]
  if (node.critical) attributes.push(`color=${RED}, penwidth=3`)
  if (node.assumed) attributes.push('style="rounded,dashed"')
  if (node.notPlanned !== null) attributes.push('fontcolor="#555555", color="#999999"')
  return `${node.id} [${attributes.join(', ')}];`
}

/**
 * A DOT string. Backslashes are doubled: in a label `\N`, `\G` and friends stand for the
 * node's or graph's name, which a title such as `C:\Nodes` must not turn into.
 */
function quote(text: string): string {
  return `"${oneLine(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
