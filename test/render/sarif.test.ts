/** The SARIF log on its own: rules, results, locations and the findings' data. */
import { describe, expect, it } from 'vitest'
import type { Log } from 'sarif'
import { RULE_IDS, RULES } from '../../src/diagnostics/catalog.js'
import { countSeverities, diagnostic } from '../../src/diagnostics/diagnostic.js'
import { renderSarif } from '../../src/render/diagnostics/sarif.js'
import type { Diagnostic } from '../../src/model/diagnostic.js'
import { hintOf } from '../../src/diagnostics/words.js'
import { messageOf } from '../helpers.js'

const TOOL = { version: '1.2.3', informationUri: 'https://example.org/waymark' }
const log = (diagnostics: Diagnostic[]): Log =>
  JSON.parse(renderSarif({ diagnostics, counts: countSeverities(diagnostics), todo: [] }, TOOL)) as Log

describe('renderSarif', () => {
  it('describes every rule of the catalog, with its level, audience and documentation', () => {
    const rules = log([]).runs[0]?.tool.driver.rules ?? []
    expect(rules.map((r) => r.id)).toEqual(RULE_IDS)
    const owner = rules.find((r) => r.id === 'missing-owner')
    expect(owner).toMatchObject({
      name: 'MissingOwner',
      shortDescription: { text: RULES['missing-owner'].description },
      defaultConfiguration: { level: 'warning' },
      properties: { audience: 'reader' },
      helpUri: 'https://example.org/waymark/blob/main/docs/lint-rules.md#missing-owner',
    })
    expect(rules.find((r) => r.id === 'flattened-input')?.defaultConfiguration?.level).toBe('note')
  })

  it('gives each finding its rule, level, words, place and parameters', () => {
    const d = diagnostic(
      'missing-owner',
      { topic: 'GDB stub', text: 'TODO', mentors: [], roles: [] },
      { file: 'notes/a b.md', line: 12, column: 3 },
      'gdb-stub',
    )
    const [result] = log([d]).runs[0]?.results ?? []
    expect(result).toMatchObject({
      ruleId: 'missing-owner',
      ruleIndex: RULE_IDS.indexOf('missing-owner'),
      level: 'warning',
      message: { text: `${messageOf(d)} Hint: ${hintOf(d)}` },
      properties: { params: { topic: 'GDB stub', text: 'TODO' }, topic: 'gdb-stub' },
    })
    expect(result?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'notes/a%20b.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3 },
    })
  })

  it('writes an absolute path as a file: URI, and a finding about the whole roadmap without a location', () => {
    const absolute = diagnostic('no-topics', { file: '/srv/notes.md' }, { file: '/srv/notes.md', line: 1, column: 1 })
    const whole = diagnostic('roadmap-deadline-missed', { finish: '2024-01-02', deadline: '2023-12-31' }, null)
    const [a, w] = log([absolute, whole]).runs[0]?.results ?? []
    expect(a?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'file:///srv/notes.md' })
    expect(w?.locations).toBeUndefined()
    expect(w?.level).toBe('warning')
  })

  it('is SARIF 2.1.0 with UTF-16 columns', () => {
    const l = log([])
    expect(l.version).toBe('2.1.0')
    expect(l.runs[0]?.columnKind).toBe('utf16CodeUnits')
    expect(l.runs[0]?.tool.driver).toMatchObject({ name: 'waymark', version: '1.2.3' })
  })
})
