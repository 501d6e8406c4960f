/**
 * `diff` names each move's cause: the topic's own edit, a prerequisite or a shared person
 * that moved, a settings change, and only when nothing else explains it a re-optimisation.
 * The newer version is planned against the older (as `diff` does).
 */
import { describe, expect, it } from 'vitest'
import { diffRoadmaps } from '../../src/compare/roadmap-diff.js'
import { roadmapVersion } from '../../src/pipeline/roadmap-version.js'
import { renderDiff } from '../../src/render/terminal/diff-report.js'
import { PLAIN } from '../../src/render/terminal/style.js'

const TODAY = '2026-12-04'
const topic = (title: string, owner: string, days: number, pre?: string): string =>
  `### Topic: ${title}\n**Owner**: ${owner}\n**Estimated duration**: ${days} days\n${pre ? `**Prerequisites**: ${pre}\n` : ''}`
const note = (...topics: string[]): string => ['---\nwaymark:\n  start: 2027-01-04\n---\n# R\n', ...topics].join('\n')

async function diffOf(a: string, b: string, yamlA?: string, yamlB?: string) {
  const settingsFile = (yaml?: string) => (yaml === undefined ? null : { file: 'waymark.yaml', text: yaml })
  const before = await roadmapVersion(
    { label: 'old', sources: [{ file: 'r.md', text: a }], settingsFile: settingsFile(yamlA) },
    { today: TODAY, samples: 50 },
  )
  const after = await roadmapVersion(
    { label: 'new', sources: [{ file: 'r.md', text: b }], settingsFile: settingsFile(yamlB) },
    { today: TODAY, samples: 50, baseline: before.planned },
  )
  return diffRoadmaps(before.version, after.version)
}
const causeOf = (diff: Awaited<ReturnType<typeof diffOf>>, title: string) => diff.changed.find((c) => c.title === title)?.cause

describe('move causes', () => {
  it('are the own edit, then the prerequisite that moved', async () => {
    const diff = await diffOf(
      note(topic('A', 'Ann Lee', 10), topic('B', 'Bo Chen', 5, 'A')),
      note(topic('A', 'Ann Lee', 15), topic('B', 'Bo Chen', 5, 'A')),
    )
    expect(causeOf(diff, 'A')).toEqual({ kind: 'edit' })
    expect(causeOf(diff, 'B')).toEqual({ kind: 'prerequisite', topic: 'A' })
    expect(renderDiff(diff, PLAIN)).toContain('  B — finish +7 days, P85 +11 days, because its prerequisite “A” moved')
  })

  it('are a topic sharing a person', async () => {
    const diff = await diffOf(
      note(topic('A', 'Ann Lee', 10), topic('B', 'Ann Lee', 5, 'A')),
      note(topic('A', 'Ann Lee', 10), topic('Z', 'Ann Lee', 0), topic('B', 'Ann Lee', 5, 'A')),
    )
    // Z is a milestone: nothing moves. Lengthen A's queue-mate instead.
    expect(diff.changed).toEqual([])
    const queued = await diffOf(
      note(topic('A', 'Ann Lee', 10), topic('C', 'Ann Lee', 15)),
      note(topic('A', 'Ann Lee', 12), topic('C', 'Ann Lee', 15)),
    )
    // The shorter goes first: C waited for A in the old plan, and waits two days more.
    expect(causeOf(queued, 'C')).toEqual({ kind: 'person', topic: 'A', person: 'Ann Lee' })
  })

  it('are a settings change, listed as such', async () => {
    const text = note(topic('A', 'Ann Lee', 10))
    const diff = await diffOf(text, text, 'people:\n  Ann Lee: { capacity: 100% }\n', 'people:\n  Ann Lee: { capacity: 50% }\n')
    expect(diff.settings).toEqual([{ key: 'people.Ann Lee.capacity', before: '1', after: '0.5' }])
    expect(causeOf(diff, 'A')).toEqual({ kind: 'settings', keys: ['people.Ann Lee.capacity'] })
    const text2 = renderDiff(diff, PLAIN)
    expect(text2).toContain('Settings changed (1):\n  people.Ann Lee.capacity: 1 → 0.5')
    expect(text2).toContain('because the settings changed (people.Ann Lee.capacity)')
  })
})
