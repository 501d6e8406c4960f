/**
 * Co-owners, roles and capacities: a co-owner never makes a topic longer or the roadmap
 * later (their capacities add up, capped at full time); `estimates: effort` shares the
 * work among the owners; roles are placeholders planned in their own pool or with the
 * unowned topics; `people-default` gives everyone not listed a capacity.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Plan } from '../../src/model/plan.js'
import { planRoadmap } from '../../src/plan/plan-roadmap.js'
import { roadmapProblem } from '../../src/plan/roadmap-problem.js'
import { check } from '../helpers.js'
import { violations } from '../support/feasibility.js'

const TODAY = '2026-12-04'
const PEOPLE = ['Ann Lee', 'Bo Chen', 'Cy Diaz']
const NEWCOMER = 'Zed Young'

interface Spec {
  readonly topics: readonly { owners: number[]; days: number; after: number | null }[]
  readonly capacities: readonly number[]
}

const specs = (): fc.Arbitrary<Spec> =>
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({
      topics: fc.array(
        fc.record({
          owners: fc.subarray([0, 1, 2], { minLength: 1, maxLength: 2 }),
          days: fc.integer({ min: 1, max: 15 }),
          after: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
        }),
        { minLength: n, maxLength: n },
      ),
      capacities: fc.array(fc.constantFrom(0.2, 0.5, 1), { minLength: 3, maxLength: 3 }),
    }),
  )

/** The note of a spec, with the newcomer as a co-owner of topic `with` (if any). */
function noteOf(spec: Spec, withCoOwner: number | null): { text: string; yaml: string } {
  const text = [
    '# Roadmap\n',
    ...spec.topics.map((t, i) => {
      const owners = t.owners.map((k) => PEOPLE[k] as string)
      if (i === withCoOwner) owners.push(NEWCOMER)
      const pre = t.after !== null && t.after < i ? `**Prerequisites**: T${t.after}\n` : ''
      return `### Topic: T${i}\n**Owner**: ${owners.join(', ')}\n**Estimated duration**: ${t.days} days\n${pre}`
    }),
  ].join('\n')
  const yaml = `start: 2027-01-04\npeople:\n${PEOPLE.map((p, k) => `  ${p}: { capacity: ${spec.capacities[k]} }`).join('\n')}\n  ${NEWCOMER}: { capacity: 0.2 }\n`
  return { text, yaml }
}

const planned = (text: string, yaml: string, budget = 2000): Plan => {
  const { roadmap, settings } = check({ 'r.md': text }, yaml)
  return planRoadmap(roadmap, { settings: settings.plan, today: TODAY, budget })
}

describe('co-owners', () => {
  it('never make a topic longer, nor the roadmap later (random roadmaps)', () => {
    fc.assert(
      fc.property(specs(), fc.nat(), (spec, pick) => {
        const k = pick % spec.topics.length
        const before = noteOf(spec, null)
        const after = noteOf(spec, k)
        const days = (n: { text: string; yaml: string }) => {
          const { roadmap, settings } = check({ 'r.md': n.text }, n.yaml)
          return roadmapProblem(roadmap, { settings: settings.plan, today: TODAY }).activities.map((a) => a.days)
        }
        const d0 = days(before)
        const d1 = days(after)
        expect(d1[k]).toBeLessThanOrEqual(d0[k] as number)
        d1.forEach((d, j) => j !== k && expect(d).toBe(d0[j]))
        // The newcomer has no other topic and no absence: the roadmap is never later.
        expect(planned(after.text, after.yaml).makespanDays).toBeLessThanOrEqual(planned(before.text, before.yaml).makespanDays)
      }),
      { numRuns: 60 },
    )
  })

  it('add their paces: a part-timer joining a part-timer halves the span, never past full time', () => {
    const yaml =
      'start: 2027-01-04\npeople:\n  Ann Lee: { capacity: 50% }\n  Bo Chen: { capacity: 50% }\n  Cy Diaz: { capacity: 100% }\n'
    const days = (owners: string) =>
      planned(`### Topic: A\n**Owner**: ${owners}\n**Estimated duration**: 10 days\n`, yaml).topics[0]?.days
    expect(days('Ann Lee')).toBe(20)
    expect(days('Ann Lee, Bo Chen')).toBe(10)
    expect(days('Cy Diaz + Ann Lee')).toBe(10)
    expect(days('Ann Lee (co-owner Bo Chen)')).toBe(10)
  })

  it('share the work with `estimates: effort`', () => {
    const yaml = 'start: 2027-01-04\nestimates: effort\npeople:\n  Ann Lee: { capacity: 50% }\n'
    const days = (owners: string) =>
      planned(`### Topic: A\n**Owner**: ${owners}\n**Estimated duration**: 20 days\n`, yaml).topics[0]?.days
    expect(days('Bo Chen')).toBe(20)
    expect(days('Bo Chen, Cy Diaz')).toBe(10)
    expect(days('Ann Lee, Bo Chen')).toBe(14) // 20 person-days at 1.5 people
  })
})

