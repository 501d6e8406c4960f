import { describe, expect, it } from 'vitest'
import { readSource } from '../../src/read/read-source.js'

const titles = (text: string): string[] => readSource({ file: 'ideas.md', text }).topics.map((t) => t.title)

describe('topic titles', () => {
  it('takes the Title row of an idea key–value table over its heading', () => {
    const text = [
      '## Audio graph',
      '',
      '| Title | Composable sound synthesis |',
      '| --- | --- |',
      '| Mentor | Ana Lima |',
      '| Expected Time Commitment | Medium project – 175 hours |',
    ].join('\n')
    const [topic] = readSource({ file: 'ideas.md', text }).topics
    expect(topic?.title).toBe('Composable sound synthesis')
    expect(topic?.mentors.map((m) => m.text)).toEqual(['Ana Lima'])
    expect(readSource({ file: 'ideas.md', text }).diagnostics.map((d) => d.ruleId)).not.toContain('unknown-field')
  })

  it('drops a trailing bracketed link from a heading', () => {
    expect(titles('# Roadmap\n\n### Core viewer ([proposal](https://example.org/pull/1))\n\nText.\n')).toEqual(['Core viewer'])
  })

  it('reads a heading that starts with a section word as a title', () => {
    expect(titles('# Roadmap\n\n### Project scoped tokens\n\nText.\n\n### Ideas board\n\nText.\n')).toEqual([
      'Project scoped tokens',
      'Ideas board',
    ])
  })
})

describe('a size heading one level too high', () => {
  it('is the size of the idea before it, not a topic', () => {
    const text = [
      '## Faster builds',
      '',
      '**Difficulty:** Hard',
      '',
      '## Project Length',
      '**350** hours',
      '',
      '**Mentor**<br>',
      'Ana Lima',
      '',
      '## Better docs',
      '',
      '**Difficulty:** Easy',
      '**Project length:** 175 hours',
      '**Mentor:** Bo Chen',
    ].join('\n')
    const topics = readSource({ file: 'ideas.md', text }).topics
    expect(
      topics.map((t) => [t.title, t.estimate?.kind === 'estimate' ? t.estimate.low : null, t.mentors.map((m) => m.text)]),
    ).toEqual([
      ['Faster builds', 44, ['Ana Lima']],
      ['Better docs', 22, ['Bo Chen']],
    ])
  })
})

describe('sections that look like work but were not read', () => {
  it('name themselves and their unknown labels, with the settings line that would read them', () => {
    const text = [
      '# Plan',
      '',
      '## Faster builds',
      '',
      'Jobsize: 3 weeks',
      'Crew: Ana, Bo',
      '',
      '## Notes',
      '',
      'Just text.',
    ].join('\n')
    const found = readSource({ file: 'plan.md', text }).diagnostics.filter((d) => d.ruleId === 'unread-section')
    expect(found.map((d) => [d.params, d.place?.line])).toEqual([[{ title: 'Faster builds', labels: ['Jobsize', 'Crew'] }, 3]])
  })
})

describe('a roadmap with sections about itself', () => {
  it('keeps the roadmap around the sections about using it, and reads its horizons after an introduction', () => {
    const text = [
      '# The Lumen roadmap',
      '',
      '## Using the roadmap',
      '',
      '### What do we mean by "next step"?',
      '',
      '- **now**, ready for someone to start.',
      '',
      '## The roadmap proper',
      '',
      '### Project vision',
      '',
      'A viewer everyone can use.',
      '',
      '### Now',
      '',
      'These items are active:',
      '',
      '- Offline mode',
      '',
      '### Later',
      '',
      '- Plugin marketplace',
    ].join('\n')
    expect(titles(text)).toEqual(['Offline mode', 'Plugin marketplace'])
  })
})
