import { describe, expect, it } from 'vitest'
import { readSettings } from '../../src/settings/read-settings.js'
import { settingsPaths } from '../../src/settings/settings-files.js'
import { check, messageOf } from '../helpers.js'

const estimateOf = (checked: ReturnType<typeof check>, i = 0): unknown => {
  const e = checked.roadmap.topics[i]?.estimate
  return e?.kind === 'estimate' ? [e.low, e.high] : e?.kind
}
const findings = (checked: ReturnType<typeof check>, rule = 'invalid-setting') =>
  checked.lint.diagnostics.filter((d) => d.ruleId === rule).map((d) => [d.place, messageOf(d)])

describe('reading settings once', () => {
  it('applies `waymark: units:` to the estimates and reports a bad unit in lint, at its value', () => {
    const checked = check({
      'notes.md':
        '---\nwaymark:\n  units:\n    days-per-month: 20\n    days-per-week: -1\n---\n### Topic: A\n**Estimate**: 2 months\n',
    })
    expect(estimateOf(checked)).toEqual([40, 40])
    expect(checked.settings.units.daysPerMonth).toBe(20)
    expect(findings(checked)).toEqual([
      [
        { file: 'notes.md', line: 5, column: 20 },
        'Setting `waymark.units.days-per-week` is not valid: expected a number above 0, e.g. days-per-week: 5; the default is used.',
      ],
    ])
  })

  it('takes units from waymark.yaml, the front matter overriding it', () => {
    const yaml = 'units:\n  days-per-month: 20\n  days-per-week: 4\n'
    const fileOnly = check({ 'n.md': '### Topic: A\n**Estimate**: 1 month, 1 week\n' }, yaml)
    expect(estimateOf(fileOnly)).toEqual([24, 24])
    const both = check(
      { 'n.md': '---\nwaymark:\n  units: { days-per-month: 22 }\n---\n### Topic: A\n**Estimate**: 1 month, 1 week\n' },
      yaml,
    )
    expect(estimateOf(both)).toEqual([26, 26])
  })

  it('reads the default estimate once, in the roadmap’s units, and reports one that is no duration', () => {
    const good = check({ 'n.md': '### Topic: A\n' }, 'default-estimate: 2 months\nunits: { days-per-month: 20 }\n')
    expect(good.settings.plan.defaultEstimate).toEqual({ text: '2 months', days: 40 })
    const bad = check({ 'n.md': '### Topic: A\n' }, 'default-estimate: soon\n')
    expect(bad.settings.plan.defaultEstimate).toBeUndefined()
    expect(findings(bad)).toEqual([
      [
        { file: 'waymark.yaml', line: 1, column: 19 },
        'Setting `default-estimate` is not valid: expected a duration such as `2 months`, got “soon”; the default is used.',
      ],
    ])
  })

  it('matches the people the settings name to the roadmap’s, once, and reports the unknown in lint', () => {
    const checked = check(
      { 'n.md': '### Topic: A\n**Owner**: Marc Rittinghaus\n' },
      'people:\n  Marc: { capacity: 50% }\n  Nobody Here: { capacity: 10% }\n',
    )
    expect(Object.keys(checked.settings.plan.people)).toEqual(['Marc Rittinghaus'])
    expect(checked.settings.plan.people['Marc Rittinghaus']?.capacity).toBe(0.5)
    expect(findings(checked, 'unknown-person-setting').map(([, message]) => message)).toEqual([
      expect.stringContaining('Nobody Here'),
    ])
  })

  it('takes role words from both waymark.yaml and the front matter', () => {
    const checked = check(
      {
        'n.md':
          '---\nwaymark:\n  roles: [release crew]\n---\n### Topic: A\n**Owner**: apprentice\n### Topic: B\n**Owner**: release crew\n',
      },
      'roles: [apprentice]\n',
    )
    expect(checked.settings.roles).toEqual(['apprentice', 'release crew'])
    expect(checked.roadmap.people).toEqual([])
  })

  it('reports a settings file that is not YAML, and uses every default', () => {
    const { settings, diagnostics } = readSettings({
      file: { file: 'waymark.yaml', text: 'start: [unclosed\n' },
      frontMatter: null,
    })
    expect(settings.plan).toEqual({ holidays: [], people: {} })
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.place?.file])).toEqual([
      ['settings-not-yaml', 'error', 'waymark.yaml'],
    ])
  })
})

describe('which settings file belongs to which notes', () => {
  it('is in the folder given, or beside the first file given', () => {
    expect(settingsPaths('notes', true)).toEqual(['notes/waymark.yaml', 'notes/waymark.yml'])
    expect(settingsPaths('notes/', true)).toEqual(['notes/waymark.yaml', 'notes/waymark.yml'])
    expect(settingsPaths('meetings/2022-08-25.md', false)).toEqual(['meetings/waymark.yaml', 'meetings/waymark.yml'])
    expect(settingsPaths('notes.md', false)).toEqual(['waymark.yaml', 'waymark.yml'])
  })
})

describe('where settings problems are', () => {
  it('points at the value in the front matter that is wrong, as in waymark.yaml', () => {
    const text =
      '---\ntitle: T\nwaymark:\n  start: 2022-02-30\n  people:\n    Ann Lee:\n      capacity: lots\n---\n### Topic: A\n**Owner**: Ann Lee\n'
    expect(findings(check({ 'n.md': text })).map(([place]) => place)).toEqual([
      { file: 'n.md', line: 4, column: 10 },
      { file: 'n.md', line: 7, column: 17 },
    ])
    const unknown = check({ 'n.md': text.replace('Ann Lee:\n', 'Nobody Else:\n') })
    expect(findings(unknown, 'unknown-person-setting').map(([place]) => place)).toEqual([{ file: 'n.md', line: 7, column: 7 }])
  })

  it('points at the person in waymark.yaml who matches no one', () => {
    const checked = check(
      { 'n.md': '### Topic: A\n**Owner**: Ann Lee\n' },
      'start: 2022-09-01\npeople:\n  Zed Q: { capacity: 50% }\n',
    )
    expect(findings(checked, 'unknown-person-setting').map(([place]) => place)).toEqual([
      { file: 'waymark.yaml', line: 3, column: 10 },
    ])
  })
})
