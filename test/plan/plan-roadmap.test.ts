import { describe, expect, it } from 'vitest'
import type { Plan } from '../../src/model/plan.js'
import { CalendarRangeError } from '../../src/plan/calendar/work-calendar.js'
import { planRoadmap } from '../../src/plan/plan-roadmap.js'
import { roadmapProblem } from '../../src/plan/roadmap-problem.js'
import { NO_SETTINGS } from '../../src/settings/read-settings.js'
import { check, seed, messageOf } from '../helpers.js'
import { violations } from '../support/feasibility.js'

const TODAY = '2026-11-26'
const planOf = (files: Record<string, string>, options: { start?: string; budget?: number; yaml?: string } = {}): Plan => {
  const { roadmap, settings } = check(files, options.yaml)
  return planRoadmap(roadmap, {
    settings: settings.plan,
    today: TODAY,
    budget: options.budget ?? 500,
    ...(options.start ? { start: options.start } : {}),
  })
}
const topic = (plan: Plan, title: string) => {
  const t = plan.topics.find((x) => x.title === title)
  if (!t) throw new Error(`no ${title}`)
  return t
}
/** Plain date arithmetic for checks, independent of the calendar code. */
const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay()

describe('the seed plan', () => {
  const { roadmap, settings } = seed()
  const plan = planRoadmap(roadmap, { settings: settings.plan, today: TODAY })

  it('plans every topic from the first working day after the meeting', () => {
    expect(plan.start).toBe('2022-08-26')
    expect(plan.topics).toHaveLength(24)
    for (const t of plan.topics) {
      expect(weekday(t.start)).not.toBe(0)
      expect(weekday(t.start)).not.toBe(6)
      expect(weekday(t.finish)).not.toBe(0)
      expect(weekday(t.finish)).not.toBe(6)
      expect(t.finish >= t.start).toBe(true)
    }
  })

  it('never overlaps Marc Rittinghaus’s three topics', () => {
    const marc = plan.topics.filter((t) => t.owners.includes('Marc Rittinghaus')).sort((a, b) => a.start.localeCompare(b.start))
    expect(marc.map((t) => t.title).sort()).toEqual(['GDB stub', 'POSIX mmap / mprotect', 'W^X Support'])
    for (let k = 1; k < marc.length; k++) expect(marc[k]!.start > marc[k - 1]!.finish).toBe(true)
  })

  it('finishes every linked prerequisite before its dependant starts', () => {
    let links = 0
    for (const t of roadmap.topics) {
      for (const p of t.prerequisites) {
        if (p.topic === null) continue
        links++
        expect(topic(plan, roadmap.topics.find((x) => x.id === p.topic)!.title).finish < topic(plan, t.title).start).toBe(true)
      }
    }
    expect(links).toBe(7)
  })

  it('marks assumed estimates, computes slack and a critical path that ends at the finish', () => {
    expect(plan.topics.filter((t) => t.assumed).map((t) => t.title)).toContain('Platform Rearchitecting')
    expect(topic(plan, 'GDB stub').assumed).toBe(false)
    const last = plan.topics.find((t) => t.id === plan.criticalPath[plan.criticalPath.length - 1])
    expect(last?.finish).toBe(plan.finish)
    expect(plan.criticalPath.every((id) => plan.topics.find((t) => t.id === id)?.critical)).toBe(true)
    expect(plan.makespanDays).toBeGreaterThanOrEqual(plan.lowerBoundDays)
  })

  it('says why each topic starts when it does', () => {
    expect(topic(plan, 'GDB stub').because).toMatch(/because both need Marc Rittinghaus|starts when the plan starts/)
    expect(topic(plan, 'Memory Randomization (ASLR)').because).toBe('starts after “Unikernel Loader” (a prerequisite)')
    expect(topic(plan, 'Driver Shim Layer').because).toBe('starts after “Baremetal” (a prerequisite)')
  })

  it('is feasible by the independent checker', () => {
    const rp = roadmapProblem(roadmap, { settings: settings.plan, today: TODAY })
    const starts = rp.activities.map((a) => plan.topics.find((t) => t.id === a.topic.id)!.startDay)
    const ends = rp.activities.map((a) => plan.topics.find((t) => t.id === a.topic.id)!.endDay)
    expect(violations(rp.spec, { starts, ends })).toEqual([])
  })
})

