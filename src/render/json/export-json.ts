/**
 * `waymark export --format json`: the whole roadmap, its plan, the to-do list and every
 * diagnostic in one versioned document, for other tools. The shape is
 * `docs/schema/waymark-export-1.schema.json` (JSON Schema 2020-12), checked by the tests;
 * `version` changes only when a change could break a reader (a field removed, renamed or
 * retyped), never for added fields.
 */
import type { CheckedRoadmap } from '../../model/lint-report.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Forecast } from '../../model/forecast.js'
import type { Plan } from '../../model/plan.js'
import { diagnosticJson, todoJson } from '../diagnostics/json.js'
import { forecastJson } from './forecast-json.js'
import { planJson } from './plan-json.js'
import { roadmapJson } from './roadmap-json.js'

/** The export format's name and version, the document's first two fields. */
export const EXPORT_FORMAT = { format: 'waymark-export', version: 1 } as const

/** The export document. */
export function exportJson(
  checked: CheckedRoadmap,
  plan: Plan,
  forecast: Forecast | null,
  diagnostics: readonly Diagnostic[],
  generatorVersion: string,
): Record<string, unknown> {
  const { diagnostics: _readDiagnostics, ...roadmap } = roadmapJson(checked.roadmap, [])
  const { diagnostics: _planDiagnostics, ...planned } = planJson(plan, [])
  return {
    ...EXPORT_FORMAT,
    generator: { name: 'waymark', version: generatorVersion },
    roadmap,
    todo: todoJson(checked.lint.todo),
    plan: planned,
    forecast: forecast === null ? null : forecastJson(forecast),
    diagnostics: diagnostics.map(diagnosticJson),
  }
}
