/**
 * `waymark export --format json`: the whole roadmap, its plan, the to-do list and every
 * diagnostic in one versioned document, for other tools. The shape is
 * `docs/schema/waymark-export-1.schema.json` (JSON Schema 2020-12), checked by the tests;
 * `version` changes only when a change could break a reader (a field removed, renamed or
 * retyped), never for added fields.
 */
import type { RoadmapView } from '../../model/roadmap-view.js'
import { diagnosticJson, todoJson } from '../diagnostics/json.js'
import { forecastJson } from './forecast-json.js'
import { planJson } from './plan-json.js'
import { roadmapJson } from './roadmap-json.js'

/** The export format's name and version, the document's first two fields. */
export const EXPORT_FORMAT = { format: 'waymark-export', version: 1 } as const

/** The export document. */
export function exportJson(view: RoadmapView, generatorVersion: string): Record<string, unknown> {
  const { forecast, diagnostics } = view
  const { diagnostics: _readDiagnostics, ...roadmap } = roadmapJson(view.roadmap, [])
  const { diagnostics: _planDiagnostics, ...planned } = planJson(view.plan, [])
  return {
    ...EXPORT_FORMAT,
    generator: { name: 'waymark', version: generatorVersion },
    roadmap,
    todo: todoJson(view.lint.todo),
    plan: planned,
    forecast: forecast === null ? null : forecastJson(forecast),
    diagnostics: diagnostics.map(diagnosticJson),
  }
}