describe('calendar, people and settings', () => {
  const one = '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 10 days\n'

  it('counts working days only, skipping weekends and holidays', () => {
    const plan = planOf({ 'r.md': one }, { start: '2024-12-20', yaml: 'holidays: [2024-12-24..2024-12-26]\n' })
    // Fri 20, Mon 23, (Tue 24–Thu 26 off), Fri 27, Mon 30, Tue 31, Wed 1, Thu 2, Fri 3, Mon 6, Tue 7.
    expect(topic(plan, 'A')).toMatchObject({ start: '2024-12-20', finish: '2025-01-07', days: 10 })
  })

  it('stretches part-time work and skips absences', () => {
    const half = planOf({ 'r.md': one }, { start: '2024-03-04', yaml: 'people:\n  Ann Lee:\n    capacity: 50%\n' })
    expect(topic(half, 'A')).toMatchObject({ days: 20, start: '2024-03-04', finish: '2024-03-29' })
    const away = planOf(
      { 'r.md': one },
      { start: '2024-03-04', yaml: 'people:\n  Ann:\n    absences: [2024-03-06..2024-03-08]\n' },
    )
    expect(topic(away, 'A')).toMatchObject({ start: '2024-03-04', finish: '2024-03-20', days: 10 })
  })

  it('runs one topic at a time per person and limits the unassigned pool', () => {
    const two = '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 5 days\n### Topic: B\n**Owner**: Ann Lee\n**Estimate**: 5 days\n'
    const plan = planOf({ 'r.md': two }, { start: '2024-03-04' })
    expect(plan.makespanDays).toBe(10)
    const pooled = '### Topic: A\n**Estimate**: 5 days\n### Topic: B\n**Estimate**: 5 days\n### Topic: C\n**Estimate**: 5 days\n'
    expect(planOf({ 'r.md': pooled }, { start: '2024-03-04' }).makespanDays).toBe(5)
    expect(planOf({ 'r.md': pooled }, { start: '2024-03-04', yaml: 'unassigned: { capacity: 1 }\n' }).makespanDays).toBe(15)
    // A pool larger than the integers the schedulers hold is no limit (2^32 and 10^12 wrapped to 0 and below).
    for (const capacity of ['4294967296', '999999999999'])
      expect(
        planOf({ 'r.md': pooled }, { start: '2024-03-04', yaml: `unassigned: { capacity: ${capacity} }\n` }).makespanDays,
      ).toBe(5)
  })

  it('plans missing estimates with the median, or the configured default', () => {
    const notes =
      '### Topic: A\n**Owner**: X Y\n**Estimate**: 10 days\n### Topic: B\n**Owner**: Z W\n**Estimate**: 30 days\n### Topic: C\n**Owner**: Q R\n'
    expect(topic(planOf({ 'r.md': notes }), 'C')).toMatchObject({ days: 20, assumed: true })
    expect(topic(planOf({ 'r.md': notes }, { yaml: 'default-estimate: 1 week\n' }), 'C')).toMatchObject({
      days: 5,
      assumed: true,
    })
  })

  it('breaks a cycle, naming the edge it ignores', () => {
    const notes =
      '### Topic: A\n**Owner**: X Y\n**Estimate**: 1 day\n**Prerequisites**: [[B]]\n### Topic: B\n**Owner**: Z W\n**Estimate**: 1 day\n**Prerequisites**: [[A]]\n'
    const plan = planOf({ 'r.md': notes })
    expect(plan.topics).toHaveLength(2)
    expect(messageOf(plan.diagnostics.find((d) => d.ruleId === 'cycle-broken'))).toBe(
      'The plan ignores that “A” needs “B”, to break the cycle “A” → “B”.',
    )
    expect(topic(plan, 'A').finish < topic(plan, 'B').start).toBe(true)
  })

  it('uses Start dates as releases and reports missed deadlines', () => {
    const notes = '### Topic: A\n**Owner**: X Y\n**Estimate**: 10 days\n**Start**: 2024-03-11\n**Deadline**: 2024-03-15\n'
    const plan = planOf({ 'r.md': notes }, { start: '2024-03-04' })
    expect(topic(plan, 'A')).toMatchObject({ start: '2024-03-11', missesDeadline: true })
    expect(topic(plan, 'A').because).toBe('starts on its start date, 2024-03-11')
    expect(plan.diagnostics.some((d) => d.ruleId === 'deadline-missed')).toBe(true)
  })
})

