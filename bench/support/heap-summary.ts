/**
 * Sums a V8 heap snapshot by what the objects are: for each constructor (or node type, for
 * strings, arrays' backing stores, code…), how many nodes and their own bytes. Enough to see
 * where a document model's memory goes without opening DevTools.
 */
import { readFileSync } from 'node:fs'

/** One row of the summary: a kind of node, how many, and their own (shallow) bytes. */
export interface HeapRow {
  readonly name: string
  readonly count: number
  readonly bytes: number
}

interface Snapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: readonly string[]
      readonly node_types: readonly unknown[]
      readonly edge_fields: readonly string[]
      readonly edge_types: readonly unknown[]
    }
  }
  readonly nodes: readonly number[]
  readonly edges: readonly number[]
  readonly strings: readonly string[]
}

/** Backing stores up to this many bytes are told apart by size (152 bytes: room for 17 entries). */
const SMALL_STORE = 512

/**
 * Reads the snapshot file and returns its rows, largest first. Plain objects (`Object`) are
 * told apart by their property names (`Object {file,line,column}`), since a document model
 * is mostly plain objects; small arrays' backing stores by their size.
 */
export function summariseHeapSnapshot(file: string): HeapRow[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  const fields = data.snapshot.meta.node_fields
  const types = data.snapshot.meta.node_types[0] as readonly string[]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const edgeCountAt = fields.indexOf('edge_count')
  const edgeFields = data.snapshot.meta.edge_fields
  const edgeTypes = data.snapshot.meta.edge_types[0] as readonly string[]
  const edgeWidth = edgeFields.length
  const edgeTypeAt = edgeFields.indexOf('type')
  const edgeNameAt = edgeFields.indexOf('name_or_index')
  let edge = 0
  const rows = new Map<string, { count: number; bytes: number }>()
  for (let i = 0; i < data.nodes.length; i += width) {
    const type = types[data.nodes[i + typeAt] as number] ?? '?'
    // Objects are named by their constructor; other nodes by their type (the names of
    // strings are their text, of code its function, which would scatter the rows).
    let name = type === 'object' ? (data.strings[data.nodes[i + nameAt] as number] ?? '?') : `(${type})`
    const edges = data.nodes[i + edgeCountAt] as number
    if (name === 'Object') {
      const keys: string[] = []
      for (let e = edge; e < edge + edges * edgeWidth; e += edgeWidth)
        if (edgeTypes[data.edges[e + edgeTypeAt] as number] === 'property')
          keys.push(data.strings[data.edges[e + edgeNameAt] as number] ?? '?')
      name = `Object {${keys.join(',')}}`
    }
    edge += edges * edgeWidth
    // Small backing stores by their size: a list's room, not its length, is what it costs.
    const size = data.nodes[i + sizeAt] as number
    if (type === 'array' && size <= SMALL_STORE) name = `(array, ${size} bytes)`
    const row = rows.get(name) ?? { count: 0, bytes: 0 }
    row.count += 1
    row.bytes += size
    rows.set(name, row)
  }
  return [...rows].map(([name, r]) => ({ name, ...r })).sort((a, b) => b.bytes - a.bytes)
}
