/**
 * SARIF 2.1.0 (OASIS), the format code-scanning tools read — GitHub code scanning among
 * them. One run; every catalog rule described; columns in UTF-16 code units.
 */
import { hintOf, messageOf } from '../../diagnostics/words.js'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { RULES, RULE_IDS } from '../../diagnostics/catalog.js'
import type { Severity } from '../../model/diagnostic.js'
import type { LintReport } from '../../model/lint-report.js'

const LEVEL: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' }

/** Tool identity for the log. */
export interface SarifTool {
  readonly version: string
  readonly informationUri: string
}

/** Renders a lint report as a SARIF log. */
export function renderSarif(report: LintReport, tool: SarifTool): string {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: RULES[id].description },
    defaultConfiguration: { level: LEVEL[RULES[id].severity] },
    properties: { audience: RULES[id].audience },
    helpUri: `${tool.informationUri}/blob/main/docs/lint-rules.md#${id}`,
  }))
  const results: Result[] = report.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: RULE_IDS.indexOf(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: `${messageOf(d)} Hint: ${hintOf(d)}` },
    properties: { params: d.params, ...(d.topic === undefined ? {} : { topic: d.topic }) },
    ...(d.place
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(d.place.file),
                region: { startLine: d.place.line, startColumn: d.place.column },
              },
            },
          ],
        }
      : {}),
  }))
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'waymark', version: tool.version, informationUri: tool.informationUri, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * A relative path becomes a URI reference against `%SRCROOT%` (forward slashes, each
 * segment percent-encoded); an absolute path a `file:` URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const uri = file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/')
  return uri.startsWith('/') ? { uri: `file://${uri}` } : { uri, uriBaseId: '%SRCROOT%' }
}
