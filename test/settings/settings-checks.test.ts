/** Settings are checked like code: unknown keys with a suggestion, YAML errors, periods, capacities in words. */
import { describe, expect, it } from 'vitest'
import { parsePlanSettings } from '../../src/settings/schema.js'
import { hintOf } from '../../src/diagnostics/words.js'
import { check, cli, MemoryFileSystem, messageOf } from '../helpers.js'

const NOTES = { 'r.md': '### Topic: A\n**Owner**: Ann Lee\n**Estimated duration**: 2 weeks\n' }
const settingsFindings = (yaml: string) =>
  check(NOTES, yaml).lint.diagnostics.filter((d) => d.ruleId.includes('setting') || d.ruleId === 'settings-not-yaml')

describe('settings checks', () => {
  it('names an unknown key at the key, with the known key it looks like', () => {
    const found = settingsFindings(
      'start: 2022-09-01\nforecast:\n  sampels: 10\npeople:\n  Ann Lee:\n    capasity: 50%\nwhatever: 1\n',
    )
    expect(found.map((d) => [d.ruleId, d.severity, d.place, d.params])).toEqual([
      [
        'unknown-setting',
        'warning',
        { file: 'waymark.yaml', line: 3, column: 3 },
        { key: 'forecast.sampels', suggestion: 'samples' },
      ],
      [
        'unknown-setting',
        'warning',
        { file: 'waymark.yaml', line: 6, column: 5 },
        { key: 'people.Ann Lee.capasity', suggestion: 'capacity' },
      ],
      ['unknown-setting', 'warning', { file: 'waymark.yaml', line: 7, column: 1 }, { key: 'whatever', suggestion: null }],
    ])
    expect(found[0] && hintOf(found[0])).toMatch(/Did you mean `samples`\?/)
    // What is valid beside an unknown key still applies.
    expect(check(NOTES, 'start: 2022-09-01\nstrat: 2022-10-03\n').settings.plan.start).toBe('2022-09-01')
  })

  it('says where an unknown key of the front matter is', () => {
    const note = `---\nwaymark:\n  deadlne: 2023-06-30\n---\n${NOTES['r.md']}`
    const found = check({ 'r.md': note }).lint.diagnostics.filter((d) => d.ruleId === 'unknown-setting')
    expect(found.map((d) => [d.params, d.place?.line])).toEqual([[{ key: 'waymark.deadlne', suggestion: 'deadline' }, 3]])
  })

  it('makes a settings file that is not YAML an error at its position, and lint exit 1', async () => {
    const found = settingsFindings('deadline: 2027-06-30\n people:\n  x: 1\n')
    expect(found.map((d) => [d.ruleId, d.severity, d.place?.file, d.place?.line])).toEqual([
      ['settings-not-yaml', 'error', 'waymark.yaml', 1],
    ])
    expect(messageOf(found[0])).toMatch(/is not valid YAML .*none of its settings are used/)
    const fs = new MemoryFileSystem({ 'notes/r.md': NOTES['r.md'], 'notes/waymark.yaml': 'start: [unclosed\n' })
    const { code, stdout } = await cli(['lint', 'notes/r.md'], fs)
    expect(code).toBe(1)
    expect(stdout).toMatch(/waymark\.yaml[\s\S]*\d+:\d+\s+error\s+`notes\/waymark\.yaml` is not valid YAML/)
  })

  it('reads a deadline written as a period as its last day', () => {
    const deadline = (yaml: string) => parsePlanSettings(JSON.parse(yaml) as unknown, '').settings.deadline
    expect(deadline('{"deadline": "2027 H1"}')).toBe('2027-06-30')
    expect(deadline('{"deadline": "H2 2026"}')).toBe('2026-12-31')
    expect(deadline('{"deadline": "Q3 2027"}')).toBe('2027-09-30')
    expect(deadline('{"deadline": "FY2027"}')).toBe('2027-12-31')
    expect(deadline('{"deadline": "FY2027", "fiscal-year-start": "april"}')).toBe('2027-03-31')
    expect(deadline('{"deadline": "FY2027", "fiscal-year-start": 10}')).toBe('2027-09-30')
    const { problems } = parsePlanSettings({ deadline: 'next spring', 'fiscal-year-start': 'brumaire' }, '')
    expect(problems.map((p) => p.key)).toEqual(['deadline', 'fiscal-year-start'])
    expect(problems[0]?.reason).toMatch(/a period such as 2027 H1/)
  })

  it('reads a capacity in days a week', () => {
    const capacity = (value: string) =>
      parsePlanSettings({ people: { Ann: { capacity: value } } }, '').settings.people['Ann']?.capacity
    expect(capacity('one day a week')).toBeCloseTo(0.2)
    expect(capacity('2 days per week')).toBeCloseTo(0.4)
    expect(capacity('half a day a week')).toBeCloseTo(0.1)
    expect(capacity('full time')).toBe(1)
    expect(capacity('half-time')).toBe(0.5)
    expect(parsePlanSettings({ people: { Ann: { capacity: 'six days a week' } } }, '').problems).toHaveLength(1)
    expect(parsePlanSettings({ people: { Ann: { capacity: 'sometimes' } } }, '').problems).toHaveLength(1)
  })
})

