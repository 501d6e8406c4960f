import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/read/read-document.js'

const read = (text: string) => readDocument({ file: 'notes.md', text })
const rules = (text: string) => read(text).diagnostics.map((d) => d.ruleId)

describe('topics and fields', () => {
  it('reads `Topic:` headings at any level, and bold labels with or without colon', () => {
    const doc = read(`# Roadmap

#### Topic: Deep topic
**Owner:** Alice Smith
**Effort** 3 weeks

## Topic: Shallow topic
**Depends on**: Deep topic
`)
    expect(doc.topics.map((t) => t.title)).toEqual(['Deep topic', 'Shallow topic'])
    expect(doc.topics[0]?.owners.map((o) => o.text)).toEqual(['Alice Smith'])
    expect(doc.topics[0]?.estimate).toMatchObject({ kind: 'estimate', low: 15, high: 15 })
    expect(doc.topics[1]?.prerequisites.map((p) => p.text)).toEqual(['Deep topic'])
    expect(doc.meta.title).toBe('Roadmap')
  })

  it('reads no priority from words every object already has (`constructor`, `toString`)', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const text = `### Topic: A\n\n**Priority**: ${word}\n`
      expect(readDocument({ file: 'p.md', text }).topics[0]?.priority).toBeNull()
    }
  })

  it('accepts label synonyms and spellings', () => {
    const doc = read(`### Topic: T
**Topic Author**: A B
**Owner(s)**: C D, E F & G H
**Team**: I J and K L
**Technical lead**: M N
**Duration**: 10 days
**Prio**: medium-high
**Status**: in progress (40%)
**Deadline**: 2023-06-30
**Start**: 2023-01-09
**Motivation**
Because.
**Goals**
- one
- two
**Dependencies**
- X
**Comments**
- c
`)
    const t = doc.topics[0]
    expect(t?.authors.map((a) => a.text)).toEqual(['A B'])
    expect(t?.owners.map((a) => a.text)).toEqual(['C D', 'E F', 'G H'])
    expect(t?.team.map((a) => a.text)).toEqual(['I J', 'K L'])
    expect(t?.techLeads.map((a) => a.text)).toEqual(['M N'])
    expect(t?.estimate).toMatchObject({ low: 10, high: 10 })
    expect(t?.priority).toBe('medium-high')
    expect(t?.status).toEqual({ state: 'in-progress', progress: 0.4, text: 'in progress (40%)' })
    expect(t?.deadline).toBe('2023-06-30')
    expect(t?.start).toBe('2023-01-09')
    expect(t?.rationale).toBe('Because.')
    expect(t?.objectives.map((o) => o.text)).toEqual(['one', 'two'])
    expect(t?.prerequisites.map((o) => o.text)).toEqual(['X'])
    expect(t?.notes.map((o) => o.text)).toEqual(['c'])
    expect(doc.diagnostics).toEqual([])
  })

  it('reads fields written as bullets, and labels as sub-headings', () => {
    const doc = read(`## Topic: Bulleted
- **Owner**: Alice Smith
- **Estimate**: 2w
- **Prerequisites**: Other
#### Objectives
- ship it
`)
    const t = doc.topics[0]
    expect(t?.owners.map((o) => o.text)).toEqual(['Alice Smith'])
    expect(t?.estimate).toMatchObject({ low: 10 })
    expect(t?.prerequisites.map((p) => p.text)).toEqual(['Other'])
    expect(t?.objectives.map((p) => p.text)).toEqual(['ship it'])
  })

  it('treats placeholders as missing, distinct from values, and keeps N/A explanations', () => {
    const doc = read(`### Topic: T
**Owner**: TODO
**Tech lead**: TBD
**Estimated duration**: TODO months
**Rationale for topic relevance**
[Please fill in here]
**Prerequisites / dependencies**
- N/A (paging support already enabled)
`)
    const t = doc.topics[0]
    expect(t?.owners).toEqual([])
    expect(t?.estimate?.kind).toBe('missing')
    const field = (key: string) => t?.fields.find((f) => f.key === key)
    expect(field('owner')?.missing).toEqual({ kind: 'placeholder', text: 'TODO' })
    expect(field('techLead')?.missing?.kind).toBe('placeholder')
    expect(field('rationale')?.missing).toEqual({ kind: 'placeholder', text: '[Please fill in here]' })
    expect(field('prerequisites')?.missing).toEqual({
      kind: 'not-applicable',
      text: 'N/A (paging support already enabled)',
      explanation: 'paging support already enabled',
    })
    expect(t?.rationale).toBeNull()
  })

  it('keeps unknown labels with an info, and reports values that are not what the field expects', () => {
    const doc = read(`### Topic: T
**Budget**: 2 coffees
**Estimate**: Q1 2023
**Priority**: whenever
**Status**: pondering
**Deadline**: next spring
`)
    expect(doc.topics[0]?.fields.find((f) => f.label === 'Budget')?.text).toBe('2 coffees')
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['unknown-field', 'info'],
      ['not-a-duration', 'warning'],
      ['unknown-priority', 'warning'],
      ['unknown-status', 'warning'],
      ['not-a-date', 'warning'],
    ])
  })

  it('recognises the proposal template in a HackMD container', () => {
    const doc = read(`## Proposals
:::info
_copy-paste this:_
### Topic: [template]
**Owner**: TODO
:::

### Topic: Real
**Owner**: Alice Smith
`)
    expect(doc.topics.map((t) => t.title)).toEqual(['Real'])
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['template-ignored'])
  })

  it('ends a topic at a separator, a heading of its level or above, or its container', () => {
    const doc = read(`### Topic: A
**Owner**: X Y
---
Not part of A.
### Topic: B
**Notes**
- b
## Other section
Text.
`)
    expect(doc.topics.map((t) => [t.title, t.notes.map((n) => n.text)])).toEqual([
      ['A', []],
      ['B', ['b']],
    ])
  })

  it('reads headings under a Topics section as topics when they have fields', () => {
    const doc = read(`## Topics
### Fast boot
**Owner**: Ann Lee
### Just a note
Some words.
`)
    expect(doc.topics.map((t) => t.title)).toEqual(['Fast boot'])
  })

  it('reads aliases, tags, ids and GitHub anchors from the heading', () => {
    const t = read('### Topic: Ünïcode Thing (aka UT, thing2) [upcoming] [v2]\n**Owner**: A B\n').topics[0]
    expect(t?.title).toBe('Ünïcode Thing')
    expect(t?.aliases).toEqual(['UT', 'thing2'])
    expect(t?.tags).toEqual(['upcoming', 'v2'])
    expect(t?.id).toBe('unicode-thing')
    expect(t?.anchor).toBe('topic-ünïcode-thing-aka-ut-thing2-upcoming-v2')
  })

  it('reports a topic heading without a name', () => {
    expect(rules('### Topic:\n**Owner**: A B\n')).toEqual(['empty-topic-title'])
  })
})

