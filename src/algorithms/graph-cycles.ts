/**
 * Cycles in a directed graph (the prerequisites' graph, for resolving and for planning):
 * strongly connected components (Tarjan's algorithm,
 * iterative so 100,000 topics cannot overflow the stack), and one concrete cycle
 * through each, in a deterministic order.
 */

/** Directed graph over node indices: `edges[i]` are the nodes `i` points to. */
export type Graph = readonly (readonly number[])[]

/** Every cycle's nodes in order (a self-loop is a cycle of one), ordered by first node. */
export function findCycles(edges: Graph): number[][] {
  const cycles: number[][] = []
  eachComponent(edges, (stack, from, to) => {
    // A single node is a cycle only with an edge to itself; most nodes are on none.
    if (to - from === 1 && !(edges[stack[from] as number] ?? []).includes(stack[from] as number)) return
    const component = Array.from(stack.subarray(from, to))
    cycles.push(shortestCycle(edges, Math.min(...component), new Set(component)))
  })
  return cycles.sort((a, b) => (a[0] as number) - (b[0] as number))
}

/** Tarjan's strongly connected components, each sorted. */
export function stronglyConnected(edges: Graph): number[][] {
  const components: number[][] = []
  eachComponent(edges, (stack, from, to) => components.push(Array.from(stack.subarray(from, to)).sort((a, b) => a - b)))
  return components
}

/**
 * Tarjan's algorithm on typed arrays, with an explicit stack of (node, next edge) frames:
 * each component is handed over as `stack[from, to)` when it is complete.
 */
function eachComponent(edges: Graph, onComponent: (stack: Int32Array, from: number, to: number) => void): void {
  const n = edges.length
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  let top = 0
  const frames = new Int32Array(n)
  const nextEdge = new Int32Array(n)
  let counter = 0
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue
    let depth = 0
    frames[0] = root
    nextEdge[0] = 0
    while (depth >= 0) {
      const v = frames[depth] as number
      const next = nextEdge[depth] as number
      if (next === 0) {
        index[v] = low[v] = counter++
        stack[top++] = v
        onStack[v] = 1
      }
      const out = edges[v] ?? []
      if (next < out.length) {
        nextEdge[depth] = next + 1
        const w = out[next] as number
        if (index[w] === -1) {
          depth++
          frames[depth] = w
          nextEdge[depth] = 0
        } else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, index[w] as number)
        continue
      }
      depth--
      if (depth >= 0) {
        const parent = frames[depth] as number
        low[parent] = Math.min(low[parent] as number, low[v] as number)
      }
      if (low[v] === index[v]) {
        let from = top
        do from--
        while (stack[from] !== v)
        for (let k = from; k < top; k++) onStack[stack[k] as number] = 0
        onComponent(stack, from, top)
        top = from
      }
    }
  }
}

/** The shortest cycle from `start` back to itself inside `within` (breadth-first). */
function shortestCycle(edges: Graph, start: number, within: ReadonlySet<number>): number[] {
  const previous = new Map<number, number>()
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number
    for (const w of [...(edges[v] ?? [])].sort((a, b) => a - b)) {
      if (!within.has(w)) continue
      if (w === start) {
        const path = [v]
        while (path[0] !== start) path.unshift(previous.get(path[0] as number) as number)
        return path
      }
      if (!previous.has(w)) {
        previous.set(w, v)
        queue.push(w)
      }
    }
  }
  return [start]
}