describe('bad input gives a diagnostic and a partial plan', () => {
  it('a person at 0% makes their topics, and what waits for them, unschedulable', () => {
    const notes =
      '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 5 days\n### Topic: B\n**Owner**: Bo Ek\n**Estimate**: 5 days\n**Prerequisites**: A\n### Topic: C\n**Owner**: Bo Ek\n**Estimate**: 5 days\n'
    const plan = planOf({ 'r.md': notes }, { yaml: 'people:\n  Ann Lee: { capacity: 0 }\n' })
    expect(plan.topics.map((t) => t.title)).toEqual(['C'])
    expect(plan.excluded.map((e) => [e.title, e.why])).toEqual([
      ['A', 'unschedulable'],
      ['B', 'unschedulable'],
    ])
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['unavailable-person', 'unschedulable-topic']))
  })

  it('an owner away for the whole horizon makes the topic unschedulable', () => {
    const plan = planOf(
      { 'r.md': '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 5 days\n' },
      { yaml: 'people:\n  Ann Lee:\n    absences: [2000-01-01..2199-12-31]\n' },
    )
    expect(plan.topics).toEqual([])
    expect(messageOf(plan.diagnostics.find((d) => d.ruleId === 'unschedulable-topic'))).toMatch(
      /Ann Lee is away until 2199-12-31/,
    )
  })

  it('zero and absurd estimates are planned and reported; invalid settings fall back to defaults', () => {
    const notes = '### Topic: A\n**Owner**: X Y\n**Estimate**: 0 days\n### Topic: B\n**Owner**: Z W\n**Estimate**: 20 years\n'
    const plan = planOf({ 'r.md': notes }, { yaml: 'people:\n  Nobody Here: { capacity: 2 }\nbogus: 1\n' })
    expect(topic(plan, 'A').days).toBe(0)
    expect(plan.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['zero-estimate', 'long-estimate']))
  })
})

describe('large roadmaps and priorities', () => {
  it('reports a higher-priority topic waiting for a lower-priority one of the same person', () => {
    const notes =
      '### Topic: Low first\n**Owner**: Ann Lee\n**Estimate**: 5 days\n**Priority**: low\n' +
      '### Topic: High after\n**Owner**: Ann Lee\n**Estimate**: 5 days\n**Priority**: high\n**Prerequisites**: [[Other]]\n' +
      '### Topic: Other\n**Owner**: Bo Ek\n**Estimate**: 2 days\n'
    const plan = planOf({ 'r.md': notes }, { start: '2024-03-04' })
    const inversions = plan.diagnostics.filter((d) => d.ruleId === 'priority-inversion')
    expect(plan.topics.find((t) => t.title === 'High after')?.because).toMatch(/because both need Ann Lee|a prerequisite/)
    for (const d of inversions) expect(messageOf(d)).toMatch(/“High after” \(high\) waits for “Low first” \(low\)/)
  })

  it('plans 100,000 topics with a small budget, saying so', () => {
    const { roadmap } = check({ 'r.md': '### Topic: Seed\n**Owner**: Ann Lee\n**Estimate**: 1 day\n' })
    const template = roadmap.topics[0]!
    const people = Array.from({ length: 500 }, (_, k) => `Person ${k}`)
    const topics = Array.from({ length: 100_000 }, (_, i) => ({
      ...template,
      id: `t${i}`,
      title: `Topic ${i}`,
      owners: [people[i % 500]!],
      estimate: {
        kind: 'estimate' as const,
        low: 5 + (i % 10),
        high: 5 + (i % 10),
        text: '',
        parts: [],
        approximate: false,
        notes: [],
      },
      prerequisites:
        i % 20 === 0
          ? []
          : [
              {
                text: `Topic ${i - 1}`,
                topic: `t${i - 1}`,
                kind: 'linked' as const,
                via: 'name' as const,
                score: 1,
                place: template.place,
              },
            ],
    }))
    const big = {
      ...roadmap,
      topics,
      people: people.map((name) => ({ ...roadmap.people[0]!, id: name, name, spellings: [name] })),
    }
    const plan = planRoadmap(big, { settings: NO_SETTINGS.plan, today: TODAY })
    expect(plan.topics).toHaveLength(100_000)
    expect(plan.optimiser.budget).toBe(30)
    expect(messageOf(plan.diagnostics.find((d) => d.ruleId === 'small-budget'))).toBe(
      '100000 topics: planned with a budget of 30 schedules to answer quickly.',
    )
    expect(plan.makespanDays).toBeGreaterThanOrEqual(plan.lowerBoundDays)
  })
})