describe('meeting content', () => {
  it('reads the agenda, discussions with speakers, action items and decisions', () => {
    const doc = read(`## Agenda
- Roadmap
- Release

## Discussions
### Release
AB: We should ship.
CD: Agreed, next week.
Plain remark.

## Action items and decisions
- [ ] AB: Write the notes
- [x] @carol publish
Everyone: Add estimates.
Decision: Ship on Friday.
We keep the weekly call.
`)
    expect(doc.agenda.map((a) => a.text)).toEqual(['Roadmap', 'Release'])
    expect(doc.discussions.map((d) => [d.title, d.statements.map((s) => [s.speaker?.text ?? null, s.text])])).toEqual([
      [
        'Release',
        [
          ['AB', 'We should ship.'],
          ['CD', 'Agreed, next week.'],
          [null, 'Plain remark.'],
        ],
      ],
    ])
    expect(doc.actions.map((a) => [a.assignees.map((x) => x.text), a.text, a.done])).toEqual([
      [['AB'], 'Write the notes', false],
      [['@carol'], '@carol publish', true],
      [['Everyone'], 'Add estimates.', false],
    ])
    expect(doc.decisions.map((d) => d.text)).toEqual(['Ship on Friday.', 'We keep the weekly call.'])
  })
})

describe('front matter', () => {
  it('reads a normal YAML block', () => {
    const doc = read(
      '---\ntitle: Sync\ndate: 2023-02-01\ntags: [a, b]\nparticipants:\n  - Ann Lee\n  - TODO\ncustom: 1\n---\n# Heading\n',
    )
    expect(doc.meta).toMatchObject({
      title: 'Sync',
      date: '2023-02-01',
      tags: ['a', 'b'],
      participants: ['Ann Lee'],
      extra: { custom: 1 },
    })
  })

  it('reports invalid YAML and carries on', () => {
    const doc = read('---\ntitle: [unclosed\n---\n### Topic: A\n**Owner**: B C\n')
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['front-matter-invalid'])
    expect(doc.diagnostics[0]?.place).toEqual({ file: 'notes.md', line: 1, column: 1 })
    expect(doc.topics).toHaveLength(1)
  })
})

describe('positions', () => {
  it('gives line and column in the original file for topics, fields and values', () => {
    const text = '# R\n\n### Topic: A\n**Owner**:   Bob Ray\n**Prerequisites**\n- Other thing\n'
    const t = read(text).topics[0]
    expect(t?.place).toEqual({ file: 'notes.md', line: 3, column: 1 })
    expect(t?.fields[0]?.place).toEqual({ file: 'notes.md', line: 4, column: 1 })
    expect(t?.owners[0]?.place).toEqual({ file: 'notes.md', line: 4, column: 14 })
    expect(t?.prerequisites[0]?.place).toEqual({ file: 'notes.md', line: 6, column: 3 })
  })
})
