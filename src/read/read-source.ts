/** read: any source → its document model, by the file's kind (Markdown unless its name says CSV, TSV, YAML or reStructuredText). */
import type { DocumentModel, SourceDocument } from '../model/document.js'
import { readTableFile, readYamlFile } from './data-document.js'
import { readDocument, type ReadOptions } from './read-document.js'
import { rstToMarkdown } from './rst/rst-to-markdown.js'

/** Reads one source, choosing the reader by its file name. Never throws on any text. */
export function readSource(source: SourceDocument, options: ReadOptions = {}): DocumentModel {
  if (/\.(?:csv|tsv)$/i.test(source.file)) return readTableFile(source, options.units)
  if (/\.ya?ml$/i.test(source.file)) return readYamlFile(source, options.units)
  if (/\.rst$/i.test(source.file)) return readDocument(source, { ...options, derived: rstToMarkdown(source.text) })
  return readDocument(source, options)
}
