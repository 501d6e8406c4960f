import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../src/read/read-source.js'
import { renderCalendar } from '../../src/render/ics/calendar.js'
import { renderGantt } from '../../src/render/mermaid/gantt.js'
import { planNotes, TODAY, viewOf } from '../support/planned.js'

const milestones = (text: string, file = 'plan.md'): [string, string][] =>
  readSource({ file, text }).milestones.map((m) => [m.date, m.title])

describe('milestones', () => {
  it('reads a dated list with the weekday and the year written, and a yearless one in the year of the title', () => {
    const text = [
      '# Orbit planning 2027-03-01',
      '',
      '## Important dates',
      '',
      '- 2.0 beta: Tuesday, 2027-04-06',
      '- 2.0 final: Wednesday, 2027-05-12',
      '',
      '## Calendar',
      '',
      '* March 10 -- Storage design review',
      '* March 17 -- Possible: API follow-up',
    ].join('\n')
    expect(milestones(text)).toEqual([
      ['2027-04-06', '2.0 beta'],
      ['2027-05-12', '2.0 final'],
      ['2027-03-10', 'Storage design review'],
      ['2027-03-17', 'Possible: API follow-up'],
    ])
  })

  it('rolls a month-and-day into the next year after a late date', () => {
    const text = ['- November 20, 2026: Feature freeze', '- December 4: RC 1', '- January 15: Release'].join('\n')
    expect(milestones(text)).toEqual([
      ['2026-11-20', 'Feature freeze'],
      ['2026-12-04', 'RC 1'],
      ['2027-01-15', 'Release'],
    ])
  })

  it('takes a timeline table and its rows as topics too', () => {
    const text = [
      '| What | Who | When |',
      '| --- | --- | --- |',
      '| Branch cut | Release Manager | Monday 5th January 2026 |',
      '| Docs ready | Docs Lead | 01:00 UTC Tuesday 6th January 2026 / 17:00 PST Monday 5th January 2026 |',
    ].join('\n')
    const model = readSource({ file: 'plan.md', text })
    expect(model.milestones.map((m) => [m.date, m.title, m.place.line])).toEqual([
      ['2026-01-05', 'Branch cut', 3],
      ['2026-01-06', 'Docs ready', 4],
    ])
    expect(model.topics.map((t) => t.title)).toEqual(['Branch cut', 'Docs ready'])
  })

  it('reads an HTML table with a column a month, the year from the text before it', () => {
    const text = [
      'The cycle begins on **Monday, January 4th, 2027**.',
      '',
      '<table>',
      '  <tr><td>What</td><td>Who</td><td>JAN</td><td>FEB</td></tr>',
      '  <tr><td>Kick-off</td><td>Lead</td><td>4</td><td></td></tr>',
      '  <tr><td>Freeze</td><td>Lead</td><td></td><td>15</td></tr>',
      '</table>',
    ].join('\n')
    const model = readSource({ file: 'plan.md', text })
    expect(model.milestones.map((m) => [m.date, m.title, m.place.line])).toEqual([
      ['2027-01-04', 'Kick-off', 5],
      ['2027-02-15', 'Freeze', 6],
    ])
    expect(model.topics.map((t) => [t.title, t.owners.map((o) => o.text)])).toEqual([
      ['Kick-off', ['Lead']],
      ['Freeze', ['Lead']],
    ])
  })

  it('reads metadata dates and history lines, not stamps, timestamps, topic fields or month-only targets', () => {
    const text = [
      '---',
      'created: 2026-02-01',
      'last-updated: 2026-03-01',
      '---',
      '# Proposal: Faster boot',
      '',
      '- Last updated: 2026-03-01',
      '- Meeting start: 2026-03-02T18:00:00Z',
      '- **Deadline**: 2026-09-30',
      '- ETA: May 2026',
      '',
      '2026-04-10(v2.1) Alpha: first cut',
      '2026-06-01: Beta',
    ].join('\n')
    expect(milestones(text)).toEqual([
      ['2026-02-01', 'created'],
      ['2026-04-10', 'Alpha: first cut (v2.1)'],
      ['2026-06-01', 'Beta'],
    ])
  })

  it('reads the date keys of a YAML metadata file', () => {
    const yaml = ['title: Faster boot', 'authors: ["@ana"]', 'creation-date: 2026-01-12', 'last-updated: 2026-02-01'].join('\n')
    expect(milestones(yaml, 'kep.yaml')).toEqual([['2026-01-12', 'creation-date']])
  })

  it('puts milestones within the plan on the Gantt chart and every one in the calendar', () => {
    const text = [
      '---',
      'date: 2026-11-20',
      '---',
      '### Topic: Boot',
      '**Owner**: Ann',
      '**Estimated duration**: 2 weeks',
      '',
      '## Dates',
      '- 2026-12-03: Demo <day>',
      '- 2020-01-01: Long ago',
    ].join('\n')
    const p = planNotes({ 'plan.md': text })
    const gantt = renderGantt(viewOf(p), { by: 'owner', maxRows: 50 }).join('')
    expect(gantt).toContain('section Milestones')
    expect(gantt).toMatch(/Demo .*:milestone, m\d+, 2026-12-03, 0d/)
    expect(gantt).not.toContain('Long ago')
    const ics = renderCalendar(viewOf(p), { today: TODAY, version: '1.0.0' })
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.filter((e) => e.description.startsWith('Milestone')).map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2020-01-01', 'Long ago'],
      ['2026-12-03', 'Demo <day>'],
    ])
  })
})
