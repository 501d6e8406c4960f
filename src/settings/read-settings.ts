/**
 * The one reader of settings: a `waymark.yaml` beside the notes, overlaid by the
 * `waymark:` block of the leading note's front matter. Units, role words and planning
 * settings come out of one pass; every problem is an `invalid-setting` diagnostic at the
 * key it is about (YAML positions in `waymark.yaml`, the front matter's place in a note),
 * and the default applies where a value is unusable.
 */
import { LineCounter, isMap, isScalar, type Document } from 'yaml'
import { diagnostic } from '../diagnostics/diagnostic.js'
import { DEFAULT_UNITS } from '../model/defaults.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { SourceDocument } from '../model/document.js'
import type { EstimateUnits } from '../model/estimate.js'
import type { Place } from '../model/place.js'
import { plannedDays } from '../model/estimate.js'
import type { DefaultEstimate, Settings } from '../model/settings.js'
import { parseEstimate } from '../read/estimate.js'
import { yamlData } from '../read/yaml-data.js'
import { roleSettings } from './roles.js'
import { mergeSettings, parsePlanSettings, settingKey, type SettingProblem, type SettingsLayer } from './schema.js'
import { unitsFromSettings } from './units.js'
import { NO_READING, readingFromSettings } from './reading.js'

/** Where a roadmap's settings are written. */
export interface SettingsSources {
  /** The `waymark.yaml` beside the notes, if there is one. */
  readonly file: SourceDocument | null
  /**
   * The leading note's `waymark:` block (`undefined` when it has none), where its front
   * matter is, and where each of its keys is.
   */
  readonly frontMatter: {
    readonly settings: unknown
    readonly place: Place
    readonly keyPlaces?: Readonly<Record<string, Place>>
  } | null
}

/** Settings with nothing set: every default applies. */
export const NO_SETTINGS: Settings = { units: DEFAULT_UNITS, reading: NO_READING, roles: [], plan: { holidays: [], people: {} } }

/** A layer of settings as read, with a way to place its problems. */
interface ReadLayer {
  readonly raw: unknown
  readonly prefix: string
  /** What to call the layer when a problem is about all of it. */
  readonly name: string
  readonly place: (problem: SettingProblem) => Place | null
}

/**
 * Reads and validates a roadmap's settings. People stay as the settings spell them; the
 * pipeline matches them to the roadmap's people once the notes are resolved.
 */
export function readSettings(sources: SettingsSources): {
  settings: Settings
  diagnostics: Diagnostic[]
  /** Where each person the settings name is written (the last layer that names them). */
  peoplePlaces: Record<string, Place>
} {
  const diagnostics: Diagnostic[] = []
  const layers: ReadLayer[] = []
  const { file, frontMatter } = sources
  if (file !== null) {
    const fileLayer = readSettingsFile(file, diagnostics)
    if (fileLayer !== null) layers.push(fileLayer)
  }
  if (frontMatter !== null && frontMatter.settings !== undefined && frontMatter.settings !== null)
    layers.push({
      raw: frontMatter.settings,
      prefix: 'waymark',
      name: 'waymark',
      place: (p) => placeOfKey(frontMatter.keyPlaces ?? {}, p.key) ?? frontMatter.place,
    })
  const peoplePlaces = Object.create(null) as Record<string, Place>
  if (layers.length === 0) return { settings: NO_SETTINGS, diagnostics, peoplePlaces }

  const report = (layer: ReadLayer, p: SettingProblem): void => {
    diagnostics.push(
      p.atKey === true
        ? diagnostic('unknown-setting', { key: p.key, suggestion: p.suggestion ?? null }, layer.place(p))
        : diagnostic('invalid-setting', { key: p.key || layer.name, reason: p.reason }, layer.place(p)),
    )
  }
  let units: EstimateUnits = DEFAULT_UNITS
  let reading = NO_READING
  const roles: string[] = []
  let plan: SettingsLayer = { holidays: [], people: {} }
  const estimates: { layer: ReadLayer; text: string }[] = []
  for (const layer of layers) {
    const read = unitsFromSettings(layer.raw, units, layer.prefix)
    units = read.units
    for (const p of read.problems) report(layer, p)
    roles.push(...roleSettings(layer.raw).roles)
    const own = readingFromSettings(layer.raw, reading, units, layer.prefix)
    reading = own.reading
    for (const p of own.problems) report(layer, p)
    const parsed = parsePlanSettings(layer.raw, layer.prefix)
    for (const p of parsed.problems) report(layer, p)
    if (parsed.settings.defaultEstimate !== undefined) estimates.push({ layer, text: parsed.settings.defaultEstimate })
    for (const name of Object.keys(parsed.settings.people)) {
      const key = settingKey(layer.prefix, 'people', name)
      const at = layer.place({ key, reason: '' })
      if (at !== null) peoplePlaces[name] = at
    }
    plan = mergeSettings(plan, parsed.settings)
  }
  // The default estimate is read in the units of every layer together, once.
  let defaultEstimate: DefaultEstimate | undefined
  for (const { layer, text } of estimates) {
    const reading = parseEstimate(text, units)
    if (reading.kind === 'estimate') defaultEstimate = { text, days: plannedDays(reading) }
    else {
      const key = settingKey(layer.prefix, 'default-estimate')
      report(layer, { key, reason: `expected a duration such as \`2 months\`, got “${text}”` })
    }
  }
  const { defaultEstimate: _written, ...rest } = plan
  return {
    settings: { units, reading, roles, plan: defaultEstimate === undefined ? rest : { ...rest, defaultEstimate } },
    diagnostics,
    peoplePlaces,
  }
}

/** The place of `key` or of the nearest key above it (`waymark.people.Ann.capacity` → `waymark.people.Ann`). */
function placeOfKey(places: Readonly<Record<string, Place>>, key: string): Place | null {
  for (let path = key; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '')
    if (Object.hasOwn(places, path)) return places[path] as Place
  return null
}

/** The key node of the pair at `path` (its last key in the map its other keys lead to). */
function keyNode(doc: Document, path: readonly string[]): unknown {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)
  if (!isMap(parent)) return undefined
  return parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === path[path.length - 1])?.key
}

/** A `waymark.yaml` as a layer, its problems placed at their keys; `null` (and a diagnostic) when it is not YAML. */
function readSettingsFile(file: SourceDocument, diagnostics: Diagnostic[]): ReadLayer | null {
  const lines = new LineCounter()
  const read = yamlData(file.text, { lineCounter: lines })
  const at = (offset: number): Place => {
    const { line, col } = lines.linePos(offset)
    return { file: file.file, line, column: col }
  }
  if (!read.ok) {
    diagnostics.push(diagnostic('settings-not-yaml', { file: file.file, reason: read.reason }, at(read.offset)))
    return null
  }
  const doc: Document = read.document
  return {
    raw: read.data,
    prefix: '',
    name: file.file,
    // Point at the offending value when the path leads to a node; an unknown key at itself.
    place: (p) => {
      const path = p.key.split('.')
      const node = (p.atKey === true ? keyNode(doc, path) : doc.getIn(path, true)) as
        { range?: [number, number, number] } | undefined
      return at(node?.range?.[0] ?? 0)
    },
  }
}
