/**
 * A fix for micromark's `resolveAllText` (micromark 4.x, `lib/initialize/text.js`),
 * loaded before any note is parsed.
 *
 * After a paragraph's inline content is tokenized, micromark merges each run of adjacent
 * `data` events into one with `events.splice`, which moves every later event: a text with
 * many runs (words split by failed literal-link attempts, separated by escapes, code
 * spans, emphasis) is quadratic. A 120 KB paragraph of table-like rows took 19 s, nearly
 * all of it here. This merges every run in one pass first; micromark's own pass then finds
 * nothing left to merge and goes on to its other work (line suffixes) as before, so the
 * events are the same (a property test compares them with the original's).
 *
 * The resolvers live on objects micromark's package does not export; they are reached by
 * the module's path, loaded synchronously with `require` (no top-level await, so the
 * library can still be required), which gives the very module instance micromark's
 * parser imports.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Event, Resolver } from 'micromark-util-types'

/** Merges each run of adjacent `data` enter/exit pairs into one pair, in place, in linear time. */
export function mergeDataRuns(events: Event[]): Event[] {
  let write = 0
  for (let read = 0; read < events.length;) {
    const event = events[read] as Event
    const exit = events[read + 1]
    if (event[0] === 'enter' && event[1].type === 'data' && exit !== undefined) {
      // A data token has no children: its exit follows its enter.
      let last = read + 1
      while (last + 2 < events.length && (events[last + 1] as Event)[1].type === 'data') last += 2
      if (last !== read + 1) event[1].end = (events[last] as Event)[1].end
      events[write++] = event
      events[write++] = exit
      read = last + 1
    } else {
      events[write++] = event
      read++
    }
  }
  events.length = write
  return events
}

/** A resolver wrapped by this fix, with the one it wraps. */
export type MergingResolver = Resolver & { original?: Resolver }

interface ResolverHolder {
  resolveAll?: MergingResolver
}

/** Parses since load that went through a patched resolver (a probe of the fix, for its test). */
let patchedCalls = 0

/** Wraps a holder's `resolveAll` so that runs are merged before it runs. */
function mergeFirst(holder: ResolverHolder | undefined): void {
  const original = holder?.resolveAll
  if (holder === undefined || original === undefined || original.original !== undefined) return
  const patched: MergingResolver = (events, context) => {
    patchedCalls++
    return original(mergeDataRuns(events), context)
  }
  patched.original = original
  holder.resolveAll = patched
}

/** Patches the three text resolvers of one instance of micromark's `lib/initialize/text.js`. */
function patch(textModule: Record<string, ResolverHolder>): void {
  for (const name of ['text', 'string', 'resolver']) mergeFirst(textModule[name])
}

/** Where micromark's text initializers are: the micromark that `mdast-util-from-markdown` uses; `null` when it cannot be found. */
function textModulePath(): string | null {
  try {
    const require = createRequire(import.meta.url)
    const micromark = createRequire(require.resolve('mdast-util-from-markdown')).resolve('micromark')
    return join(dirname(micromark), 'lib', 'initialize', 'text.js')
  } catch {
    return null
  }
}

/**
 * Finds micromark's text module beside this one's dependencies and patches it; `null` when
 * it cannot (another layout of micromark, or an older Node: no fix — parsing stays correct,
 * only slower on such texts).
 */
function installFromNodeModules(): Record<string, ResolverHolder> | null {
  const path = textModulePath()
  if (path === null) return null
  let found: Record<string, ResolverHolder> | null = null
  try {
    // Node 20.19 and later load an ES module with `require`, synchronously, into the module
    // instance `import` gives: patched before this module's importer parses anything.
    found = createRequire(import.meta.url)(path) as Record<string, ResolverHolder>
    patch(found)
  } catch {
    // Node before 20.19: the import below.
  }
  // A loader (tsx, vite) may keep ES modules apart from required ones: the imported
  // instance is patched too, a turn later.
  void import(pathToFileURL(path).href).then((imported: Record<string, ResolverHolder>) => patch(imported)).catch(() => undefined)
  return found
}

// The bundled executable replaces this line with a static import of the bundled micromark's
// module, patched the same way (scripts/build-cli.mjs): node_modules' copy is not the one it parses with.
const required: Record<string, ResolverHolder> | null = installFromNodeModules()

/** How many times a patched resolver has run since load: parse something and see it grow, and the fix is in use. */
export function textResolverCalls(): number {
  return patchedCalls
}

/** micromark's plain data-merging resolver (no line suffixes), patched: for the test that compares it with the original. */
export const plainTextResolver: MergingResolver | undefined = required?.['resolver']?.resolveAll
