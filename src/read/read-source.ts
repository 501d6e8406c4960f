/** read: any source → its document model, by the file's kind (Markdown unless its name says CSV, TSV, YAML, JSON issues or reStructuredText). */
import type { DocumentModel, SourceDocument } from '../model/document.js'
import { readTableFile, readYamlFile } from './data-document.js'
import { readIssuesFile } from './github-issues.js'
import { readDocument, type ReadOptions } from './read-document.js'
import { rstToMarkdown } from './rst/rst-to-markdown.js'
import type { FieldKey } from '../model/field-key.js'
import { withLabels } from './field-labels.js'

/** Options of `readSource`: the reader's, and the roadmap's own labels (settings `labels:`). */
export interface SourceOptions extends ReadOptions {
  readonly labels?: ReadonlyMap<string, FieldKey>
}

/** Reads one source, choosing the reader by its file name. Never throws on any text. */
export function readSource(source: SourceDocument, options: SourceOptions = {}): DocumentModel {
  return withLabels(options.labels ?? NO_LABELS, () => {
    if (/\.(?:csv|tsv)$/i.test(source.file)) return readTableFile(source, options.units, options.sizes)
    if (/\.ya?ml$/i.test(source.file)) return readYamlFile(source, options.units, options.sizes)
    if (/\.json$/i.test(source.file)) return readIssuesFile(source, options.units, options.sizes)
    if (/\.rst$/i.test(source.file)) return readDocument(source, { ...options, derived: rstToMarkdown(source.text) })
    return readDocument(source, options)
  })
}

const NO_LABELS: ReadonlyMap<string, FieldKey> = new Map()
