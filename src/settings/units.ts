/**
 * Estimate units from settings (`waymark:` in front matter, or `waymark.yaml`):
 *
 * ```yaml
 * waymark:
 *   units:
 *     hours-per-day: 8
 *     days-per-week: 5
 *     days-per-month: 21
 * ```
 *
 * or by the unit's name, as long as a note would write it:
 *
 * ```yaml
 * units: { sprint: 10 days, month: 4 weeks, day: 6 hours }
 * ```
 *
 * Quarters and years follow months (3 and 12 of them) unless given.
 */
import type { EstimateUnits } from '../model/estimate.js'
import { settingKey, type SettingProblem } from './schema.js'

const KEYS: Readonly<Record<string, keyof EstimateUnits>> = {
  'hours-per-day': 'hoursPerDay',
  'days-per-week': 'daysPerWeek',
  'days-per-month': 'daysPerMonth',
  'days-per-quarter': 'daysPerQuarter',
  'days-per-year': 'daysPerYear',
  'days-per-sprint': 'daysPerSprint',
}

/** A unit by its name (`sprint: 10 days`): the field it sets, and what its length is counted in. */
const NAMED: Readonly<Record<string, { field: keyof EstimateUnits; in: 'days' | 'hours' }>> = {
  day: { field: 'hoursPerDay', in: 'hours' },
  week: { field: 'daysPerWeek', in: 'days' },
  month: { field: 'daysPerMonth', in: 'days' },
  quarter: { field: 'daysPerQuarter', in: 'days' },
  year: { field: 'daysPerYear', in: 'days' },
  sprint: { field: 'daysPerSprint', in: 'days' },
  iteration: { field: 'daysPerSprint', in: 'days' },
}

/**
 * A named unit's length in its field's terms: `10 days`, `2 weeks`, `6 hours`, or a bare
 * number (days, or hours for `day`); `null` when it is none of these.
 */
function namedLength(value: unknown, counted: 'days' | 'hours', daysPerWeek: number): number | null {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return null
  const m = /^\s*(\d+(?:\.\d+)?)\s*(days?|weeks?|hours?|h|d|w)?\s*$/i.exec(value)
  if (m === null) return null
  const n = Number(m[1])
  const unit = (m[2] ?? counted).toLowerCase()[0]
  if (counted === 'hours') return unit === 'h' ? n : null
  return unit === 'd' ? n : unit === 'w' ? n * daysPerWeek : null
}

/**
 * The units `settings` ask for, over `defaults`, and what was wrong with them (keys named
 * below `prefix`: `waymark` in front matter, nothing in `waymark.yaml`).
 */
export function unitsFromSettings(
  settings: unknown,
  defaults: EstimateUnits,
  prefix = 'waymark',
): { units: EstimateUnits; problems: SettingProblem[] } {
  const key = (...path: string[]): string => settingKey(prefix, ...path)
  const problems: SettingProblem[] = []
  if (settings === undefined || settings === null) return { units: defaults, problems }
  // Settings that are not a mapping are the schema's to report (src/settings/schema.ts).
  if (typeof settings !== 'object' || Array.isArray(settings)) return { units: defaults, problems }
  const raw = (settings as Record<string, unknown>)['units']
  if (raw === undefined) return { units: defaults, problems }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { units: defaults, problems: [{ key: key('units'), reason: 'expected a mapping such as `days-per-month: 20`' }] }
  }
  const given: Partial<Record<keyof EstimateUnits, number>> = {}
  const entries = Object.entries(raw as Record<string, unknown>)
  // Weeks written first, so `month: 4 weeks` counts the roadmap's own weeks.
  const weekGiven = entries.find(([name]) => name === 'days-per-week' || name === 'week')?.[1]
  const daysPerWeek =
    (typeof weekGiven === 'number' ? weekGiven : namedLength(weekGiven, 'days', defaults.daysPerWeek)) ?? defaults.daysPerWeek
  for (const [name, value] of entries) {
    const named = NAMED[name.toLowerCase().replace(/s$/, '')]
    if (KEYS[name] === undefined && named !== undefined) {
      const length = namedLength(value, named.in, daysPerWeek)
      if (length === null || !Number.isFinite(length) || length <= 0 || length > 1000)
        problems.push({
          key: key('units', name),
          reason: `expected a length such as ${named.in === 'hours' ? '6 hours' : '10 days or 2 weeks'}`,
        })
      else given[named.field] = length
      continue
    }
    const field = KEYS[name]
    if (field === undefined) {
      problems.push({
        key: key('units', name),
        reason: `unknown; expected one of ${[...Object.keys(KEYS), ...Object.keys(NAMED)].join(', ')}`,
      })
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1000) {
      problems.push({ key: key('units', name), reason: `expected a number above 0, e.g. ${name}: ${defaults[field]}` })
    } else given[field] = value
  }
  const daysPerMonth = given.daysPerMonth ?? defaults.daysPerMonth
  return {
    units: {
      hoursPerDay: given.hoursPerDay ?? defaults.hoursPerDay,
      daysPerWeek: given.daysPerWeek ?? defaults.daysPerWeek,
      daysPerMonth,
      daysPerQuarter: given.daysPerQuarter ?? 3 * daysPerMonth,
      daysPerYear: given.daysPerYear ?? 12 * daysPerMonth,
      daysPerSprint: given.daysPerSprint ?? defaults.daysPerSprint,
    },
    problems,
  }
}
