/**
 * Plans that stay put: a re-plan against the previous plan keeps what the edit does not
 * force to move. An edit to a topic nothing depends on, whose people have no other topic,
 * moves no other topic — unless re-optimising shortens the roadmap by more than the
 * tolerance, which the plan then says.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plan } from '../../src/pipeline/plan.js'
import { STABILITY_TOLERANCE } from '../../src/plan/plan-roadmap.js'
import { check, cli, MemoryFileSystem } from '../helpers.js'

const TODAY = '2026-12-04'
const PEOPLE = ['Ann Lee', 'Bo Chen', 'Cy Diaz', 'Di Eng', 'Ed Fox']

interface TopicSpec {
  readonly owner: number | null
  readonly days: number
  readonly after: number | null
}

const roadmaps = (): fc.Arbitrary<TopicSpec[]> =>
  fc.integer({ min: 3, max: 10 }).chain((n) =>
    fc.array(
      fc.record({
        owner: fc.option(fc.integer({ min: 0, max: PEOPLE.length - 1 }), { nil: null, freq: 4 }),
        days: fc.integer({ min: 1, max: 30 }),
        after: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
      }),
      { minLength: n, maxLength: n },
    ),
  )

const noteOf = (topics: readonly TopicSpec[]): string =>
  [
    '---\nwaymark:\n  start: 2027-01-04\n---\n# Roadmap\n',
    ...topics.map((t, i) => {
      const pre = t.after !== null && t.after < i ? `**Prerequisites**: T${t.after}\n` : ''
      return `### Topic: T${i}\n**Owner**: ${t.owner === null ? 'TODO' : PEOPLE[t.owner]}\n**Estimated duration**: ${t.days} days\n${pre}`
    }),
  ].join('\n')

describe('stable re-plans', () => {
  it('move no other topic for an edit to a topic nothing depends on and that shares no person', () => {
    fc.assert(
      fc.property(roadmaps(), fc.nat(), fc.integer({ min: 1, max: 40 }), (topics, pick, days) => {
        const free = topics
          .map((t, i) => ({ t, i }))
          .filter(
            ({ t, i }) =>
              !topics.some((o, j) => j > i && o.after === i) &&
              (t.owner === null || !topics.some((o, j) => j !== i && o.owner === t.owner)),
          )
        fc.pre(free.length > 0)
        const k = (free[pick % free.length] as { i: number }).i
        const edited = topics.map((t, i) => (i === k ? { ...t, days } : t))
        const before = plan(check({ 'r.md': noteOf(topics) }), { today: TODAY, budget: 800 })
        const after = plan(check({ 'r.md': noteOf(edited) }), { today: TODAY, budget: 800, baseline: before })
        const moved = after.plan.topics.filter(
          (t) => t.id !== `t${k}` && t.start !== before.plan.topics.find((b) => b.id === t.id)?.start,
        )
        if (after.plan.baseline?.reoptimised) {
          const kept = after.plan.baseline.keptMakespanDays
          expect(after.plan.makespanDays + Math.floor(after.plan.makespanDays * STABILITY_TOLERANCE)).toBeLessThan(kept)
        } else expect(moved.map((t) => t.id)).toEqual([])
      }),
      { numRuns: 80 },
    )
  })

  it('keep an unchanged roadmap exactly, and say nothing was re-optimised', () => {
    const text = noteOf([
      { owner: 0, days: 10, after: null },
      { owner: 0, days: 5, after: null },
      { owner: 1, days: 8, after: 0 },
      { owner: null, days: 12, after: null },
    ])
    const before = plan(check({ 'r.md': text }), { today: TODAY })
    const again = plan(check({ 'r.md': text }), { today: TODAY, seed: 7, baseline: before })
    expect(again.plan.topics.map((t) => t.start)).toEqual(before.plan.topics.map((t) => t.start))
    expect(again.plan.baseline).toEqual({ keptMakespanDays: before.plan.makespanDays, reoptimised: false, moved: 0 })
  })

  it('follow a renamed topic to its baseline start', () => {
    const one =
      '# R\n### Topic: Parser rewrite\n**Owner**: Ann Lee\n**Estimated duration**: 10 days\n### Topic: Docs\n**Owner**: Ann Lee\n**Estimated duration**: 5 days\n'
    const before = plan(check({ 'r.md': one }), { today: TODAY, start: '2027-01-04' })
    const renamed = one.replace('Parser rewrite', 'Parser rewrite (v2)')
    const after = plan(check({ 'r.md': renamed }), { today: TODAY, start: '2027-01-04', baseline: before })
    const startOf = (p: typeof before, title: string) => p.plan.topics.find((t) => t.title.startsWith(title))?.start
    expect(startOf(after, 'Parser')).toBe(startOf(before, 'Parser'))
    expect(startOf(after, 'Docs')).toBe(startOf(before, 'Docs'))
  })
})

describe('plan --baseline', () => {
  it('plans against another file and says how much moved', async () => {
    const old = noteOf([
      { owner: 0, days: 10, after: null },
      { owner: 0, days: 15, after: null },
      { owner: 1, days: 8, after: 0 },
    ])
    const edited = old.replace('**Estimated duration**: 8 days', '**Estimated duration**: 9 days')
    const fs = new MemoryFileSystem({ 'old.md': old, 'new.md': edited })
    const { code, stdout } = await cli(['plan', 'new.md', '--baseline', 'old.md'], fs)
    expect(code).toBe(0)
    expect(stdout).toContain("Baseline: the baseline's order is kept; 0 topics start on another day than in the baseline.")
    const json = JSON.parse((await cli(['plan', 'new.md', '--baseline', 'old.md', '--json'], fs)).stdout)
    expect(json.baseline).toEqual({ keptMakespanDays: expect.any(Number), reoptimised: false, moved: 0 })
  })

  it('says so when the baseline cannot be read', async () => {
    const fs = new MemoryFileSystem({ 'new.md': noteOf([{ owner: 0, days: 3, after: null }]) })
    const { code, stderr } = await cli(['plan', 'new.md', '--baseline', 'HEAD~1'], fs)
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
