/**
 * The roadmap as a dependency graph, the model both graph formats (Mermaid flowchart,
 * Graphviz DOT) draw: a node per topic (planned or not), a note per external
 * prerequisite, solid edges for linked prerequisites, dotted ones for relations the
 * prose suggests, and the critical path — its topics, its prerequisite edges and the
 * "same person" links that chain topics of one busy owner.
 */
import type { ExcludedTopic, PlannedTopic } from '../../model/plan.js'
import type { RoadmapView } from '../../model/roadmap-view.js'
import { groupItems, groupOf, type GroupBy } from '../topic-groups.js'

/** A node: a topic, or an external prerequisite shown as a note. */
export interface GraphNode {
  /** A short id safe in any graph language (`t3`, `x1`). */
  readonly id: string
  readonly label: string
  readonly kind: 'topic' | 'external'
  /** The topic's id, for topic nodes. */
  readonly topic: string | null
  readonly critical: boolean
  readonly assumed: boolean
  /** Why a topic is not in the plan (done, dropped, unschedulable), or `null` when it is. */
  readonly notPlanned: ExcludedTopic['why'] | null
}

/** An edge from `from` to `to` (node ids). */
export interface GraphEdge {
  readonly from: string
  readonly to: string
  /** `prerequisite`: `to` needs `from`; `suggested`: prose relates them; `external`: a note; `person`: same owner, on the critical path. */
  readonly kind: 'prerequisite' | 'suggested' | 'external' | 'person'
  readonly critical: boolean
  /** The person of a `person` edge. */
  readonly label: string | null
}

/** Nodes in groups (one group with a `null` label when ungrouped). */
export interface DependencyGraph {
  readonly groups: readonly { readonly label: string | null; readonly nodes: readonly GraphNode[] }[]
  readonly edges: readonly GraphEdge[]
  readonly nodeCount: number
}

/** Longest note text shown; the rest is cut with an ellipsis. */
const NOTE_LENGTH = 60

/** Builds the dependency graph of a planned roadmap. */
export function dependencyGraph(view: RoadmapView, by: GroupBy): DependencyGraph {
  const { roadmap, plan } = view
  const planned = (id: string): PlannedTopic | undefined => view.topics.get(id)?.planned ?? undefined
  const onPath = new Set(plan.criticalPath)
  const ids = new Map(roadmap.topics.map((t, k) => [t.id, `t${k + 1}`]))
  const idOf = (topic: string): string => ids.get(topic) as string
  // Planned topics in plan order (by start), then the ones not planned, as written.
  const order = [...roadmap.topics].sort((a, b) => rank(a.id) - rank(b.id))
  function rank(id: string): number {
    const t = planned(id)
    return t === undefined ? Number.MAX_SAFE_INTEGER : t.startDay
  }
  const topicNodes = order.map((t) => {
    const p = planned(t.id)
    const node: GraphNode = {
      id: idOf(t.id),
      label: t.title,
      kind: 'topic',
      topic: t.id,
      critical: onPath.has(t.id),
      assumed: p?.assumed ?? false,
      notPlanned: p === undefined ? (view.topics.get(t.id)?.excluded ?? 'unschedulable') : null,
    }
    return { node, group: groupOf(t.owners, t, by) }
  })
  const groups = groupItems(topicNodes, by, (n) => n.group).map((g) => ({
    label: g.label,
    nodes: g.topics.map((n) => n.node),
  }))

  const criticalPrerequisites = new Set(
    plan.criticalLinks.filter((l) => l.kind === 'prerequisite').map((l) => `${l.from}\u0000${l.to}`),
  )
  const edges: GraphEdge[] = []
  const linked = new Set<string>()
  const externals: GraphNode[] = []
  for (const t of roadmap.topics) {
    for (const p of t.prerequisites) {
      if (p.topic !== null) {
        const key = `${p.topic}\u0000${t.id}`
        if (linked.has(key)) continue
        linked.add(key)
        edges.push({
          from: idOf(p.topic),
          to: idOf(t.id),
          kind: 'prerequisite',
          critical: criticalPrerequisites.has(key),
          label: null,
        })
      } else {
        const id = `x${externals.length + 1}`
        externals.push({
          id,
          label: cut(p.text),
          kind: 'external',
          topic: null,
          critical: false,
          assumed: false,
          notPlanned: null,
        })
        edges.push({ from: id, to: idOf(t.id), kind: 'external', critical: false, label: null })
      }
    }
  }
  const related = new Set<string>()
  for (const r of roadmap.relations) {
    const pair = [r.from, r.to].sort().join('\u0000')
    if (related.has(pair) || linked.has(`${r.from}\u0000${r.to}`) || linked.has(`${r.to}\u0000${r.from}`)) continue
    related.add(pair)
    edges.push({ from: idOf(r.to), to: idOf(r.from), kind: 'suggested', critical: false, label: null })
  }
  for (const l of plan.criticalLinks)
    if (l.kind !== 'prerequisite')
      edges.push({ from: idOf(l.from), to: idOf(l.to), kind: 'person', critical: true, label: l.person ?? 'unassigned pool' })

  // External notes sit outside the groups, after them.
  const all = externals.length > 0 ? [...groups, { label: null, nodes: externals }] : groups
  return { groups: all, edges, nodeCount: topicNodes.length + externals.length }
}

/** A node's label with what its styling also says, in words: critical, assumed estimate, done. */
export function nodeCaption(node: GraphNode): string {
  const notes = [
    ...(node.critical ? ['critical'] : []),
    ...(node.assumed ? ['assumed estimate'] : []),
    ...(node.notPlanned !== null ? [node.notPlanned] : []),
  ]
  return notes.length > 0 ? `${node.label} (${notes.join(', ')})` : node.label
}

function cut(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length <= NOTE_LENGTH ? chars.join('') : `${chars.slice(0, NOTE_LENGTH - 1).join('')}…`
}
