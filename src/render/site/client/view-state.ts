/**
 * What the reader chose — filters, zoom, grouping, the open topic — kept in the page's
 * address after `#`, so a filtered view can be shared and survives a reload (also from
 * `file://`, where only the hash may change).
 */
import type { SiteTopic } from '../site-data.js'

/** The view. Empty filters match everything. */
export interface ViewState {
  owner: string
  status: string
  priority: string
  q: string
  zoom: 'month' | 'quarter'
  group: 'owner' | 'status'
  topic: string
}

/** The view when the address says nothing. */
export const DEFAULT_VIEW: ViewState = { owner: '', status: '', priority: '', q: '', zoom: 'month', group: 'owner', topic: '' }

/** Reads the view from a location hash (`#owner=…&q=…`). */
export function readView(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const get = (key: string): string => params.get(key) ?? ''
  return {
    owner: get('owner'),
    status: get('status'),
    priority: get('priority'),
    q: get('q'),
    zoom: get('zoom') === 'quarter' ? 'quarter' : 'month',
    group: get('group') === 'status' ? 'status' : 'owner',
    topic: get('topic'),
  }
}

/** The hash for a view: only what differs from the default. */
export function viewHash(view: ViewState): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[])
    if (view[key] !== DEFAULT_VIEW[key]) params.set(key, view[key])
  const text = params.toString()
  return text === '' ? '' : `#${text}`
}

/** The value the status filter uses for a topic. */
export function statusKey(t: SiteTopic): string {
  return t.status === 'in-progress' || t.status === 'blocked' ? t.status : 'not-started'
}

/** Whether a topic passes the view's filters. */
export function matches(t: SiteTopic, view: ViewState): boolean {
  if (view.owner !== '') {
    const people = [...t.owners, ...t.team]
    if (view.owner === '(unassigned)' ? t.owners.length > 0 : !people.includes(view.owner)) return false
  }
  if (view.status !== '' && statusKey(t) !== view.status) return false
  if (view.priority !== '' && (t.priority ?? 'none') !== view.priority) return false
  if (view.q.trim() !== '') {
    const needle = view.q.trim().toLocaleLowerCase()
    const haystack = [t.title, ...t.owners, ...t.team, t.statusText ?? '', ...t.fields.map((f) => f.text)]
      .join('\n')
      .toLocaleLowerCase()
    if (!haystack.includes(needle)) return false
  }
  return true
}
