/**
 * The dependency graph as SVG, laid out in columns by Waymark (each topic right of its
 * prerequisites): prerequisites as arrows, suggested relations as dotted lines, external
 * prerequisites as notes, the critical path red. Topics the filters hide are faded, not
 * removed, so the shape of the roadmap stays. Topic boxes are buttons, like the bars.
 */
import type { SiteData } from '../site-data.js'
import { arrowMarker, clear, s, sizeSvg } from './dom.js'

const BOX_W = 200
const BOX_H = 46
const COLUMN = BOX_W + 70
const ROW = BOX_H + 14
const LINE = 26

/** Draws the graph into `svg`; topics not in `visible` are faded. */
export function drawGraph(
  svg: SVGSVGElement,
  data: SiteData,
  visible: ReadonlySet<string>,
  onSelect: (id: string) => void,
): void {
  clear(svg)
  const { nodes, edges } = data.graph
  const layers = Math.max(1, ...nodes.map((n) => n.layer + 1))
  const rows = Math.max(1, ...nodes.map((n) => n.order + 1))
  const width = layers * COLUMN
  const height = rows * ROW + 20
  sizeSvg(svg, width, height)
  svg.append(s('defs', {}, arrowMarker('graph-arrow', false), arrowMarker('graph-arrow-critical', true)))
  const at = new Map(nodes.map((n) => [n.id, { x: n.layer * COLUMN + 10, y: n.order * ROW + 10 }]))
  const edgeGroup = s('g', { class: 'graph-edges', 'aria-hidden': 'true' })
  for (const e of edges) {
    const a = at.get(e.from)
    const b = at.get(e.to)
    if (!a || !b) continue
    const x1 = a.x + BOX_W
    const y1 = a.y + BOX_H / 2
    const x2 = b.x
    const y2 = b.y + BOX_H / 2
    const dx = Math.max(30, Math.abs(x2 - x1) / 2)
    const arrow = e.kind !== 'suggested'
    edgeGroup.append(
      s('path', {
        d: `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2 - (arrow ? 2 : 0)},${y2}`,
        class: `graph-edge ${e.kind}${e.critical ? ' critical' : ''}`,
        'marker-end': arrow ? (e.critical ? 'url(#graph-arrow-critical)' : 'url(#graph-arrow)') : null,
      }),
    )
  }
  svg.append(edgeGroup)
  const nodeGroup = s('g', { class: 'graph-nodes' })
  for (const n of nodes) {
    const p = at.get(n.id) as { x: number; y: number }
    const [first, second] = wrap(n.label)
    const box = s('g', {
      class: `graph-node${n.critical ? ' critical' : ''}${n.external ? ' external' : ''}${n.topic !== null && !visible.has(n.topic) ? ' dim' : ''}`,
      'data-node': n.id,
      ...(n.topic === null ? {} : { 'data-topic': n.topic, tabindex: 0, role: 'button', 'aria-label': n.label }),
    })
    box.append(
      s('rect', { x: p.x, y: p.y, width: BOX_W, height: BOX_H, rx: n.external ? 0 : 6 }),
      s(
        'text',
        { x: p.x + 10, y: p.y + (second === '' ? BOX_H / 2 + 4 : 19) },
        first,
        second === '' ? null : s('tspan', { x: p.x + 10, dy: 15 }, second),
      ),
      s('title', {}, n.label),
    )
    const topic = n.topic
    if (topic !== null) {
      box.addEventListener('click', () => onSelect(topic))
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          onSelect(topic)
        }
      })
    }
    nodeGroup.append(box)
  }
  svg.append(nodeGroup)
}

/** A label on at most two lines of `LINE` characters, the rest cut with an ellipsis. */
function wrap(label: string): [string, string] {
  if (label.length <= LINE) return [label, '']
  const cut = label.lastIndexOf(' ', LINE)
  const first = cut > 8 ? label.slice(0, cut) : label.slice(0, LINE)
  const rest = label.slice(first.length).trimStart()
  return [first, rest.length <= LINE ? rest : `${rest.slice(0, LINE - 1)}…`]
}
