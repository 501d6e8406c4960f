/** The docs describe every lint rule and every label spelling the code knows. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, RULE_IDS } from '../src/diagnostics/catalog.js'
import { labelSpellings } from '../src/read/field-labels.js'
import { ROOT } from './helpers.js'

const doc = (name: string): string => readFileSync(join(ROOT, 'docs', name), 'utf8')

describe('docs', () => {
  it('lint-rules.md has a section and a table row, with the right severity, for every rule', () => {
    const text = doc('lint-rules.md')
    for (const id of RULE_IDS) {
      expect(text, id).toContain(`\n## ${id}\n`)
      expect(text, id).toContain(`| [${id}](#${id}) | ${RULES[id].severity} |`)
    }
  })

  it('reading.md lists every label spelling', () => {
    const text = doc('reading.md').toLowerCase()
    for (const spellings of Object.values(labelSpellings())) {
      for (const s of spellings)
        expect(text, s).toContain(s.replace('prerequisites dependencies', 'prerequisites / dependencies'))
    }
  })
})
