import { describe, expect, it } from 'vitest'
import { check } from './helpers.js'

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
