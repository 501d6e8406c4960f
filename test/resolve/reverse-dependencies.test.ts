import { describe, expect, it } from 'vitest'
import { check } from '../helpers.js'

describe('dependencies written the other way', () => {
  it('makes `Blocks`, `Enables` and `Required by` prerequisites of the topics they name', () => {
    const text = [
      '### Topic: Storage engine',
      '**Owner**: Ana',
      '**Blocks**: Query planner, Backups',
      '',
      '### Topic: Query planner',
      '**Owner**: Bo',
      '',
      '### Topic: Backups',
      '**Owner**: Cy',
      '**Requires**: Storage engine',
      '',
      '### Topic: Docs site',
      '**Owner**: Dee',
      '- Required by: Backups',
    ].join('\n')
    const { roadmap } = check({ 'plan.md': text })
    const prerequisitesOf = (title: string): (string | null)[] =>
      roadmap.topics.find((t) => t.title === title)?.prerequisites.map((p) => p.topic) ?? []
    expect(prerequisitesOf('Query planner')).toEqual(['storage-engine'])
    // Written both ways: one edge.
    expect(prerequisitesOf('Backups')).toEqual(['storage-engine', 'docs-site'])
    expect(prerequisitesOf('Storage engine')).toEqual([])
    expect(roadmap.topics.find((t) => t.title === 'Query planner')?.prerequisites[0]?.place.line).toBe(3)
  })
})
