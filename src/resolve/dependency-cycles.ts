/**
 * Cycles in the prerequisite graph: strongly connected components (Tarjan's algorithm,
 * iterative so 100,000 topics cannot overflow the stack), and one concrete cycle
 * through each, in a deterministic order.
 */

/** Directed graph over node indices: `edges[i]` are the nodes `i` points to. */
export type Graph = readonly (readonly number[])[]

/** Every cycle's nodes in order (a self-loop is a cycle of one), ordered by first node. */
export function findCycles(edges: Graph): number[][] {
  const cycles: number[][] = []
  for (const component of stronglyConnected(edges)) {
    const first = Math.min(...component)
    if (component.length === 1 && !(edges[first] ?? []).includes(first)) continue
    cycles.push(shortestCycle(edges, first, new Set(component)))
  }
  return cycles.sort((a, b) => (a[0] as number) - (b[0] as number))
}

/** Tarjan's strongly connected components. */
export function stronglyConnected(edges: Graph): number[][] {
  const n = edges.length
  const index = new Array<number>(n).fill(-1)
  const low = new Array<number>(n).fill(0)
  const onStack = new Array<boolean>(n).fill(false)
  const stack: number[] = []
  const components: number[][] = []
  let counter = 0
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue
    const work: [number, number][] = [[root, 0]]
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number]
      const [v, next] = frame
      if (next === 0) {
        index[v] = low[v] = counter++
        stack.push(v)
        onStack[v] = true
      }
      const out = edges[v] ?? []
      if (next < out.length) {
        frame[1] = next + 1
        const w = out[next] as number
        if (index[w] === -1) work.push([w, 0])
        else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number)
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number)
      if (low[v] === index[v]) {
        const component: number[] = []
        let w: number
        do {
          w = stack.pop() as number
          onStack[w] = false
          component.push(w)
        } while (w !== v)
        components.push(component.sort((a, b) => a - b))
      }
    }
  }
  return components
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
