/**
 * A layered drawing of a directed graph (after Sugiyama, Tagawa & Toda 1981): each node
 * goes to the column of its longest path from a source, so every arrow points right;
 * nodes of a column are then ordered by the barycentre of their neighbours in the
 * column before and after, a few sweeps each way, which untangles most crossings.
 * Edges of cycles (there should be none among planned topics) are ignored for layering.
 */

/** Where a node goes: its column and its row in the column. */
export interface LayerPosition {
  readonly layer: number
  readonly order: number
}

/** Sweeps of the barycentre ordering, down and up. */
const SWEEPS = 4

/** Lays out `nodes` (ids, in a stable order) with `edges` from → to. */
export function layeredLayout(
  nodes: readonly string[],
  edges: readonly { readonly from: string; readonly to: string }[],
): Map<string, LayerPosition> {
  const index = new Map(nodes.map((id, k) => [id, k]))
  const n = nodes.length
  const out: number[][] = Array.from({ length: n }, () => [])
  const into: number[][] = Array.from({ length: n }, () => [])
  const indegree = new Int32Array(n)
  for (const e of edges) {
    const a = index.get(e.from)
    const b = index.get(e.to)
    if (a === undefined || b === undefined || a === b) continue
    out[a]?.push(b)
    into[b]?.push(a)
    indegree[b] = (indegree[b] as number) + 1
  }
  // Longest path by Kahn's order; nodes left in cycles go after everything they follow.
  const layer = new Int32Array(n)
  const queue: number[] = []
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v)
  const placed = new Uint8Array(n)
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number
    placed[v] = 1
    for (const w of out[v] as number[]) {
      layer[w] = Math.max(layer[w] as number, (layer[v] as number) + 1)
      indegree[w] = (indegree[w] as number) - 1
      if (indegree[w] === 0) queue.push(w)
    }
  }
  for (let v = 0; v < n; v++)
    if (!placed[v])
      for (const u of into[v] as number[]) if (placed[u]) layer[v] = Math.max(layer[v] as number, (layer[u] as number) + 1)

  const layers: number[][] = []
  for (let v = 0; v < n; v++) (layers[layer[v] as number] ??= []).push(v)
  const position = new Float64Array(n)
  const renumber = (column: number[]): void => column.forEach((v, k) => (position[v] = k))
  for (const column of layers) if (column) renumber(column)
  const sortBy = (column: number[], neighbours: readonly number[][]): void => {
    const key = new Map<number, number>()
    for (const v of column) {
      const ns = neighbours[v] as number[]
      key.set(v, ns.length === 0 ? (position[v] as number) : ns.reduce((sum, u) => sum + (position[u] as number), 0) / ns.length)
    }
    // Ties keep the current order: the sort is stable.
    column.sort((a, b) => (key.get(a) as number) - (key.get(b) as number))
    renumber(column)
  }
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let l = 1; l < layers.length; l++) if (layers[l]) sortBy(layers[l] as number[], into)
    for (let l = layers.length - 2; l >= 0; l--) if (layers[l]) sortBy(layers[l] as number[], out)
  }
  const result = new Map<string, LayerPosition>()
  for (let v = 0; v < n; v++) result.set(nodes[v] as string, { layer: layer[v] as number, order: position[v] as number })
  return result
}
