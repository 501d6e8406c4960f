/**
 * The stages in order, for callers that want the whole way from text to a checked
 * roadmap: read every document, resolve them into one roadmap, lint it.
 */
import { lintRoadmap, type LintReport } from './lint/lint-roadmap.js'
import type { DocumentModel, SourceDocument } from './model/document.js'
import type { Roadmap } from './model/roadmap.js'
import { readDocument, type ReadOptions } from './read/read-document.js'
import { resolveRoadmap } from './resolve/resolve-roadmap.js'

/** Documents, the roadmap they make, and its lint report. */
export interface CheckedRoadmap {
  readonly documents: readonly DocumentModel[]
  readonly roadmap: Roadmap
  readonly lint: LintReport
}

/** Reads, resolves and lints `sources` as one roadmap. */
export function checkRoadmap(sources: readonly SourceDocument[], options: ReadOptions = {}): CheckedRoadmap {
  const documents = sources.map((s) => readDocument(s, options))
  const roadmap = resolveRoadmap(documents)
  return { documents, roadmap, lint: lintRoadmap(roadmap) }
}
