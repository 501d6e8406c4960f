/** Each lint rule on its own: what it reports, where, and what it leaves to the other rules. */
import { describe, expect, it } from 'vitest'
import { lintRoadmap } from '../../src/lint/lint-roadmap.js'
import { missingEstimate } from '../../src/lint/rules/missing-estimate.js'
import { missingOwner } from '../../src/lint/rules/missing-owner.js'
import { placeholder } from '../../src/lint/rules/placeholder.js'
import type { Topic } from '../../src/model/roadmap.js'
import { check, messageOf } from '../helpers.js'

/** The one topic of a note. */
const topicOf = (fields: string): Topic => {
  const [topic] = check({ 'n.md': `# Meeting\n\n### Topic: Tracing\n${fields}` }).roadmap.topics
  if (topic === undefined) throw new Error('no topic read')
  return topic
}

/** missing-owner on the one topic of a note, knowing the note's people. */
const ownerCheck = (fields: string) => {
  const { roadmap } = check({ 'n.md': `# Meeting\n\n### Topic: Tracing\n${fields}` })
  const [topic] = roadmap.topics
  if (topic === undefined) throw new Error('no topic read')
  return missingOwner(topic, new Set(roadmap.people.map((p) => p.name)))
}

describe('missing-owner', () => {
  it('reports a topic without an owner, at its owner field, quoting the placeholder', () => {
    const [d] = ownerCheck('**Owner**: TODO\n**Estimated duration**: 2 weeks\n')
    expect(d).toMatchObject({ ruleId: 'missing-owner', severity: 'warning', place: { line: 4, column: 1 }, topic: 'tracing' })
    expect(d?.params).toEqual({ topic: 'Tracing', text: 'TODO', mentors: [], roles: [] })
    expect(messageOf(d)).toBe('Topic “Tracing” has no owner (“TODO”).')
  })

  it('points at the topic when there is no owner field, and says nothing of an owned topic', () => {
    expect(ownerCheck('**Estimated duration**: 2 weeks\n')[0]?.place).toMatchObject({ line: 3, column: 1 })
    expect(ownerCheck('**Owner**: Ana Lima\n')).toEqual([])
  })

  it('says a role written as the owner is a role, not a person', () => {
    const [d] = ownerCheck('**Owner**: GSoC student (TBD)\n')
    expect(d?.params).toMatchObject({ roles: ['GSoC student'] })
    expect(messageOf(d)).toBe(
      "Topic “Tracing” has no owner: “GSoC student” is a role, not a person, so it is planned in the role's pool or with the unowned topics.",
    )
  })
})

describe('missing-estimate', () => {
  it('reports a placeholder estimate with its text, and no estimate at all', () => {
    expect(missingEstimate(topicOf('**Estimated duration**: TODO months\n'))[0]?.params).toEqual({
      topic: 'Tracing',
      text: 'TODO months',
    })
    expect(missingEstimate(topicOf('**Owner**: Ana Lima\n'))[0]?.params).toEqual({ topic: 'Tracing', text: null })
  })

  it('leaves text that is no duration to the reader’s not-a-duration, and a real estimate alone', () => {
    expect(missingEstimate(topicOf('**Estimated duration**: Q1 2023\n'))).toEqual([])
    expect(missingEstimate(topicOf('**Estimated duration**: 3-4 weeks\n'))).toEqual([])
  })
})

describe('placeholder', () => {
  it('reports each field that is still a placeholder, by its label as written', () => {
    const found = placeholder(topicOf('**Rationale**: [Please fill in here]\n**Objectives**: TBD\n**Tech lead**: Bo Chen\n'))
    expect(found.map((d) => d.params)).toEqual([
      { topic: 'Tracing', label: 'Rationale', text: '[Please fill in here]' },
      { topic: 'Tracing', label: 'Objectives', text: 'TBD' },
    ])
  })

  it('leaves owners and estimates to their own rules', () => {
    expect(placeholder(topicOf('**Owner**: TODO\n**Estimated duration**: TBD\n'))).toEqual([])
  })
})

describe('lintRoadmap', () => {
  it('puts the reader’s, the settings’ and the rules’ findings in one list sorted by place, and counts them', () => {
    const { roadmap } = check({ 'n.md': '### Topic: B\n**Owner**: TODO\n### Topic: A\n**Estimated duration**: soon\n' })
    const extra = { ruleId: 'invalid-setting', severity: 'warning', params: { key: 'x', reason: 'y' }, place: null } as const
    const report = lintRoadmap(roadmap, [extra])
    expect(report.diagnostics.map((d) => [d.ruleId, d.place?.line ?? null])).toEqual([
      ['invalid-setting', null],
      ['missing-estimate', 1],
      ['missing-owner', 2],
      ['missing-owner', 3],
      ['not-a-duration', 4],
    ])
    expect(report.counts).toEqual({ error: 0, warning: 5, info: 0 })
  })
})
