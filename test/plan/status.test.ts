/** Status and progress: `Started` and `Done` dates, work in progress keeping its start, late topics as of a day. */
import { describe, expect, it } from 'vitest'
import { renderGantt } from '../../src/render/mermaid/gantt.js'
import { planRoadmap } from '../../src/plan/plan-roadmap.js'
import { plan as planChecked } from '../../src/pipeline/plan.js'
import { roadmapView } from '../../src/pipeline/roadmap-view.js'
import { check, messageOf } from '../helpers.js'

const note = (topics: string): string => `---\ntitle: Status test\ndate: 2024-01-05\n---\n\n${topics}`
const topic = (title: string, fields: Record<string, string>): string =>
  `### Topic: ${title}\n\n${Object.entries(fields)
    .map(([k, v]) => `**${k}**: ${v}\n\n`)
    .join('')}---\n\n`

const plan = (text: string, asOf: string) =>
  planRoadmap(check({ 'n.md': text }).roadmap, { settings: { holidays: [], people: {} }, today: '2030-01-01', asOf })

describe('status fields', () => {
  it('reads Started and Done dates, and what they say of the status', () => {
    const { roadmap } = check({
      'n.md': note(
        topic('Finished', { Owner: 'Ana Lima', Estimate: '2 weeks', Done: '2024-01-03' }) +
          topic('Begun', { Owner: 'Bo Chen', Estimate: '4 weeks', Started: '2023-12-11' }) +
          topic('Both', { Owner: 'Bo Chen', Estimate: '1 week', Status: 'in progress (50%)', 'Started on': '2023-12-20' }),
      ),
    })
    const [finished, begun, both] = roadmap.topics
    expect(finished).toMatchObject({ finished: '2024-01-03', status: { state: 'done', progress: 1 } })
    expect(begun).toMatchObject({ started: '2023-12-11', status: { state: 'in-progress', progress: null } })
    expect(both).toMatchObject({ started: '2023-12-20', status: { state: 'in-progress', progress: 0.5 } })
  })

  it('reports a Started date that is not a date', () => {
    const { lint } = check({ 'n.md': note(topic('Odd', { Owner: 'Ana Lima', Started: 'last spring' })) })
    expect(messageOf(lint.diagnostics.find((d) => d.ruleId === 'not-a-date'))).toContain('last spring')
  })
})

describe('work in progress and late topics', () => {
  const text = note(
    topic('Done already', { Owner: 'Ana Lima', Estimate: '2 weeks', Status: 'done' }) +
      topic('Under way', { Owner: 'Ana Lima', Estimate: '4 weeks', Status: 'in progress (50%)', Started: '2023-12-04' }) +
      topic('Next', { Owner: 'Ana Lima', Estimate: '1 week', Prerequisites: '[[Under way]]' }) +
      topic('Later', { Owner: 'Bo Chen', Estimate: '1 week', Start: '2024-03-04' }),
  )

  it('plans only the remaining work, and the chart draws the bar from its start', () => {
    const p = plan(text, '2024-01-08')
    const underWay = p.topics.find((t) => t.title === 'Under way')
    expect(underWay).toMatchObject({ start: '2024-01-08', started: '2023-12-04', days: 10, source: 'remaining' })
    expect(p.excluded).toEqual([{ id: 'done-already', title: 'Done already', why: 'done' }])
    const checked = check({ 'n.md': text })
    const planned = planChecked(checked, { today: '2030-01-01', asOf: '2024-01-08' })
    const [chart] = renderGantt(roadmapView(planned), { by: 'none', maxRows: 50 })
    expect(chart).toMatch(/Under way :(?:\w+, )*t\d+, 2023-12-04, 2024-01-20/)
  })

  it('goes on from its Started date when that is after the plan starts: one start in the table, the JSON and the chart', () => {
    const later = note(
      topic('Begun later', { Owner: 'Ana Lima', Estimate: '2 weeks', Status: 'in progress', Started: '2024-01-10' }),
    )
    const p = plan(later, '2024-01-08')
    expect(p.start).toBe('2024-01-08')
    expect(p.topics[0]).toMatchObject({ start: '2024-01-10', started: '2024-01-10' })
    const planned = planChecked(check({ 'n.md': later }), { today: '2030-01-01', asOf: '2024-01-08' })
    const [chart] = renderGantt(roadmapView(planned), { by: 'none', maxRows: 50 })
    expect(chart).toMatch(/Begun later :(?:\w+, )*t\d+, 2024-01-10, /)
  })

  it('is never late on the plan’s first day', () => {
    const p = plan(text, '2024-01-08')
    expect(p.topics.map((t) => t.late)).toEqual([null, null, null])
    expect(p.diagnostics.some((d) => d.ruleId === 'late-topics')).toBe(false)
  })

  it('calls topics past their planned finish overdue, and past their planned start unstarted', () => {
    const p = plan(text, '2024-02-01')
    const late = Object.fromEntries(p.topics.map((t) => [t.title, t.late]))
    // Under way finishes 2024-01-19; Next runs 2024-01-22 to 2024-01-26; Later starts 2024-03-04.
    expect(late).toEqual({ 'Under way': 'finish', Next: 'finish', Later: null })
    expect(plan(text, '2024-01-24').topics.find((t) => t.title === 'Next')?.late).toBe('start')
    const warning = p.diagnostics.find((d) => d.ruleId === 'late-topics')
    expect(messageOf(warning)).toBe(
      '2 topics are past their planned finish as of 2024-02-01 and not marked done: “Under way”, “Next”.',
    )
    expect(p.asOf).toBe('2024-02-01')
  })
})

describe('a roadmap whose only estimate is 0 days', () => {
  it('plans the others with a month, not with nothing', () => {
    const text = note(topic('Kick-off', { Owner: 'Ana Lima', Estimate: '0 days' }) + topic('Work', { Owner: 'Bo Chen' }))
    const p = plan(text, '2024-01-08')
    expect(p.finish).not.toBeNull()
    expect(p.topics.find((t) => t.title === 'Work')).toMatchObject({ days: 21, assumed: true })
    expect(p.topics.find((t) => t.title === 'Kick-off')).toMatchObject({ days: 0 })
  })
})
