/** The TaskJuggler export, checked by its real consumer: Debian's tj3 (installed by .ci/run). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { planRoadmap } from '../../src/plan/plan-roadmap.js'
import { roadmapProblem } from '../../src/plan/roadmap-problem.js'
import { renderTaskJuggler, tjString, TJP_REPORT } from '../../src/render/tjp/taskjuggler.js'
import { check, seed } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'waymark-tjp-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs tj3 on a project; returns the task ends it reports, by task id. */
function tj3(name: string, tjp: string): Map<string, string> {
  writeFileSync(join(dir, `${name}.tjp`), tjp)
  execFileSync('tj3', ['--no-color', '--silent', `${name}.tjp`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  const rows = readFileSync(join(dir, `${TJP_REPORT}.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
  return new Map(
    rows.map((r) => r.split(';').map((c) => c.replaceAll('"', ''))).map(([id, , end]) => [id as string, end as string]),
  )
}

const TODAY = '2026-11-26'

describe('waymark export --format tjp', () => {
  it('schedules the seed in tj3, which finishes no earlier than Waymark', () => {
    const { roadmap, settings: read } = seed()
    const settings = read.plan
    const rp = roadmapProblem(roadmap, { settings, today: TODAY })
    const ends = tj3('seed', renderTaskJuggler(rp, roadmap.meta.title ?? '', { holidays: [], workdays: [1, 2, 3, 4, 5] }))
    expect(ends.size).toBe(24)
    const plan = planRoadmap(roadmap, { settings, today: TODAY, budget: 500 })
    const tjFinish = [...ends.values()].sort().at(-1) as string
    expect(plan.finish! <= tjFinish).toBe(true)
  })

  it('carries holidays, absences, part-time work, the unassigned pool, releases and hostile titles', () => {
    const notes = [
      '### Topic: A "quoted" ${HOME} $(PATH) \\ back\\slash',
      '**Owner**: Ann Lee',
      '**Estimate**: 10 days',
      '### Topic: B',
      '**Owner**: Ann Lee',
      '**Estimate**: 5 days',
      '**Prerequisites**: [[A "quoted" ${HOME} $(PATH) \\ back\\slash]]',
      '### Topic: C',
      '**Estimate**: 3 days',
      '**Start**: 2024-03-20',
      '### Topic: D',
      '**Estimate**: 3 days',
      '### Topic: E',
      '**Estimate**: 0 days',
    ].join('\n')
    const { roadmap, settings: read } = check(
      { 'r.md': notes },
      'holidays: [2024-03-08]\nunassigned: { capacity: 1 }\npeople:\n  Ann Lee: { capacity: 50%, absences: [2024-03-13..2024-03-14] }\n',
    )
    const settings = read.plan
    const rp = roadmapProblem(roadmap, { settings, today: TODAY, start: '2024-03-04' })
    const tjp = renderTaskJuggler(rp, 'Hostile "title" ${X}', {
      holidays: [{ from: '2024-03-08', to: '2024-03-08' }],
      workdays: [1, 2, 3, 4, 5],
    })
    const ends = tj3('hostile', tjp)
    expect(ends.size).toBe(5)
    const plan = planRoadmap(roadmap, { settings, today: TODAY, start: '2024-03-04', budget: 500 })
    // A: 20 working days (50%), Mon 4 … skipping Fri 8 and Wed 13–Thu 14 → ends Wed 2024-04-03.
    expect(plan.topics.find((t) => t.title.startsWith('A'))?.finish).toBe('2024-04-03')
    const tjFinish = [...ends.values()].sort().at(-1) as string
    expect(plan.finish! <= tjFinish).toBe(true)
  })

  it('keeps the last day of a holiday range off (tj3 ends intervals before their end date)', () => {
    const { roadmap, settings: read } = check(
      { 'r.md': '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 3 days\n' },
      'holidays: [2024-03-07..2024-03-08]\n',
    )
    const rp = roadmapProblem(roadmap, { settings: read.plan, today: TODAY, start: '2024-03-06' })
    const tjp = renderTaskJuggler(rp, 'Holidays', { holidays: read.plan.holidays, workdays: [1, 2, 3, 4, 5] })
    expect(tjp).toContain('leaves holiday "Holiday" 2024-03-07 - 2024-03-09')
    const plan = planRoadmap(roadmap, { settings: read.plan, today: TODAY, start: '2024-03-06', budget: 50 })
    // Wed 6, then Mon 11 and Tue 12: Thu 7 and Fri 8 are off, in Waymark and in tj3.
    expect(plan.finish).toBe('2024-03-12')
    expect([...tj3('holidays', tjp).values()][0]).toMatch(/^2024-03-1[23]/)
  })

  it('escapes strings so that tj3 expands no macro', () => {
    expect(tjString('a "b" \\ ${c} $(d)\nnext')).toBe('"a \\"b\\" \\\\ $\u200b{c} $\u200b(d) next"')
  })
})
