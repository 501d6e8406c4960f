/**
 * The planning settings of a roadmap: a `waymark.yaml` beside the notes, overlaid by the
 * `waymark:` block of the leading note's front matter. Problems become diagnostics; the
 * defaults apply where a value is unusable.
 */
import { LineCounter } from 'yaml'
import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { SourceDocument } from '../../model/document.js'
import type { Place } from '../../model/place.js'
import type { Roadmap } from '../../model/roadmap.js'
import { yamlData } from '../../read/yaml-data.js'
import { mergeSettings, parsePlanSettings, type PlanSettings } from './plan-settings.js'

/** Reads settings from an optional `waymark.yaml` and the roadmap's front matter. */
export function roadmapSettings(
  roadmap: Roadmap,
  file: SourceDocument | null,
): { settings: PlanSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  let base = parsePlanSettings(undefined, '').settings
  if (file !== null) {
    const lines = new LineCounter()
    const read = yamlData(file.text, { lineCounter: lines })
    const at = (offset: number): Place => {
      const { line, col } = lines.linePos(offset)
      return { file: file.file, line, column: col }
    }
    if (!read.ok) {
      diagnostics.push(
        diagnostic('invalid-setting', { key: file.file, reason: `not valid YAML: ${read.reason}` }, at(read.offset)),
      )
    } else {
      const doc = read.document
      const parsed = parsePlanSettings(read.data, '')
      base = parsed.settings
      for (const p of parsed.problems) {
        // Point at the offending key when the path leads to a node.
        const node = doc.getIn(p.key.split('.'), true) as { range?: [number, number, number] } | undefined
        diagnostics.push(diagnostic('invalid-setting', { key: p.key || file.file, reason: p.reason }, at(node?.range?.[0] ?? 0)))
      }
    }
  }
  const front = parsePlanSettings(roadmap.meta.settings, 'waymark')
  for (const p of front.problems) diagnostics.push(diagnostic('invalid-setting', p, roadmap.meta.place))
  return { settings: mergeSettings(base, front.settings), diagnostics }
}
