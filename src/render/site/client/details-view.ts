/**
 * A topic's details: every field as written, its people, its dates and slack, why it
 * starts when it does, its forecast, and where it is in the notes. Prerequisites that
 * are topics open those topics' details.
 */
import type { SiteData, SiteTopic } from '../site-data.js'
import { clear, h, linkified } from './dom.js'
import { percent } from '../../percent-text.js'

/** Fills `panel` with the details of `topic`; `onSelect` opens another topic, `onClose` closes the panel. */
export function showDetails(
  panel: HTMLElement,
  data: SiteData,
  topic: SiteTopic,
  onSelect: (id: string) => void,
  onClose: () => void,
): void {
  clear(panel)
  const titles = new Map(data.topics.map((t) => [t.id, t.title]))
  const row = (term: string, ...value: (Node | string)[]): Node[] => [h('dt', {}, term), h('dd', {}, ...value)]
  const people = (names: readonly string[]): string => (names.length > 0 ? names.join(', ') : 'nobody yet')
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the details' }, '×')
  close.addEventListener('click', onClose)
  const heading = h('h2', { id: 'details-title', tabindex: -1 }, topic.title)
  const facts = h(
    'dl',
    { class: 'facts' },
    ...row('Status', topic.statusText ?? 'not started'),
    ...row('Priority', topic.priority ?? 'not set'),
    ...row('Owners', people(topic.owners)),
    ...(topic.team.length > 0 ? row('Team', people(topic.team)) : []),
    ...row(
      'Planned',
      topic.started === null
        ? `${topic.start} to ${topic.finish} (${topic.days} working days)`
        : `started ${topic.started}; the rest, ${topic.days} working days, from ${topic.start} to ${topic.finish}`,
    ),
    ...(topic.late === null
      ? []
      : row(
          'Late',
          topic.late === 'finish'
            ? `should be done by ${data.asOf}, and is not marked done`
            : `should have started by ${data.asOf}`,
        )),
    ...row('Slack', topic.critical ? 'none: it is on the critical path' : `${topic.slack} working days`),
    ...row(
      'Estimate',
      topic.assumed ? `none; assumed ${topic.days} working days` : (topic.estimate ?? `${topic.days} working days`),
    ),
    ...row('Why then', topic.reason),
    ...(topic.forecast
      ? row(
          'Forecast',
          `P50 ${topic.forecast.p50}, P85 ${topic.forecast.p85}; critical in ${percent(topic.forecast.criticality)} of samples`,
        )
      : []),
    ...(topic.deadline ? row('Deadline', `${topic.deadline}${topic.missesDeadline ? ' (missed by the plan)' : ''}`) : []),
    ...row('In the notes', h('code', {}, topic.source)),
  )
  const prerequisites =
    topic.prerequisites.length === 0
      ? null
      : h(
          'section',
          {},
          h('h3', {}, 'Prerequisites'),
          h(
            'ul',
            {},
            ...topic.prerequisites.map((p) => {
              if (p.topic === null || !titles.has(p.topic)) return h('li', {}, ...linkified(p.text), ' (outside the roadmap)')
              const id = p.topic
              const open = h('button', { type: 'button', class: 'link' }, titles.get(id) as string)
              open.addEventListener('click', () => onSelect(id))
              return h('li', {}, open)
            }),
          ),
        )
  const fields =
    topic.fields.length === 0
      ? null
      : h(
          'section',
          {},
          h('h3', {}, 'As written'),
          h('dl', { class: 'fields' }, ...topic.fields.flatMap((f) => row(f.label, ...linkified(f.text)))),
        )
  panel.append(h('div', { class: 'details-head' }, heading, close), facts, prerequisites ?? '', fields ?? '')
  panel.hidden = false
  heading.focus()
}
