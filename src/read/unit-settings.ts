/**
 * Estimate units from the front matter's `waymark:` settings:
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

const KEYS: Readonly<Record<string, keyof EstimateUnits>> = {
  'hours-per-day': 'hoursPerDay',
  'days-per-week': 'daysPerWeek',
  'days-per-month': 'daysPerMonth',
  'days-per-quarter': 'daysPerQuarter',
  'days-per-year': 'daysPerYear',
}

/** The units the settings ask for, and what was wrong with them. */
export function unitsFromSettings(
  settings: unknown,
  defaults: EstimateUnits,
): { units: EstimateUnits; problems: { key: string; reason: string }[] } {
  const problems: { key: string; reason: string }[] = []
  if (settings === undefined || settings === null) return { units: defaults, problems }
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    return {
      units: defaults,
      problems: [{ key: 'waymark', reason: 'expected a mapping such as `units: { days-per-month: 20 }`' }],
    }
  }
  const raw = (settings as Record<string, unknown>)['units']
  if (raw === undefined) return { units: defaults, problems }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { units: defaults, problems: [{ key: 'waymark.units', reason: 'expected a mapping such as `days-per-month: 20`' }] }
  }
  const given: Partial<Record<keyof EstimateUnits, number>> = {}
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = KEYS[key]
    if (field === undefined) {
      problems.push({ key: `waymark.units.${key}`, reason: `unknown; expected one of ${Object.keys(KEYS).join(', ')}` })
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1000) {
      problems.push({ key: `waymark.units.${key}`, reason: `expected a number above 0, e.g. ${key}: ${defaults[field]}` })
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
    },
    problems,
  }
}
