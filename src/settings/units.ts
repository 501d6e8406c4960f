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
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = KEYS[name]
    if (field === undefined) {
      problems.push({ key: key('units', name), reason: `unknown; expected one of ${Object.keys(KEYS).join(', ')}` })
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