describe('people-default', () => {
  it('gives everyone the settings do not list a capacity', () => {
    const yaml = 'start: 2027-01-04\npeople-default: { capacity: 50% }\npeople:\n  Ann Lee: { capacity: 100% }\n'
    const plan = planned(
      '### Topic: A\n**Owner**: Ann Lee\n**Estimated duration**: 10 days\n\n### Topic: B\n**Owner**: Bo Chen\n**Estimated duration**: 10 days\n',
      yaml,
    )
    expect(plan.topics.map((t) => t.days)).toEqual([10, 20])
  })
})

describe('roles', () => {
  const note = [
    '# Roadmap\n',
    '### Topic: Parser\n**Owner**: GSoC student (TBD)\n**Estimated duration**: 10 days\n',
    '### Topic: Lexer\n**Owner**: GSoC student\n**Estimated duration**: 10 days\n',
    '### Topic: Docs\n**Owner**: TODO\n**Estimated duration**: 10 days\n',
  ].join('\n')

  it('are unowned topics, planned with the unowned ones by default', () => {
    const plan = planned(note, 'start: 2027-01-04\n')
    expect(plan.topics.map((t) => t.unowned)).toEqual([true, true, true])
    expect(plan.ownerGap.topics).toEqual(['parser', 'lexer', 'docs'])
    // Each finds someone when it can start: all three at once.
    expect(plan.topics.map((t) => t.start)).toEqual(['2027-01-04', '2027-01-04', '2027-01-04'])
    expect(plan.ownerGap.peakAtOnce).toBe(3)
  })

  it("are planned in the role's own pool when the settings give it one", () => {
    const yaml = 'start: 2027-01-04\nroles:\n  GSoC student: { capacity: 1 }\nunassigned: { capacity: 5 }\n'
    const { roadmap, settings } = check({ 'r.md': note }, yaml)
    const plan = planRoadmap(roadmap, { settings: settings.plan, today: TODAY, budget: 500 })
    const byTitle = new Map(plan.topics.map((t) => [t.title, t]))
    // One student: Parser and Lexer one after the other; Docs in the unassigned pool beside them.
    expect([byTitle.get('Parser')?.startDay, byTitle.get('Lexer')?.startDay].sort()).toEqual([0, 10])
    expect(byTitle.get('Docs')?.startDay).toBe(0)
    const waiting = plan.topics.find((t) => t.startDay === 10)
    expect(waiting?.because).toMatch(/to free one of 1 places of the role “GSoC student”/)
    const rp = roadmapProblem(roadmap, { settings: settings.plan, today: TODAY })
    expect(rp.resources.filter((r) => r.kind === 'pool').map((r) => [r.name, r.capacity])).toEqual([
      ['GSoC student', 1],
      ['unassigned', 3],
    ])
  })

  it('with no places in their pool are reported, never an internal error', () => {
    const yaml = 'start: 2027-01-04\nroles:\n  GSoC student: { capacity: 0 }\n'
    const { roadmap, settings } = check({ 'r.md': note }, yaml)
    const plan = planRoadmap(roadmap, { settings: settings.plan, today: TODAY, budget: 500 })
    expect(plan.topics.map((t) => t.title)).toEqual(['Docs'])
    const found = plan.diagnostics.filter((d) => d.ruleId === 'unschedulable-topic').map((d) => d.params)
    expect(found).toHaveLength(2)
    expect(JSON.stringify(found[0])).toContain('whose pool has no places')
  })

  it('keep plans feasible', () => {
    const yaml = 'start: 2027-01-04\nroles:\n  GSoC student: { capacity: 1 }\n'
    const { roadmap, settings } = check({ 'r.md': note }, yaml)
    const rp = roadmapProblem(roadmap, { settings: settings.plan, today: TODAY })
    const plan = planRoadmap(roadmap, { settings: settings.plan, today: TODAY, budget: 500 })
    expect(violations(rp.spec, { starts: plan.topics.map((t) => t.startDay), ends: plan.topics.map((t) => t.endDay) })).toEqual(
      [],
    )
  })
})