describe('owners written in lower case', () => {
  it('are people with one queue: two topics of `alice` do not overlap', () => {
    const note = `# Plan\n\n### Topic: One\n\n**Owner**: alice\n\n**Estimated duration**: 2 weeks\n\n### Topic: Two\n\n**Owner**: alice\n\n**Estimated duration**: 2 weeks\n`
    const plan = planOf({ 'n.md': note })
    const [one, two] = [topic(plan, 'One'), topic(plan, 'Two')]
    expect(one.owners).toEqual(['alice'])
    expect(one.finish < two.start || two.finish < one.start).toBe(true)
  })

  it('roles from the front matter’s `waymark: roles:` are not people', () => {
    const note = `---\nwaymark:\n  roles: [apprentice]\n---\n\n# Plan\n\n### Topic: One\n\n**Owner**: Apprentice Kim\n`
    const { roadmap, lint } = check({ 'n.md': note })
    expect(roadmap.people.map((p) => p.name)).toEqual([])
    expect(lint.diagnostics.some((d) => d.ruleId === 'role-not-person' && messageOf(d).includes('“apprentice”'))).toBe(true)
  })
})

describe('settings and estimates at their edges (found by the fuzz campaign)', () => {
  it('plans no unowned topic when no one may take one (`unassigned: { capacity: 0 }`), and says why', () => {
    const note = `### Topic: Unowned\n\n### Topic: Waits\n\n**Owner**: Ada Lovelace\n\n**Prerequisites**: Unowned\n\n### Topic: Owned\n\n**Owner**: Ada Lovelace\n`
    const plan = planOf({ 'n.md': note }, { yaml: 'unassigned: { capacity: 0 }\n' })
    expect(plan.topics.map((t) => t.title)).toEqual(['Owned'])
    const reasons = plan.diagnostics.filter((d) => d.ruleId === 'unschedulable-topic').map((d) => messageOf(d))
    expect(reasons).toEqual([
      '“Unowned” cannot be planned: it has no owner, and the settings let no one take unowned topics (`unassigned: { capacity: 0 }`).',
      '“Waits” cannot be planned: it needs “Unowned”, which cannot be planned.',
    ])
  })

  it('refuses a calendar whose holidays leave no working day, as an input problem', () => {
    expect(() =>
      planOf({ 'n.md': '### Topic: A\n' }, { start: '2022-09-01', yaml: 'holidays: [2022-09-01..2099-12-31]\n' }),
    ).toThrow(CalendarRangeError)
  })

  it('dates a milestone on the day its prerequisites end, never after the plan', () => {
    const note = `### Topic: Musl\n\n**Estimated duration**: 4h\n\n### Topic: Release\n\n**Prerequisites**: Musl\n\n**Estimated duration**: 0 weeks\n`
    const plan = planOf({ 'n.md': note }, { start: '2024-03-04' })
    const release = topic(plan, 'Release')
    expect(release.start).toBe(release.finish)
    expect(release.finish).toBe(topic(plan, 'Musl').finish)
    expect(release.finish <= (plan.finish as string)).toBe(true)
  })
})

describe('bottleneck people', () => {
  it('are never someone busy a sixth of the plan, even on the critical path', () => {
    const plan = planOf({
      'r.md': [
        '### Topic: Long\n**Owner**: TODO\n**Estimated duration**: 20 days\n',
        '### Topic: Short\n**Owner**: Ann Lee\n**Estimated duration**: 3 days\n**Prerequisites**: [[Long]]\n',
      ].join('\n'),
    })
    expect(topic(plan, 'Short').critical).toBe(true)
    expect(plan.people.find((p) => p.name === 'Ann Lee')?.utilization).toBeLessThan(0.5)
    expect(plan.bottlenecks).toEqual([])
  })
})
