/**
 * Roadmap metadata from YAML front matter: title, date (or `datetime`), tags, location,
 * participants, teams, and the `waymark:` settings block (validated by the stages that
 * use it). Unknown keys are kept.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { Field, RoadmapMeta } from '../model/document.js'
import { recordFields } from './data-fields.js'
import type { Place } from '../model/place.js'
import { isoDateOf } from './date-value.js'
import { missingValue } from './placeholder.js'
import { isMap, isPair, isScalar, isSeq } from 'yaml'
import { yamlData } from './yaml-data.js'

const KNOWN = new Set(['title', 'date', 'datetime', 'tags', 'location', 'participants', 'teams', 'waymark'])
/** Keys about the document or the meeting, never a proposal's fields. */
const META_KEYS: ReadonlySet<string> = new Set(['title', 'date', 'datetime', 'tags', 'location', 'participants', 'waymark'])

/** What front matter says: the roadmap's metadata, and the fields of a proposal that is the whole file (`author`, `status`). */
export interface FrontMatter {
  readonly meta: RoadmapMeta
  /** Keys that name topic fields (`authors`, `mentors`, `project_size`…), used when the file is one proposal. */
  readonly fields: readonly Field[]
  readonly diagnostics: Diagnostic[]
}

/** Metadata with nothing known. */
export const EMPTY_META: RoadmapMeta = {
  title: null,
  date: null,
  tags: [],
  location: null,
  participants: [],
  teams: [],
  extra: {},
  settings: undefined,
  settingsPlaces: {},
  place: null,
}

/**
 * Reads front matter YAML found at `place`; `placeAt` gives the place of an offset in
 * `yaml` (for the settings' keys).
 */
export function readFrontMatter(yaml: string, place: Place, placeAt: (offset: number) => Place = () => place): FrontMatter {
  // Notes repeat keys now and then; the last one counts.
  const parsed = yamlData(yaml, { uniqueKeys: false })
  if (!parsed.ok)
    return {
      meta: { ...EMPTY_META, place },
      fields: [],
      diagnostics: [diagnostic('front-matter-invalid', { reason: parsed.reason }, place)],
    }
  const { data } = parsed
  if (data === null || data === undefined) return { meta: { ...EMPTY_META, place }, fields: [], diagnostics: [] }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      meta: { ...EMPTY_META, place },
      fields: [],
      diagnostics: [diagnostic('front-matter-invalid', { reason: 'it is not a mapping of keys to values' }, place)],
    }
  }
  const record = data as Record<string, unknown>
  const extra: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!KNOWN.has(k)) extra[k] = v
  const date = scalar(record['date']) ?? scalar(record['datetime'])
  return {
    meta: {
      title: scalar(record['title']),
      date: date === null ? null : isoDateOf(date),
      tags: list(record['tags']),
      location: scalar(record['location']),
      participants: list(record['participants']),
      teams: list(record['teams']),
      extra,
      settings: record['waymark'],
      settingsPlaces: record['waymark'] === undefined ? {} : keyPlaces(parsed.document.get('waymark', true), 'waymark', placeAt),
      place,
    },
    fields: recordFields(
      record,
      (key) => {
        const at = (parsed.document.get(key, true) as { range?: [number, number, number] } | undefined)?.range?.[0]
        return at === undefined ? place : placeAt(at)
      },
      META_KEYS,
    ),
    diagnostics: [],
  }
}

/** Where each key (and list item) under `node` is written, by path, at most `MAX_PLACED` of them. */
function keyPlaces(node: unknown, prefix: string, placeAt: (offset: number) => Place): Record<string, Place> {
  // No prototype: the keys are the notes' (`__proto__` is a key too).
  const places = Object.create(null) as Record<string, Place>
  const visit = (n: unknown, path: string): void => {
    const items = isMap(n) || isSeq(n) ? n.items : []
    items.forEach((item, k) => {
      if (Object.keys(places).length >= MAX_PLACED) return
      const pair = isPair(item) ? item : null
      const key = pair ? (isScalar(pair.key) ? String(pair.key.value) : null) : String(k)
      if (key === null) return
      const value: unknown = pair ? pair.value : item
      const at =
        (value as { range?: [number, number, number] } | null)?.range?.[0] ??
        (pair?.key as { range?: [number, number, number] } | null)?.range?.[0]
      const sub = `${path}.${key}`
      if (at !== undefined) places[sub] = placeAt(at)
      visit(value, sub)
    })
  }
  const at = (node as { range?: [number, number, number] } | null)?.range?.[0]
  if (at !== undefined) places[prefix] = placeAt(at)
  visit(node, prefix)
  return places
}

/** Settings keys placed, at most: a settings block is short; a hostile one is not read key by key. */
const MAX_PLACED = 1000

function scalar(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim()
    return text === '' ? null : text
  }
  return null
}

/** A YAML list, or a comma-separated string, without placeholders such as `TODO`. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map((v) => scalar(v)) : (scalar(value)?.split(',') ?? [])
  return items.map((v) => v?.trim() ?? '').filter((v) => v !== '' && missingValue(v) === null)
}
