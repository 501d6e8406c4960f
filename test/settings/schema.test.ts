import { describe, expect, it } from 'vitest'
import { mergeSettings, parsePlanSettings } from '../../src/settings/schema.js'
import { check, messageOf } from '../helpers.js'

describe('planning settings', () => {
  it('reads every key', () => {
    const { settings, problems } = parsePlanSettings(
      {
        start: '2022-09-01',
        workdays: ['Mon', 'tuesday', 'wed'],
        holidays: ['2022-12-26', '2022-12-24..2023-01-01', { from: '2023-04-07', to: '2023-04-10' }],
        deadline: '2023-12-31',
        'default-estimate': '2 weeks',
        unassigned: { capacity: 3 },
        people: { 'Marc Rittinghaus': { capacity: '50%', absences: ['2022-12-19 to 2023-01-06'] }, Alex: null },
      },
      'waymark',
    )
    expect(problems).toEqual([])
    expect(settings).toEqual({
      start: '2022-09-01',
      workdays: [1, 2, 3],
      holidays: [
        { from: '2022-12-26', to: '2022-12-26' },
        { from: '2022-12-24', to: '2023-01-01' },
        { from: '2023-04-07', to: '2023-04-10' },
      ],
      deadline: '2023-12-31',
      defaultEstimate: '2 weeks',
      unassignedCapacity: 3,
      people: {
        'Marc Rittinghaus': { capacity: 0.5, absences: [{ from: '2022-12-19', to: '2023-01-06' }] },
        Alex: { absences: [] },
      },
    })
    expect(parsePlanSettings({ unassigned: { capacity: 'unlimited' } }, '').settings.unassignedCapacity).toBeNull()
  })

  it('names each problem by its key and keeps the valid rest', () => {
    const { settings, problems } = parsePlanSettings(
      {
        start: '2022-02-30',
        holidays: ['2022-12-26', 'xmas', '2023-01-02..2022-12-30'],
        people: { Ann: { capacity: 1.5 } },
        colour: 'blue',
      },
      'waymark',
    )
    expect(problems).toEqual([
      { key: 'waymark.start', reason: 'expected a date such as 2023-03-31' },
      { key: 'waymark.holidays.1', reason: 'expected a date or a range such as 2022-12-24..2023-01-01' },
      { key: 'waymark.holidays.2', reason: 'the range ends (2022-12-30) before it starts (2023-01-02)' },
      {
        key: 'waymark.people.Ann.capacity',
        reason: 'expected a share of full time such as 50%, 0.5 or `one day a week` (from 0% to 100%)',
      },
      { key: 'waymark.colour', reason: 'no such setting', atKey: true },
    ])
    expect(settings.holidays).toEqual([{ from: '2022-12-26', to: '2022-12-26' }])
    expect(settings.start).toBeUndefined()
  })

  it('lets the front matter override waymark.yaml, merging people', () => {
    const base = parsePlanSettings({ start: '2022-09-01', people: { Ann: { capacity: 0.5 } } }, '').settings
    const over = parsePlanSettings({ start: '2022-10-03', people: { Ann: { absences: ['2022-10-10'] } } }, 'waymark').settings
    expect(mergeSettings(base, over)).toMatchObject({
      start: '2022-10-03',
      people: { Ann: { capacity: 0.5, absences: [{ from: '2022-10-10', to: '2022-10-10' }] } },
    })
  })

  it('points at the line of a bad value in waymark.yaml', () => {
    const notes = { 'r.md': '### Topic: A\n**Owner**: Ann Lee\n' }
    const yaml = 'start: 2022-09-01\npeople:\n  Ann Lee:\n    capacity: lots\n'
    const settingsFindings = (text: string) =>
      check(notes, text).lint.diagnostics.filter((d) => d.ruleId === 'invalid-setting' || d.ruleId === 'settings-not-yaml')
    expect(settingsFindings(yaml).map((d) => [d.ruleId, d.place, messageOf(d)])).toEqual([
      [
        'invalid-setting',
        { file: 'waymark.yaml', line: 4, column: 15 },
        'Setting `people.Ann Lee.capacity` is not valid: expected a share of full time such as 50%, 0.5 or `one day a week` (from 0% to 100%); the default is used.',
      ],
    ])
    expect(messageOf(settingsFindings('start: [unclosed\n')[0])).toMatch(/not valid YAML/)
  })
})
