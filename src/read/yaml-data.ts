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
      uniqueKeys: options.uniqueKeys ?? true,
      ...(options.lineCounter ? { lineCounter: options.lineCounter } : {}),
    })
    const error = document.errors[0]
    if (error) return { ok: false, reason: error.message.split('\n')[0] ?? 'invalid YAML', offset: error.pos[0] }
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown, document }
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
