/**
 * The roadmap page's script: reads the data embedded in the page, draws the Gantt chart,
 * the dependency graph, the forecast and the lists, and keeps the view (filters, zoom,
 * grouping, the open topic) in the address so it can be shared. It builds every element
 * with DOM calls — no markup from the data is ever parsed — and needs no network: the
 * page works from `file://`. Under `waymark serve` it reloads when the notes change.
 */
import type { SiteData, SiteTopic } from '../site-data.js'
import { h } from './dom.js'
import { showDetails } from './details-view.js'
import { drawForecast } from './forecast-view.js'
import { drawGantt } from './gantt-view.js'
import { drawGraph } from './graph-view.js'
import { drawChanges, drawDiagnostics, drawSummary, drawTodo } from './lists-view.js'
import { matches, readView, statusKey, viewHash, type ViewState } from './view-state.js'

const byId = <T extends Element>(id: string): T => document.getElementById(id) as unknown as T

function start(): void {
  const data = JSON.parse(byId<HTMLScriptElement>('waymark-data').textContent ?? '{}') as SiteData
  if (data.live) listenForChanges()
  if (data.failure !== null) {
    const failure = byId<HTMLElement>('failure')
    failure.hidden = false
    failure.append(h('p', {}, data.failure))
    drawDiagnostics(byId('failure-notes'), data)
    byId<HTMLElement>('main').hidden = true
    document.documentElement.dataset['ready'] = 'true'
    return
  }
  drawSummary(byId('summary'), data)
  drawForecastText(data)
  drawForecast(byId('forecast-chart'), data)
  drawDiagnostics(byId('notes'), data)
  drawChanges(byId('changes-section'), byId('changes'), data)

  let view = readView(location.hash)
  const controls = buildControls(data, (change) => {
    view = { ...view, ...change }
    writeHash(view)
    render()
  })
  const narrow = window.matchMedia('(max-width: 700px)')
  narrow.addEventListener('change', () => render())
  const panel = byId<HTMLElement>('details')
  const select = (id: string): void => {
    view = { ...view, topic: id }
    writeHash(view)
    render()
  }
  const closeDetails = (): void => {
    const open = view.topic
    view = { ...view, topic: '' }
    writeHash(view)
    render()
    document.querySelector<SVGGElement>(`.bar[data-topic="${CSS.escape(open)}"]`)?.focus()
  }
  drawTodo(byId('todo'), data, select)

  let shownTopic = ''
  function render(): void {
    controls.sync(view)
    const visible = data.topics.filter((t) => matches(t, view))
    drawGantt(byId('gantt'), data, visible, view, narrow.matches, select)
    drawGraph(byId('graph'), data, new Set(visible.map((t) => t.id)), select)
    byId<HTMLOutputElement>('count').textContent =
      visible.length === data.topics.length ? `${data.topics.length} topics` : `${visible.length} of ${data.topics.length} topics`
    const topic: SiteTopic | undefined = data.topics.find((t) => t.id === view.topic)
    if (topic === undefined) {
      panel.hidden = true
      shownTopic = ''
    } else if (topic.id !== shownTopic) {
      showDetails(panel, data, topic, select, closeDetails)
      shownTopic = topic.id
    }
  }
  window.addEventListener('hashchange', () => {
    view = readView(location.hash)
    render()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && view.topic !== '') closeDetails()
  })
  render()
  document.documentElement.dataset['ready'] = 'true'
  performance.mark('waymark-ready')
}

