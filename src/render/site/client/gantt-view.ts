/**
 * The Gantt chart, drawn as SVG: a row per topic under its group, bars from the first
 * to the last working day (critical ones red, assumed estimates hatched), the forecast's
 * P50–P85 as a whisker after each bar, arrows for the prerequisites (Mermaid cannot draw
 * them), the deadline and today as lines, months or quarters on the axis. Bars are
 * buttons: click, Enter or Space opens the topic's details.
 */
import type { SiteData, SiteTopic } from '../site-data.js'
import { arrowMarker, clear, s, sizeSvg } from './dom.js'
import type { ViewState } from './view-state.js'

const ROW = 26
const GROUP = 28
const AXIS = 36
const PX_PER_DAY = { month: 3.4, quarter: 1.15 }

/** Draws the chart of the `visible` topics into `svg`; `onSelect` is told which bar was chosen. */
export function drawGantt(
  svg: SVGSVGElement,
  data: SiteData,
  visible: readonly SiteTopic[],
  view: ViewState,
  narrow: boolean,
  onSelect: (id: string) => void,
): void {
  clear(svg)
  const label = narrow ? 150 : 270
  const px = PX_PER_DAY[view.zoom]
  const x = (day: number): number => label + day * px
  const width = Math.ceil(x(data.days) + 16)

  const byGroup = new Map<string, SiteTopic[]>()
  for (const t of visible) {
    const key = t.groups[view.group]
    byGroup.set(key, [...(byGroup.get(key) ?? []), t])
  }
  const rows: ({ kind: 'group'; label: string } | { kind: 'topic'; topic: SiteTopic })[] = []
  for (const key of data.groupOrder[view.group]) {
    const members = byGroup.get(key)
    if (!members || members.length === 0) continue
    rows.push({ kind: 'group', label: key })
    for (const t of [...members].sort((a, b) => a.startDay - b.startDay || a.title.localeCompare(b.title)))
      rows.push({ kind: 'topic', topic: t })
  }
  let y = AXIS
  const top = new Map<SiteTopic | string, number>()
  for (const row of rows) {
    top.set(row.kind === 'group' ? `group:${row.label}` : row.topic, y)
    y += row.kind === 'group' ? GROUP : ROW
  }
  const height = y + 12
  sizeSvg(svg, width, height)

  svg.append(
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
        s('rect', { width: 2.5, height: 6, class: 'hatch-line' }),
      ),
      arrowMarker('arrow', false, 'auto-start-reverse'),
      arrowMarker('arrow-critical', true, 'auto-start-reverse'),
    ),
  )

  // The axis: a line per month or quarter, labelled.
  const grid = s('g', { class: 'grid', 'aria-hidden': 'true' })
  for (const tick of data.ticks[view.zoom]) {
    grid.append(
      s('line', { x1: x(tick.day), x2: x(tick.day), y1: AXIS - 8, y2: height, class: 'tick' }),
      s('text', { x: x(tick.day) + 4, y: AXIS - 14, class: 'tick-label' }, tick.label),
    )
  }
  svg.append(grid)

  for (const row of rows) {
    if (row.kind !== 'group') continue
    const gy = top.get(`group:${row.label}`) as number
    svg.append(
      s('rect', { x: 0, y: gy, width, height: GROUP, class: 'group-band' }),
      s('text', { x: 8, y: gy + GROUP / 2 + 5, class: 'group-label' }, row.label),
    )
  }

  const chars = Math.floor((label - 16) / 7)
  const positions = new Map<string, { x0: number; x1: number; y: number }>()
  const bars = s('g', { class: 'bars' })
  for (const row of rows) {
    if (row.kind !== 'topic') continue
    const t = row.topic
    const ry = top.get(t) as number
    const mid = ry + ROW / 2
    const x0 = x(t.startDay)
    const x1 = Math.max(x0 + 3, x(t.endDay))
    positions.set(t.id, { x0, x1, y: mid })
    const name = t.title.length > chars ? `${t.title.slice(0, Math.max(1, chars - 1))}…` : t.title
    bars.append(s('text', { x: 16, y: mid + 4, class: 'row-label' }, name, s('title', {}, t.title)))
    const described = [
      t.title,
      `${t.start} to ${t.finish}`,
      t.critical ? 'on the critical path' : `${t.slack} working days of slack`,
      t.assumed ? 'assumed estimate' : '',
      t.late === 'finish' ? `late: not done by ${data.asOf}` : t.late === 'start' ? `late: not started by ${data.asOf}` : '',
      t.forecast ? `forecast P50 ${t.forecast.p50}, P85 ${t.forecast.p85}` : '',
    ].filter((part) => part !== '')
    const bar = s('g', {
      class: `bar${t.critical ? ' critical' : ''}${t.assumed ? ' assumed' : ''}${t.late ? ' late' : ''}${view.topic === t.id ? ' selected' : ''}`,
      'data-topic': t.id,
      tabindex: 0,
      role: 'button',
      'aria-label': described.join('; '),
    })
    // The whole span, bar and whisker, takes the pointer: a click anywhere on it opens the topic.
    const reach = t.forecast ? Math.max(x1, x(t.forecast.p85Day)) : x1
    bar.append(s('rect', { x: x0, y: ry + 2, width: reach - x0 + 4, height: ROW - 4, class: 'bar-hit' }))
    bar.append(s('rect', { x: x0, y: ry + 5, width: x1 - x0, height: ROW - 10, rx: 3, class: 'bar-body' }))
    if (t.assumed) bar.append(s('rect', { x: x0, y: ry + 5, width: x1 - x0, height: ROW - 10, rx: 3, class: 'bar-hatch' }))
    if (t.forecast) {
      const w0 = x(t.forecast.p50Day)
      const w1 = Math.max(w0, x(t.forecast.p85Day))
      bar.append(
        s('line', { x1: w0, x2: w1, y1: mid, y2: mid, class: 'whisker' }),
        s('line', { x1: w0, x2: w0, y1: mid - 4, y2: mid + 4, class: 'whisker' }),
        s('line', { x1: w1, x2: w1, y1: mid - 4, y2: mid + 4, class: 'whisker' }),
      )
    }
    bar.append(s('title', {}, described.join('\n')))
    bar.addEventListener('click', () => onSelect(t.id))
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        onSelect(t.id)
      }
    })
    bars.append(bar)
  }

  // Prerequisite arrows, from the end of one bar to the start of the other.
  const arrows = s('g', { class: 'deps', 'aria-hidden': 'true' })
  for (const link of data.links) {
    const a = positions.get(link.from)
    const b = positions.get(link.to)
    if (!a || !b) continue
    const bend = Math.max(a.x1 + 6, Math.min(b.x0 - 6, a.x1 + 14))
    const d =
      b.x0 - a.x1 >= 12
        ? `M${a.x1},${a.y} H${bend} V${b.y} H${b.x0 - 1}`
        : `M${a.x1},${a.y} C${a.x1 + 30},${a.y} ${b.x0 - 30},${b.y} ${b.x0 - 1},${b.y}`
    arrows.append(
      s('path', {
        d,
        class: `dep${link.critical ? ' critical' : ''}`,
        'marker-end': link.critical ? 'url(#arrow-critical)' : 'url(#arrow)',
        'data-from': link.from,
        'data-to': link.to,
      }),
    )
  }
  svg.append(arrows, bars)

  const line = (day: number, cls: string, text: string): void => {
    if (day < 0 || day > data.days) return
    svg.append(
      s(
        'g',
        { class: cls },
        s('line', { x1: x(day), x2: x(day), y1: AXIS - 6, y2: height }),
        s('text', { x: x(day) + 4, y: AXIS - 2 }, text),
      ),
    )
  }
  if (data.deadline) line(data.deadline.day, 'deadline-line', `deadline ${data.deadline.date}`)
  line(todayDay(data.origin), 'today-line', 'today')
}

/** Today (the reader's date) in days from the chart's origin. */
export function todayDay(origin: string): number {
  const now = new Date()
  const [y, m, d] = origin.split('-').map(Number) as [number, number, number]
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(y, m - 1, d)) / 86_400_000)
}