describe('lint --max-warnings', () => {
  const fs = () => new MemoryFileSystem({ 'r.md': '### Topic: A\n**Owner**: TODO\n\n### Topic: B\n**Owner**: TODO\n' })

  it('exits 1 when there are more warnings than allowed, 0 otherwise', async () => {
    const over = await cli(['lint', 'r.md', '--max-warnings', '1'], fs())
    expect(over.code).toBe(1)
    expect(over.stderr).toMatch(/warnings, more than --max-warnings 1 allows/)
    expect((await cli(['lint', 'r.md', '--max-warnings', '100'], fs())).code).toBe(0)
    expect((await cli(['lint', 'r.md'], fs())).code).toBe(0)
  })

  it('refuses a count that is no whole number', async () => {
    const { code, stderr } = await cli(['lint', 'r.md', '--max-warnings', 'few'], fs())
    expect(code).toBe(2)
    expect(stderr).toMatch(/--max-warnings must be a whole number/)
  })
})

describe('lint --plan', () => {
  const note = [
    '---\nwaymark:\n  start: 2027-01-04\n  deadline: 2027-01-20\n  unassigned: { capacity: 0 }\n---\n# Roadmap\n',
    '### Topic: A\n**Owner**: Ann Lee\n**Estimated duration**: 4 weeks\n',
    '### Topic: B\n**Owner**: TODO\n**Estimated duration**: 1 week\n',
  ].join('\n')
  const fs = () => new MemoryFileSystem({ 'r.md': note })

  it("adds the planner's findings: an unschedulable topic is an error, a missed deadline a warning", async () => {
    const plain = await cli(['lint', 'r.md', '--format', 'json'], fs())
    expect(plain.code).toBe(0)
    const planned = await cli(['lint', 'r.md', '--plan', '--format', 'json'], fs())
    expect(planned.code).toBe(1)
    const ids = JSON.parse(planned.stdout).diagnostics.map(
      (d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`,
    )
    expect(ids).toEqual(
      expect.arrayContaining(['unschedulable-topic:error', 'roadmap-deadline-missed:warning', 'missing-owner:warning']),
    )
    const b = JSON.parse(planned.stdout).diagnostics.find((d: { ruleId: string }) => d.ruleId === 'unschedulable-topic')
    expect(b).toMatchObject({ file: 'r.md', line: 13, column: 1, topic: 'b' })
  })

  it('counts them toward --max-warnings', async () => {
    const text =
      '---\nwaymark:\n  start: 2027-01-04\n  deadline: 2027-01-10\n---\n### Topic: A\n**Owner**: Ann Lee\n**Estimated duration**: 4 weeks\n'
    const one = () => new MemoryFileSystem({ 'r.md': text })
    expect((await cli(['lint', 'r.md', '--max-warnings', '0'], one())).code).toBe(0)
    expect((await cli(['lint', 'r.md', '--plan', '--max-warnings', '0'], one())).code).toBe(1)
  })
})

describe('units by name', () => {
  const days = (units: string, estimate: string): number | undefined => {
    const { roadmap } = check({
      'r.md': `---\nwaymark:\n  units: ${units}\n---\n### Topic: A\n**Owner**: Ann Lee\n**Estimated duration**: ${estimate}\n`,
    })
    const e = roadmap.topics[0]?.estimate
    return e?.kind === 'estimate' ? e.high : undefined
  }

  it('reads `sprint: 15 days`, `month: 4 weeks` and `day: 6 hours`', () => {
    expect(days('{ sprint: 15 days }', '2 sprints')).toBe(30)
    expect(days('{ sprint: 3 weeks }', '1 sprint')).toBe(15)
    expect(days('{ month: 4 weeks }', '1 month')).toBe(20)
    expect(days('{ week: 4 days, month: 4 weeks }', '1 month')).toBe(16)
    expect(days('{ day: 6 hours }', '12 hours')).toBe(2)
  })

  it('reports a length that is none, at its key', () => {
    const found = check({ 'r.md': '---\nwaymark:\n  units: { sprint: soon }\n---\n### Topic: A\n' }).lint.diagnostics.filter(
      (d) => d.ruleId === 'invalid-setting',
    )
    expect(found.map((d) => messageOf(d))).toEqual([expect.stringContaining('waymark.units.sprint')])
    expect(found[0]?.params).toMatchObject({ reason: 'expected a length such as 10 days or 2 weeks' })
  })
})
