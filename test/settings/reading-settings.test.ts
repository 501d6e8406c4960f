import { describe, expect, it } from 'vitest'
import { check } from '../helpers.js'

const note = [
  '### Topic: Boot',
  'Captain: Ana Lima',
  'Jobsize: 3 weeks',
  '',
  '### Topic: Docs',
  '**Owner**: Bo Chen',
  '**Size**: M',
  '',
  '### Topic: Site',
  '**Owner**: Cy Diaz',
  '**Size**: XL',
].join('\n')

describe('settings that change the reading', () => {
  it('reads the roadmap’s own labels and sizes, from waymark.yaml', () => {
    const { roadmap, lint } = check(
      { 'plan.md': note },
      'labels:\n  Jobsize: estimate\n  Captain: owner\nsizes:\n  M: 175 hours\n',
    )
    const topics = roadmap.topics.map((t) => [t.title, t.owners, t.estimate?.kind === 'estimate' ? t.estimate.low : null, t.size])
    expect(topics).toEqual([
      ['Boot', ['Ana Lima'], 15, null],
      ['Docs', ['Bo Chen'], 22, null],
      ['Site', ['Cy Diaz'], null, 'XL'],
    ])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'invalid-setting')).toEqual([])
  })

  it('lets a size the document defines win over the settings', () => {
    const own = `S: 90 hours\nM: 100 hours\n\n${note}`
    const { roadmap } = check({ 'plan.md': own }, 'sizes:\n  M: 175 hours\n')
    expect(roadmap.topics.find((t) => t.title === 'Docs')?.estimate).toMatchObject({ low: 13, high: 13 })
  })

  it('reports a label with no role and a size that is no size word or no duration, each at its key', () => {
    const { lint } = check({ 'plan.md': note }, 'labels:\n  Jobsize: size-ish\nsizes:\n  Huge: 900 hours\n  M: soon\n')
    const problems = lint.diagnostics.filter((d) => d.ruleId === 'invalid-setting')
    expect(problems.map((d) => [d.params['key'], d.place?.line])).toEqual([
      ['labels.Jobsize', 2],
      ['sizes.Huge', 4],
      ['sizes.M', 5],
    ])
  })

  it('reads without them as before', () => {
    const { roadmap } = check({ 'plan.md': note })
    expect(roadmap.topics.map((t) => [t.owners, t.estimate?.kind ?? null])).toEqual([
      [[], null],
      [['Bo Chen'], 'invalid'],
      [['Cy Diaz'], 'invalid'],
    ])
  })
})
