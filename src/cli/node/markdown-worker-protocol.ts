/** What `parallel-markdown.ts` and its worker (`markdown-worker.ts`) send each other. */
import type { Node, Parent, RootContent } from 'mdast'
import type { MarkdownChunk } from '../../read/markdown.js'

/** Slots of a job's shared counters (an `Int32Array` over `ChunkJob.claims`). */
export const CLAIMS = {
  /** The next chunk nobody has taken yet; both threads take chunks with `Atomics.add`. */
  next: 0,
  /** How many chunks the worker has finished and posted. */
  done: 1,
} as const

/** A document's chunks, sent to the worker. */
export interface ChunkJob {
  readonly id: number
  readonly chunks: readonly MarkdownChunk[]
  /** Shared by both threads: two `Int32` counters, see `CLAIMS`. */
  readonly claims: SharedArrayBuffer
}

/** One chunk parsed by the worker, positions detached; `nodes` is `null` when parsing it threw. */
export interface ChunkResult {
  readonly job: number
  readonly index: number
  readonly nodes: RootContent[] | null
  readonly positions: Int32Array<ArrayBuffer> | null
}

/**
 * Takes the positions out of `nodes` (left as `position: undefined`, so the keys keep their
 * order) into six numbers per node that has the key, depth first: `start` and `end` line,
 * column, offset (-1: none). Line 0 stands for a `position: undefined` of the tree itself
 * (GFM's literal-link pass makes such nodes). Positions are three of every four objects of
 * a tree; sent as one typed array they cost a fraction of what cloning them does.
 */
export function detachPositions(nodes: readonly RootContent[]): Int32Array<ArrayBuffer> {
  let positions = new Int32Array(6 * 1024)
  let length = 0
  forEachNode(nodes, (node) => {
    if (!('position' in node)) return
    if (length + 6 > positions.length) {
      const grown = new Int32Array(2 * positions.length)
      grown.set(positions)
      positions = grown
    }
    const p = node.position
    if (p === undefined) {
      positions.fill(0, length, length + 6)
      length += 6
      return
    }
    positions[length++] = p.start.line
    positions[length++] = p.start.column
    positions[length++] = p.start.offset ?? -1
    positions[length++] = p.end.line
    positions[length++] = p.end.column
    positions[length++] = p.end.offset ?? -1
    node.position = undefined
  })
  return positions.slice(0, length)
}

/** Puts back the positions `detachPositions` took out. */
export function attachPositions(nodes: readonly RootContent[], positions: Int32Array): void {
  let k = 0
  const point = (): NonNullable<Node['position']>['start'] => {
    const line = positions[k++] as number
    const column = positions[k++] as number
    const offset = positions[k++] as number
    return offset === -1 ? { line, column } : { line, column, offset }
  }
  forEachNode(nodes, (node) => {
    if (!('position' in node)) return
    if (positions[k] === 0) {
      k += 6
      return
    }
    const start = point()
    node.position = { start, end: point() }
  })
}

/** Calls `visit` on the nodes and all their descendants, parents first, in document order. */
function forEachNode(nodes: readonly RootContent[], visit: (node: Node) => void): void {
  const stack: Node[] = [...nodes].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node)
    const children = (node as Partial<Parent>).children
    if (children !== undefined) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node)
  }
}
