/**
 * The stages in order, for callers that want the whole way from text to a checked
 * roadmap: read every document, resolve them into one roadmap, lint it.
 */
import { lintRoadmap, type LintReport } from './lint/lint-roadmap.js'
import type { DocumentModel, SourceDocument } from './model/document.js'
import type { Roadmap } from './model/roadmap.js'
import { readDocument, type ReadOptions } from './read/read-document.js'
import { DEFAULT_UNITS } from './read/estimate.js'
import { unitsFromSettings } from './read/unit-settings.js'
import { leadingDocument, resolveRoadmap, type ResolveOptions } from './resolve/resolve-roadmap.js'

/** Documents, the roadmap they make, and its lint report. */
export interface CheckedRoadmap {
  readonly documents: readonly DocumentModel[]
  readonly roadmap: Roadmap
  readonly lint: LintReport
}

/** Options of `checkRoadmap`: the reader's, and role words from a settings file. */
export interface CheckOptions extends ReadOptions, ResolveOptions {}

/**
 * Reads, resolves and lints `sources` as one roadmap. Settings in the front matter of the
 * first file that has front matter (the meeting note, usually) apply to every file; a
 * file's own settings win for that file.
 */
export function checkRoadmap(sources: readonly SourceDocument[], options: CheckOptions = {}): CheckedRoadmap {
  const first = sources.map((s) => readDocument(s, options))
  const leader = leadingDocument(first)
  const defaults = options.units ?? DEFAULT_UNITS
  const { units } = unitsFromSettings(leader?.meta.settings, defaults)
  const documents =
    units === defaults
      ? first
      : first.map((d, i) =>
          d === leader || hasOwnUnits(d) ? d : readDocument(sources[i] as SourceDocument, { ...options, units }),
        )
  const roadmap = resolveRoadmap(documents, options.roles === undefined ? {} : { roles: options.roles })
  return { documents, roadmap, lint: lintRoadmap(roadmap) }
}

function hasOwnUnits(d: DocumentModel): boolean {
  const settings = d.meta.settings
  return typeof settings === 'object' && settings !== null && 'units' in settings
}
