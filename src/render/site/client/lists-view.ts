/** The page's text parts: the summary, the to-do list per person, the notes on the notes, and a failure. */
import type { SiteData } from '../site-data.js'
import { clear, h } from './dom.js'
import { percent } from '../../percent-text.js'

/** The summary under the title. */
export function drawSummary(container: HTMLElement, data: SiteData): void {
  clear(container)
  const titles = new Map(data.topics.map((t) => [t.id, t.title]))
  const row = (term: string, value: string): Node[] => [h('dt', {}, term), h('dd', {}, value)]
  const f = data.forecast
  container.append(
    h(
      'dl',
      { class: 'summary' },
      ...row(
        'Planned finish',
        `${data.finish ?? '—'} (${data.makespanDays} working days from ${data.start}${data.makespanDays <= data.lowerBoundDays ? ', as short as possible' : ''})`,
      ),
      ...(f
        ? row(
            'Forecast',
            `P50 ${f.p50} · P85 ${f.p85} · P95 ${f.p95}; the planned finish in ${percent(f.plannedProbability)} of samples`,
          )
        : []),
      ...(data.deadline
        ? row(
            'Deadline',
            `${data.deadline.date} (${data.deadline.origin}): ${data.deadline.probability === null ? (data.deadline.met ? 'met by the plan' : 'missed by the plan') : `met in ${percent(data.deadline.probability)} of samples`}`,
          )
        : []),
      ...(data.criticalPath.length > 0
        ? row('Critical path', data.criticalPath.map((id) => titles.get(id) ?? id).join(' → '))
        : []),
      ...(data.ownerGap !== null ? row('Owner gap', data.ownerGap) : []),
      ...(data.bottlenecks.length > 0
        ? row('Bottleneck people', data.bottlenecks.map((b) => `${b.name} (${percent(b.utilization)} busy)`).join('; '))
        : []),
      ...(f && f.drivers.length > 0 ? row('What drives the risk', f.drivers.map((id) => titles.get(id) ?? id).join(', ')) : []),
    ),
  )
}

/** The to-do list per person. */
export function drawTodo(container: HTMLElement, data: SiteData, onSelect: (id: string) => void): void {
  clear(container)
  if (data.todo.length === 0) {
    container.append(h('p', {}, 'Every topic has an owner, an estimate and no placeholders.'))
    return
  }
  for (const person of data.todo) {
    container.append(
      h('h3', {}, person.person ?? 'Nobody yet (no owner, no author)'),
      h(
        'ul',
        { class: 'todo' },
        ...person.items.map((item) => {
          const open = h('button', { type: 'button', class: 'link' }, item.title)
          open.addEventListener('click', () => onSelect(item.topic))
          const suggested =
            item.suggested.length > 0
              ? [h('ul', { class: 'suggested', 'aria-label': 'Who could own it' }, ...item.suggested.map((c) => h('li', {}, c)))]
              : []
          return h(
            'li',
            {},
            `${item.ask.charAt(0).toUpperCase()}${item.ask.slice(1)}: `,
            open,
            ' ',
            h('code', {}, item.place),
            ...suggested,
          )
        }),
      ),
    )
  }
}

/** Errors and warnings about the notes, folded away. */
export function drawDiagnostics(container: HTMLElement, data: SiteData): void {
  clear(container)
  const shown = data.diagnostics.filter((d) => d.severity !== 'info')
  if (shown.length === 0) {
    container.append(h('p', {}, 'No errors or warnings.'))
    return
  }
  const errors = shown.filter((d) => d.severity === 'error').length
  container.append(
    h(
      'details',
      { open: errors > 0 },
      h('summary', {}, `${errors} errors, ${shown.length - errors} warnings`),
      h(
        'ul',
        { class: 'diagnostics' },
        ...shown.map((d) =>
          h(
            'li',
            { class: d.severity },
            h('strong', {}, d.severity),
            ' ',
            d.message,
            d.place === null ? '' : h('code', {}, ` ${d.place}`),
            h('br'),
            h('span', { class: 'hint' }, d.hint),
          ),
        ),
      ),
    ),
  )
}

/** The latest changes, against the previous version of the notes. */
export function drawChanges(section: HTMLElement, container: HTMLElement, data: SiteData): void {
  clear(container)
  const changes = data.changes
  section.hidden = changes === null
  if (changes === null) return
  container.append(
    h('p', {}, `Since ${changes.since}:`),
    h('ul', {}, ...changes.summary.map((line) => h('li', {}, line))),
    h(
      'ul',
      { class: 'changes' },
      ...changes.topics.map((t) =>
        h(
          'li',
          {},
          h('strong', {}, t.title),
          ` — ${t.moved}`,
          t.changes.length > 0 ? h('ul', {}, ...t.changes.map((c) => h('li', {}, c))) : '',
        ),
      ),
    ),
  )
}