/** The filter and view controls, with a `sync` that shows a view's values. */
function buildControls(data: SiteData, onChange: (change: Partial<ViewState>) => void): { sync: (view: ViewState) => void } {
  const nav = byId<HTMLElement>('controls')
  const people = [...new Set(data.topics.flatMap((t) => [...t.owners, ...t.team]))].sort((a, b) => a.localeCompare(b))
  const choice = (id: string, text: string, options: readonly [string, string][]): HTMLSelectElement => {
    const select = h('select', { id }, ...options.map(([value, label]) => h('option', { value }, label)))
    nav.append(h('label', { for: id }, text), select)
    return select
  }
  const owner = choice('filter-owner', 'Owner', [
    ['', 'Everyone'],
    ...people.map((p): [string, string] => [p, p]),
    ['(unassigned)', 'Unassigned'],
  ])
  const statuses = new Set(data.topics.map(statusKey))
  const status = choice('filter-status', 'Status', [
    ['', 'Any status'],
    ...(
      [
        ['in-progress', 'In progress'],
        ['blocked', 'Blocked'],
        ['not-started', 'Not started'],
      ] as [string, string][]
    ).filter(([v]) => statuses.has(v)),
  ])
  const levels = ['critical', 'high', 'medium-high', 'medium', 'medium-low', 'low']
  const priorities = new Set(data.topics.map((t) => t.priority ?? 'none'))
  const priority = choice('filter-priority', 'Priority', [
    ['', 'Any priority'],
    ...levels.filter((l) => priorities.has(l)).map((l): [string, string] => [l, l]),
    ...(priorities.has('none') ? [['none', 'Not set'] as [string, string]] : []),
  ])
  const search = h('input', { id: 'filter-q', type: 'search', placeholder: 'Title, person, words…', autocomplete: 'off' })
  nav.append(h('label', { for: 'filter-q' }, 'Search'), search)
  const zoom = choice('view-zoom', 'Zoom', [
    ['month', 'Months'],
    ['quarter', 'Quarters'],
  ])
  const group = choice('view-group', 'Group by', [
    ['owner', 'Owner'],
    ['status', 'Status'],
  ])
  nav.append(h('output', { id: 'count', 'aria-live': 'polite' }))
  owner.addEventListener('change', () => onChange({ owner: owner.value }))
  status.addEventListener('change', () => onChange({ status: status.value }))
  priority.addEventListener('change', () => onChange({ priority: priority.value }))
  search.addEventListener('input', () => onChange({ q: search.value }))
  zoom.addEventListener('change', () => onChange({ zoom: zoom.value === 'quarter' ? 'quarter' : 'month' }))
  group.addEventListener('change', () => onChange({ group: group.value === 'status' ? 'status' : 'owner' }))
  return {
    sync(view) {
      owner.value = view.owner
      status.value = view.status
      priority.value = view.priority
      if (search.value !== view.q) search.value = view.q
      zoom.value = view.zoom
      group.value = view.group
    },
  }
}

function drawForecastText(data: SiteData): void {
  const text = byId<HTMLElement>('forecast-text')
  const f = data.forecast
  if (f === null) {
    byId<HTMLElement>('forecast-section').hidden = true
    return
  }
  text.append(
    h(
      'p',
      {},
      `From ${f.samples.toLocaleString('en')} samples (seed ${f.seed}), each topic's duration drawn from its estimate and the topics scheduled again around their people: `,
      `half the samples finish by ${f.p50}, 85% by ${f.p85}, 95% by ${f.p95}.`,
    ),
  )
}

/** Keeps the view in the address without adding to the history (from `file://` too). */
function writeHash(view: ViewState): void {
  const hash = viewHash(view)
  const url = `${location.pathname}${location.search}${hash}`
  try {
    history.replaceState(null, '', url === `${location.pathname}${location.search}` ? `${url}#` : url)
  } catch {
    location.hash = hash
  }
}

/** Under `waymark serve`: reload when the server says the notes changed. */
function listenForChanges(): void {
  const events = new EventSource('events')
  events.addEventListener('reload', () => location.reload())
  // Refused (the preview has as many live-reload pages as it takes): ask again later, as its Retry-After says.
  events.addEventListener('error', () => {
    if (events.readyState === EventSource.CLOSED) setTimeout(listenForChanges, 30_000)
  })
}

start()
