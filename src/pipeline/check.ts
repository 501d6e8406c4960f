/**
 * The pipeline's first step: sources → the checked roadmap. Read every document, read
 * the settings (the settings file and the leading note's front matter) once, convert
 * estimates to the settings' units, resolve people and prerequisites, match the people
 * the settings name, lint. Pure: no files, no clock.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import { lintRoadmap } from '../lint/lint-roadmap.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { DocumentModel, SourceDocument } from '../model/document.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import type { Settings } from '../model/settings.js'
import type { ChunkParser } from '../read/markdown.js'
import { withUnits } from '../read/estimate-units.js'
import { readSource } from '../read/read-source.js'
import { leadingDocument, resolveRoadmap } from '../resolve/resolve-roadmap.js'
import { peopleInSettings } from '../resolve/settings-people.js'
import { readSettings } from '../settings/read-settings.js'
import { unitsFromSettings } from '../settings/units.js'

/** Options of `check`. */
export interface CheckOptions {
  /** The `waymark.yaml` that belongs to the notes (see `settingsPaths`), if any. */
  readonly settingsFile?: SourceDocument | null
  /** How the chunks of a large note are parsed (a second thread, in the CLI); default: here. */
  readonly parseChunks?: ChunkParser
}

/**
 * Reads, resolves and lints `sources` as one roadmap. Settings in the front matter of the
 * first file that has front matter (the meeting note, usually) apply to every file and
 * override the settings file; a file's own `units:` win for that file.
 *
 * ```ts
 * const { roadmap, lint } = check([{ file: 'notes.md', text }])
 * ```
 */
export function check(sources: readonly SourceDocument[], options: CheckOptions = {}): CheckedRoadmap {
  const parse = options.parseChunks === undefined ? {} : { parseChunks: options.parseChunks }
  const settingsFile = options.settingsFile ?? null
  const read = sources.map((s) => readSource(s, parse))
  const found = settingsOf(read, settingsFile)
  // The roadmap's own labels and sizes change what the documents say: read them again with
  // those (the front matter that holds the settings reads the same, so they are read once).
  const { reading } = found.settings
  if (reading.labels.size === 0 && reading.sizes.size === 0) return checkDocuments(read, settingsFile, found)
  const again = sources.map((s) => readSource(s, { ...parse, labels: reading.labels, sizes: reading.sizes }))
  return checkDocuments(again, settingsFile, found)
}

/** The settings of documents read: the settings file's, under the leading note's front matter. */
function settingsOf(read: readonly DocumentModel[], settingsFile: SourceDocument | null): ReturnType<typeof readSettings> {
  const leader = leadingDocument(read)
  return readSettings({
    file: settingsFile,
    frontMatter: leader?.meta.place
      ? { settings: leader.meta.settings, place: leader.meta.place, keyPlaces: leader.meta.settingsPlaces }
      : null,
  })
}

/** `check` of documents already read (in the order given), with their settings file. */
export function checkDocuments(
  read: readonly DocumentModel[],
  settingsFile: SourceDocument | null,
  found: ReturnType<typeof readSettings> = settingsOf(read, settingsFile),
): CheckedRoadmap {
  const leader = leadingDocument(read)
  const diagnostics: Diagnostic[] = found.diagnostics
  const documents = read.map((d) => withUnits(d, d === leader ? found.settings.units : ownUnits(d, found.settings, diagnostics)))
  const roadmap = resolveRoadmap(documents, { roles: found.settings.roles })
  const people = peopleInSettings(roadmap, found.settings.plan.people, found.peoplePlaces)
  diagnostics.push(...people.diagnostics)
  const settings: Settings = { ...found.settings, plan: { ...found.settings.plan, people: people.people } }
  return { documents, roadmap, settings, lint: lintRoadmap(roadmap, diagnostics) }
}

/** The units of a document after the leading one: its own `waymark: units:`, else the roadmap's. */
function ownUnits(d: DocumentModel, settings: Settings, diagnostics: Diagnostic[]): Settings['units'] {
  const own = d.meta.settings
  if (d.meta.place === null || typeof own !== 'object' || own === null || !('units' in own)) return settings.units
  const { units, problems } = unitsFromSettings(own, settings.units)
  for (const p of problems) diagnostics.push(diagnostic('invalid-setting', p, d.meta.settingsPlaces[p.key] ?? d.meta.place))
  return units
}
