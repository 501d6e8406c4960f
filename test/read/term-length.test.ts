import { describe, expect, it } from 'vitest'
import { readSource } from '../../src/read/read-source.js'

describe('a term written once for the page', () => {
  it('sizes every project on a mentorship page that states no size of its own', () => {
    const text = [
      '# Mentorship 2027',
      '',
      'Program length - three months (12 weeks, full time)',
      '',
      '## Project ideas',
      '',
      '### Faster builds',
      '- Mentor(s): Ana Lima',
      '',
      '### Better docs',
      '- Mentor(s): Bo Chen',
      '- Size: 175 hours',
    ].join('\n')
    const topics = readSource({ file: 'ideas.md', text }).topics.map((t) => [
      t.title,
      t.estimate?.kind === 'estimate' ? t.estimate.low : null,
    ])
    expect(topics).toEqual([
      ['Faster builds', 60],
      ['Better docs', 22],
    ])
  })

  it('is no release length or a topic field', () => {
    const text = ['Release length: 12 weeks', '', '## Roadmap', '', '### Faster builds', '- Owner: Ana'].join('\n')
    expect(readSource({ file: 'r.md', text }).topics.map((t) => t.estimate)).toEqual([null])
  })
})
