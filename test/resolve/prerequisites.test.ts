import { describe, expect, it } from 'vitest'
import { check, messageOf } from '../helpers.js'

const roadmap = (body: string) => check({ 'r.md': body })
const linksOf = (body: string) =>
  roadmap(body).roadmap.topics.flatMap((t) => t.prerequisites.map((p) => `${t.id} <- ${p.topic ?? `external: ${p.text}`}`))

const topics = (...titles: string[]) => titles.map((t) => `### Topic: ${t}\n**Owner**: A B\n`).join('\n')

describe('prerequisite links', () => {
  it('links names, abbreviations, plural forms, related spellings, acronyms and qualifiers', () => {
    const body = `${topics('Storage Rearchitecture', 'Network Drivers', 'Telemetry Pipeline (Internal)', 'Secure Boot (SB)', 'Cluster Loader')}
### Topic: Consumer
**Owner**: A B
**Prerequisites**
- storage rearch
- Network Driver
- Telemetry Pipeline
- SB
- Clustering Loader
`
    expect(linksOf(body)).toEqual([
      'consumer <- storage-rearchitecture',
      'consumer <- network-drivers',
      'consumer <- telemetry-pipeline-internal',
      'consumer <- secure-boot-sb',
      'consumer <- cluster-loader',
    ])
  })

  it('keeps sentences that merely share a word external', () => {
    const body = `${topics('Network Drivers', 'Unit Tests for Libraries')}
### Topic: Consumer
**Owner**: A B
**Prerequisites**
- Requires a second network card on the test machine
- Iteration of shared libraries, and ability to pull them from environment
`
    expect(linksOf(body)).toEqual([
      'consumer <- external: Requires a second network card on the test machine',
      'consumer <- external: Iteration of shared libraries, and ability to pull them from environment',
    ])
  })

  it('links explicit [[wiki]] and #anchor links, and reports broken ones as errors', () => {
    const body = `${topics('Alpha Work', 'Beta Work')}
### Topic: Consumer
**Owner**: A B
**Prerequisites**
- [[Alpha Work]]
- see [the beta topic](#beta-work)
- [[Gamma Work]]
- discuss in #general
`
    const { roadmap: r, lint } = roadmap(body)
    expect(r.topics[2]?.prerequisites.map((p) => [p.topic, p.via, p.kind])).toEqual([
      ['alpha-work', 'explicit', 'linked'],
      ['beta-work', 'explicit', 'linked'],
      [null, null, 'external'], // the broken link stays visible as external
      [null, null, 'external'], // a hashtag naming no topic is just text
    ])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'broken-link').map((d) => d.severity)).toEqual(['error'])
  })

  it('counts a link repeated in one item once: one prerequisite per topic, one external and one error per broken target', () => {
    const body = `${topics('Alpha Work')}
### Topic: Consumer
**Owner**: A B
**Prerequisites**
- ${'[[Alpha Work]] [[Gamma Work]] [[Delta Work]] '.repeat(50)}
`
    const { roadmap: r, lint } = roadmap(body)
    expect(r.topics[1]?.prerequisites.map((p) => [p.topic, p.kind])).toEqual([
      ['alpha-work', 'linked'],
      [null, 'external'],
    ])
    expect(
      lint.diagnostics
        .filter((d) => d.ruleId === 'broken-link')
        .map((d) => messageOf(d).includes('Gamma') || messageOf(d).includes('Delta')),
    ).toEqual([true, true])
  })

  it('does not link an ambiguous name, and says which topics it could be', () => {
    const body = `${topics('Driver Framework ARM', 'Driver Framework x86')}
### Topic: Consumer
**Owner**: A B
**Prerequisites**
- Driver Framework
`
    const { roadmap: r, lint } = roadmap(body)
    expect(r.topics[2]?.prerequisites[0]?.kind).toBe('external')
    const d = lint.diagnostics.find((x) => x.ruleId === 'unresolved-prerequisite')
    expect(messageOf(d)).toContain('could be')
  })

  it('links every part of a list of topic names', () => {
    expect(linksOf(`${topics('Alpha Work', 'Beta Work')}\n### Topic: C\n**Depends on**: Alpha Work and Beta Work\n`)).toEqual([
      'c <- alpha-work',
      'c <- beta-work',
    ])
  })

  it('reports prerequisite cycles, self-links included', () => {
    const body = `### Topic: A1\n**Prerequisites**: [[B1]]\n### Topic: B1\n**Prerequisites**: [[A1]]\n### Topic: C1\n**Prerequisites**: [[C1]]\n`
    const cycles = roadmap(body).lint.diagnostics.filter((d) => d.ruleId === 'dependency-cycle')
    expect(cycles.map((d) => messageOf(d))).toEqual([
      'Prerequisites form a cycle: “A1” → “B1” → “A1”.',
      '“C1” is its own prerequisite.',
    ])
    expect(cycles.every((d) => d.severity === 'error')).toBe(true)
  })

  it('reports a topic whose prerequisite is its own title as its own prerequisite, not as external', () => {
    const body = `### Topic: Memory Randomization\n**Prerequisites**:\n- Memory Randomization\n`
    const { lint, roadmap: r } = roadmap(body)
    expect(lint.diagnostics.filter((d) => d.ruleId === 'dependency-cycle').map((d) => messageOf(d))).toEqual([
      '“Memory Randomization” is its own prerequisite.',
    ])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'external-prerequisite')).toEqual([])
    expect(r.topics[0]?.prerequisites).toEqual([])
  })

  it('places a relation found in a table or on a later line at the words themselves', () => {
    const body = `${topics('Storage Rearchitecture')}
### Topic: Consumer
**Owner**: A B
**Notes**

| area | depends on |
|---|---|
| disks | the storage rearch work |
`
    const [relation] = roadmap(body).roadmap.relations
    const line = body.split('\n')[(relation?.place.line ?? 0) - 1] ?? ''
    expect(line.slice((relation?.place.column ?? 0) - 1)).toMatch(/^storage rearch/)
  })

  it('suggests relations for topics named in prose, but not for hard links or across sentences', () => {
    const body = `${topics('Storage Rearchitecture', 'Crash Reporting')}
### Topic: Consumer
**Owner**: A B
**Rationale**
This is tied to the storage rearch work. It crashes. Reporting is later.
**Prerequisites**
- Crash Reporting
`
    const r = roadmap(body).roadmap
    expect(r.relations.map((x) => [x.from, x.to, x.text])).toEqual([['consumer', 'storage-rearchitecture', 'storage rearch']])
  })

  it('reports duplicate topics and keeps both under distinct ids', () => {
    const { roadmap: r, lint } = check({ 'a.md': topics('Same Title'), 'b.md': topics('Same Title') })
    expect(r.topics.map((t) => t.id)).toEqual(['same-title', 'same-title-2'])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'duplicate-topic').map((d) => d.place?.file)).toEqual(['b.md'])
  })
})
