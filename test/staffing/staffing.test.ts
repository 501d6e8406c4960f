/**
 * Staffing on the seed and on small roadmaps: the finish for 0, 1, 2, … more people, the
 * fewest that meet the deadline at P85 (exactly: one fewer misses), what blocks it when
 * no number does, and the forecast's own P85 for the plan as it stands.
 */
import { describe, expect, it } from 'vitest'
import { forecast } from '../../src/pipeline/forecast.js'
import { plan } from '../../src/pipeline/plan.js'
import { STAFFING_CONFIDENCE, staffing } from '../../src/pipeline/staffing.js'
import { check, seed } from '../helpers.js'

const TODAY = '2026-12-04'
const SAMPLES = 300

describe('staffing on the seed', () => {
  const planned = plan(seed(), { today: TODAY })

  it('plans 0, 1, 2, … more people until more stop helping, and finds the fewest for the 2023-12-31 window', async () => {
    const own = await forecast(planned, { samples: SAMPLES })
    const s = await staffing(planned, { today: TODAY, samples: SAMPLES })
    expect(s.deadline).toBe('2023-12-31')
    expect(s.unowned).toHaveLength(19)
    expect(s.unowned).toEqual(planned.plan.ownerGap.topics)
    // Nobody new: the unowned topics never run.
    expect(s.options[0]).toMatchObject({ extra: 0, finish: null, p85: null, deadlineChance: 0 })
    const extras = s.options.map((o) => o.extra)
    expect(extras).toEqual([...extras].sort((a, b) => a - b))
    expect(extras.slice(0, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    // The last option tried plans as short as an owner for every topic.
    expect(s.options.at(-1)?.finish).toBe(planned.plan.finish)
    // The plan as it stands is the forecast's own figures: one P85 for one version.
    expect(s.asPlanned).toMatchObject({ finish: planned.plan.finish, p50: own.finish.p50, p85: own.finish.p85 })
    expect(s.asPlanned.extra).toBe(planned.plan.ownerGap.peakAtOnce)
    const k = s.smallestForDeadline
    expect(k).not.toBeNull()
    const chance = (extra: number): number => s.options.find((o) => o.extra === extra)?.deadlineChance ?? -1
    expect(chance(k as number)).toBeGreaterThanOrEqual(STAFFING_CONFIDENCE)
    expect(chance((k as number) - 1)).toBeLessThan(STAFFING_CONFIDENCE)
    expect(s.blockedBy).toBeNull()
  })

  it('gives every unowned topic ranked owner suggestions with reasons', async () => {
    const s = await staffing(planned, { today: TODAY, samples: 50, most: 2 })
    expect(s.suggestions.map((x) => x.topic)).toEqual(s.unowned)
    for (const suggestion of s.suggestions) {
      expect(suggestion.candidates.length).toBeGreaterThan(0)
      for (const c of suggestion.candidates) expect(c.reasons.length).toBeGreaterThan(0)
    }
    const aslr = s.suggestions.find((x) => x.topic === 'memory-randomization-aslr')
    expect(aslr?.candidates[0]).toMatchObject({ person: 'Marc Rittinghaus' })
    expect(aslr?.candidates[0]?.reasons[0]).toBe('is its tech lead')
    // The discussion names the SMP team ("SMP on ARM (Michalis lead, Rene, Răzvan on team)").
    const smp = s.suggestions.find((x) => x.topic === 'smp-safe-unikraft-core')
    expect(smp?.candidates.map((c) => c.person)).toEqual(expect.arrayContaining(['Michalis Pappas', 'Rene']))
  })
})

describe('staffing', () => {
  /** A note of topics, each `[title, owner, weeks, prerequisite]`. */
  const note = (deadline: string, topics: readonly [string, string, number, string?][]): string =>
    [
      `---\nwaymark:\n  start: 2027-01-04\n  deadline: ${deadline}\n---\n# Roadmap\n`,
      ...topics.map(
        ([title, owner, weeks, pre]) =>
          `### Topic: ${title}\n**Owner**: ${owner}\n**Estimated duration**: ${weeks} weeks\n${pre ? `**Prerequisites**: ${pre}\n` : ''}`,
      ),
    ].join('\n')

  it('says no number meets a deadline a chain of topics cannot, and names the chain', async () => {
    const text = note('2027-02-01', [
      ['Design', 'TODO', 4],
      ['Build', 'TODO', 4, 'Design'],
      ['Docs', 'TODO', 1],
    ])
    const planned = plan(check({ 'n.md': text }), { today: TODAY })
    const s = await staffing(planned, { today: TODAY, samples: 100 })
    expect(s.smallestForDeadline).toBeNull()
    expect(s.blockedBy?.topics).toEqual(['design', 'build'])
    expect(s.blockedBy?.text).toContain('“Design” → “Build”')
    // Two at once is all this roadmap can use: more stop helping.
    expect(s.options.map((o) => o.extra)).toEqual([0, 1, 2])
  })

  it('names the person whose queue no newcomer can shorten', async () => {
    const text = note('2027-03-01', [
      ['A', 'Ann Lee', 6],
      ['B', 'Ann Lee', 6],
      ['C', 'TODO', 1],
    ])
    const s = await staffing(plan(check({ 'n.md': text }), { today: TODAY }), { today: TODAY, samples: 100 })
    expect(s.smallestForDeadline).toBeNull()
    expect(s.blockedBy?.people).toEqual(['Ann Lee'])
  })

  it('needs nobody when every topic has an owner', async () => {
    const text = note('2027-12-31', [['A', 'Ann Lee', 2]])
    const s = await staffing(plan(check({ 'n.md': text }), { today: TODAY }), { today: TODAY, samples: 100 })
    expect(s.unowned).toEqual([])
    expect(s.options).toHaveLength(1)
    expect(s.options[0]).toMatchObject({ extra: 0, finish: '2027-01-15' })
    expect(s.smallestForDeadline).toBe(0)
  })
})

describe("an option's finish-only forecast", () => {
  it('has the full forecast’s finish and deadline chance, and no topic figures', async () => {
    const planned = plan(seed(), { today: TODAY })
    const full = await forecast(planned, { samples: SAMPLES })
    const finish = await forecast(planned, { samples: SAMPLES, finishOnly: true })
    expect(finish.finish).toEqual(full.finish)
    expect(finish.deadline).toEqual(full.deadline)
    expect(finish.histogram).toEqual(full.histogram)
    expect(finish.topics).toEqual([])
    expect(finish.drivers).toEqual([])
  })
})
