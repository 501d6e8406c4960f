/**
 * Topic fields from data rather than prose: the keys of front matter, of a YAML metadata
 * file (`kep.yaml`) or the columns of a CSV export. Each key Waymark knows (`authors`,
 * `mentors`, `project_size`, `status`) becomes a field whose items are the value's
 * scalars, a list's items one by one.
 */
import type { Field, ValueItem } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Place } from '../model/place.js'
import { compactList, NONE } from '../model/shared-empty.js'
import { fieldKeyOf } from './field-labels.js'
import { missingValue } from './placeholder.js'

/** Fields that make a file one proposal: who drives it, how big it is, where it stands. */
const PROPOSAL_KEYS: ReadonlySet<FieldKey> = new Set(['author', 'owner', 'mentor', 'techLead', 'team', 'estimate', 'status'])

/**
 * Whether fields (a file's front matter, header block or YAML keys) say what a proposal's
 * metadata says: someone who drives it, its size or its status, with a value.
 */
export function namesAProposal(fields: readonly Field[]): boolean {
  return fields.some((f) => f.key !== null && PROPOSAL_KEYS.has(f.key) && f.missing === null)
}

/** One written value of a data field and where it is. */
export interface DataValue {
  readonly text: string
  readonly place: Place
}

/** A field made of data values (`label` is the key as written). */
export function dataField(label: string, values: readonly DataValue[], place: Place): Field {
  const items: ValueItem[] = values
    .map((v) => ({ text: v.text.trim(), place: v.place }))
    .filter((v) => v.text !== '')
    .map((v) => ({
      text: v.text,
      place: v.place,
      missing: missingValue(v.text),
      links: NONE,
      depth: 0,
      code: false,
      anchors: NONE,
    }))
  const present = items.filter((i) => i.missing === null)
  return {
    key: fieldKeyOf(label),
    label,
    text: items.map((i) => i.text).join('\n'),
    items: compactList(items),
    place,
    missing: items.length === 0 ? { kind: 'empty', text: '' } : present.length === 0 ? (items[0]?.missing ?? null) : null,
  }
}

/** The scalars of a data value: a string or number as it is, a list's scalars, a date as its ISO day. */
export function dataScalars(value: unknown): string[] {
  if (value instanceof Date) return [value.toISOString().slice(0, 10)]
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  if (Array.isArray(value)) return value.flatMap((v) => (Array.isArray(v) ? [] : dataScalars(v)))
  return []
}

/**
 * The fields of a mapping: each key Waymark knows, in order (`skip` keys left out, such as
 * the metadata's own `title`). `placeOf` places a key's value.
 */
export function recordFields(
  record: Readonly<Record<string, unknown>>,
  placeOf: (key: string) => Place,
  skip: ReadonlySet<string> = new Set(),
): Field[] {
  const fields: Field[] = []
  for (const [key, value] of Object.entries(record)) {
    if (skip.has(key) || fieldKeyOf(key) === null) continue
    const place = placeOf(key)
    fields.push(
      dataField(
        key,
        dataScalars(value).map((text) => ({ text, place })),
        place,
      ),
    )
  }
  return fields
}
