/**
 * How far V8 lets the heap grow past what was live at its last full collection. On a
 * 64-bit machine with a large heap limit V8 allows up to four times that, so a command
 * whose model is 340 MB live (100,000 topics) peaked at 1.1–1.2 GB, most of it garbage
 * nobody had collected yet. Half again is enough: measured with `--heap-growing-percent`
 * 40, 60 and 100 against V8's own choice, see docs/benchmarks.md.
 */
import { setFlagsFromString } from 'node:v8'

/** The heap may grow to this percentage above the live heap before V8 collects it in full. */
export const HEAP_GROWING_PERCENT = 50

const FLAG = /--heap[-_]growing[-_]percent\b/

/**
 * Sets V8's heap growth for this process (worker threads included) unless the user chose
 * one (`node --heap-growing-percent=N` or in `NODE_OPTIONS`); says whether it did. V8
 * reads the flag at every full collection, so setting it once at start-up is enough.
 */
export function limitHeapGrowth(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  if (execArgv.some((a) => FLAG.test(a)) || FLAG.test(nodeOptions ?? '')) return false
  setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  return true
}
