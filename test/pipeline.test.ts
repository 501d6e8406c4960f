import { describe, expect, it } from 'vitest'
import { planRoadmapProblem } from '../src/plan/plan-roadmap.js'
import { check, seed } from './helpers.js'

describe('findings of the stages', () => {
  // The CLI lists lint's findings, then the settings', then the plan's, by concatenation.
  it('the plan reports its own findings, none of lint’s again', () => {
    const checked = seed()
    const { plan } = planRoadmapProblem(checked.roadmap, { settings: checked.settings.plan, today: '2022-08-25', seed: 1 })
    expect(plan.diagnostics.length).toBeGreaterThan(0)
    const linted = new Set(checked.lint.diagnostics)
    expect(plan.diagnostics.filter((d) => linted.has(d))).toEqual([])
    const lintKeys = new Set(checked.lint.diagnostics.map((d) => JSON.stringify(d)))
    expect(plan.diagnostics.filter((d) => lintKeys.has(JSON.stringify(d)))).toEqual([])
  })
})

describe('a roadmap split over several files', () => {
  it('applies the first front matter’s settings to every file, a file’s own settings winning', () => {
    const { roadmap } = check({
      'a.md': '---\nwaymark:\n  units:\n    days-per-month: 20\n---\n### Topic: A\n**Estimate**: 1 month\n',
      'b.md': '### Topic: B\n**Estimate**: 2 months\n',
      'c.md': '---\nwaymark:\n  units:\n    days-per-month: 22\n---\n### Topic: C\n**Estimate**: 1 month\n',
    })
    expect(roadmap.topics.map((t) => (t.estimate?.kind === 'estimate' ? t.estimate.low : null))).toEqual([20, 40, 22])
  })

  it('resolves people and prerequisites across files', () => {
    const { roadmap } = check({
      'a.md': '### Topic: Alpha\n**Owner**: Noor Haddad\n',
      'b.md': '### Topic: Beta\n**Owner**: Noor\n**Prerequisites**: Alpha\n',
    })
    expect(roadmap.topics.map((t) => [t.id, t.owners, t.prerequisites.map((p) => p.topic)])).toEqual([
      ['alpha', ['Noor Haddad'], []],
      ['beta', ['Noor Haddad'], ['alpha']],
    ])
    expect(roadmap.people.map((p) => [p.name, p.owns])).toEqual([['Noor Haddad', ['alpha', 'beta']]])
  })
})
