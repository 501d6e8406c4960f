/**
 * YAML text to plain data without ever throwing: a syntax error, an alias bomb past the
 * alias limit ("billion laughs") or nesting too deep for the parser is a reason with the
 * offset where it was found, for a diagnostic — never an exception that would reach the
 * user as a bug.
 */
import { parseDocument, type Document, type LineCounter } from 'yaml'

/** Aliases a document may expand; past this, it is refused (the `yaml` library's own default). */
export const MAX_YAML_ALIASES = 100

/** Parsed YAML: its data and the document (for positions of keys), or why it could not be read. */
export type YamlData =
  | { readonly ok: true; readonly data: unknown; readonly document: Document }
  | { readonly ok: false; readonly reason: string; readonly offset: number }

/** How to parse: `lineCounter` records line starts for positions; `uniqueKeys` makes a repeated key an error. */
export interface YamlOptions {
  readonly lineCounter?: LineCounter
  readonly uniqueKeys?: boolean
}

/** Parses `text`. */
export function yamlData(text: string, options: YamlOptions = {}): YamlData {
  try {
    const document = parseDocument(text, {
      prettyErrors: false,
      // The library's warnings (a collection as a key) would go to the process's stderr.
      logLevel: 'error',
      uniqueKeys: options.uniqueKeys ?? true,
      ...(options.lineCounter ? { lineCounter: options.lineCounter } : {}),
    })
    const error = document.errors[0]
    if (error) return { ok: false, reason: error.message.split('\n')[0] ?? 'invalid YAML', offset: error.pos[0] }
    const data = plainData(document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown)
    if (data === CYCLE) return { ok: false, reason: 'it contains itself (an alias inside its own anchor)', offset: 0 }
    if (data === TOO_LARGE)
      return { ok: false, reason: `it holds more than ${MAX_VALUES.toLocaleString('en')} values`, offset: 0 }
    return { ok: true, data, document }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const reason = /alias count/i.test(message)
      ? `it expands more than ${MAX_YAML_ALIASES} aliases (a YAML alias bomb?)`
      : error instanceof RangeError
        ? 'it is nested too deeply to read'
        : (message.split('\n')[0] ?? 'invalid YAML')
    return { ok: false, reason, offset: 0 }
  }
}

const CYCLE = Symbol('cycle')
const TOO_LARGE = Symbol('too large')
/** Values a front matter or settings file may hold (aliases count each time they are used). */
const MAX_VALUES = 1_000_000

/**
 * `value` made safe to use and to print as JSON; `CYCLE` when it contains itself (a
 * merge key or alias inside its own anchor makes a circular object). Numbers too large to
 * be numbers (`1e309` is Infinity) are kept as text, so no check passes them as numbers
 * and no JSON output turns them into `null`; `TOO_LARGE` past `MAX_VALUES`. Walked without
 * recursion.
 */
function plainData(value: unknown): unknown {
  const root = { value }
  const onPath = new Set<object>()
  const stack: { holder: Record<string | number, unknown>; key: string | number; exit?: object }[] = [
    { holder: root, key: 'value' },
  ]
  // `!!omap` and `!!set` come as a Map and a Set, which JSON prints as `{}`: made plain,
  // once each, so an alias of one is the same object and a cycle through one is found.
  const made = new Map<object, object>()
  let values = 0
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (++values > 2 * MAX_VALUES) return TOO_LARGE
    if (step.exit !== undefined) {
      onPath.delete(step.exit)
      continue
    }
    let current = step.holder[step.key]
    if (current instanceof Map || current instanceof Set) current = step.holder[step.key] = plainCollection(current, made)
    if (typeof current === 'number' && !Number.isFinite(current)) step.holder[step.key] = String(current)
    if (current === null || typeof current !== 'object' || current instanceof Date) continue
    if (onPath.has(current)) return CYCLE
    onPath.add(current)
    stack.push({ holder: root, key: 'value', exit: current })
    const holder = current as Record<string | number, unknown>
    for (const key of Object.keys(holder)) stack.push({ holder, key })
  }
  return root.value
}

/** A Map as an object with its keys as text, a Set as an array; the same one made plain once. */
function plainCollection(collection: Map<unknown, unknown> | Set<unknown>, made: Map<object, object>): object {
  const known = made.get(collection)
  if (known !== undefined) return known
  const plain =
    collection instanceof Set
      ? [...collection]
      : Object.fromEntries([...collection].map(([key, value]) => [typeof key === 'string' ? key : String(key), value]))
  made.set(collection, plain)
  return plain
}
