/**
 * Settings that change how documents are read: a community's own labels and its size
 * table.
 *
 * ```yaml
 * labels:
 *   Jobsize: estimate      # `Jobsize: 3 weeks` is the estimate
 *   Champion: owner
 * sizes:
 *   S: 90 hours            # `Size: S` is 90 hours (12 working days)
 *   M: 175 hours
 *   L: 350 hours
 * ```
 *
 * A label names one of the roles in docs/reading.md (owner, author, team, tech lead,
 * mentor, estimate, difficulty, priority, status, deadline, start, started, finished,
 * rationale, objectives, prerequisites, dependents, links, notes). A size's meaning is an
 * estimate in the settings' units; a size the document itself defines (`Small: 90 hours`)
 * wins over the settings' for that document.
 */
import type { Estimate, EstimateUnits } from '../model/estimate.js'
import type { FieldKey } from '../model/field-key.js'
import type { ReadingSettings } from '../model/settings.js'
import { normalizeLabel } from '../read/field-labels.js'
import { parseEstimate } from '../read/estimate.js'
import { sizeKeyOf, sizeWordsOf } from '../read/size-words.js'
import { settingKey, type SettingProblem } from './schema.js'

/** Role names as settings write them, and the field each is. */
const ROLES: Readonly<Record<string, FieldKey>> = {
  owner: 'owner',
  owners: 'owner',
  author: 'author',
  authors: 'author',
  team: 'team',
  'tech lead': 'techLead',
  techlead: 'techLead',
  mentor: 'mentor',
  mentors: 'mentor',
  estimate: 'estimate',
  size: 'estimate',
  duration: 'estimate',
  difficulty: 'difficulty',
  priority: 'priority',
  status: 'status',
  deadline: 'deadline',
  start: 'start',
  started: 'started',
  finished: 'finished',
  done: 'finished',
  rationale: 'rationale',
  objectives: 'objectives',
  prerequisites: 'prerequisites',
  dependencies: 'prerequisites',
  dependents: 'dependents',
  blocks: 'dependents',
  links: 'links',
  notes: 'notes',
}

/** No labels and no sizes of the roadmap's own. */
export const NO_READING: ReadingSettings = { labels: new Map(), sizes: new Map() }

/**
 * The labels and sizes `settings` name, over `base` (an earlier layer's), and what was
 * wrong with them (keys named below `prefix`).
 */
export function readingFromSettings(
  settings: unknown,
  base: ReadingSettings,
  units: EstimateUnits,
  prefix = 'waymark',
): { reading: ReadingSettings; problems: SettingProblem[] } {
  const key = (...path: string[]): string => settingKey(prefix, ...path)
  const problems: SettingProblem[] = []
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return { reading: base, problems }
  const raw = settings as Record<string, unknown>
  const labels = new Map(base.labels)
  const sizes = new Map(base.sizes)
  const mapping = (name: string, example: string): Record<string, unknown> | null => {
    const value = raw[name]
    if (value === undefined) return null
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ key: key(name), reason: `expected a mapping such as \`${example}\`` })
      return null
    }
    return value as Record<string, unknown>
  }
  for (const [label, role] of Object.entries(mapping('labels', 'Jobsize: estimate') ?? {})) {
    const field = typeof role === 'string' ? ROLES[normalizeLabel(role)] : undefined
    if (field === undefined) {
      problems.push({
        key: key('labels', label),
        reason: `expected a role such as owner, mentor, estimate or status; got “${String(role)}”`,
      })
    } else labels.set(normalizeLabel(label), field)
  }
  for (const [word, meaning] of Object.entries(mapping('sizes', 'M: 175 hours') ?? {})) {
    const read = typeof meaning === 'string' || typeof meaning === 'number' ? parseEstimate(String(meaning), units) : null
    if (sizeWordsOf(word) === null) {
      problems.push({
        key: key('sizes', word),
        reason: 'expected a size word: XS, S, M, L, XL, XXL, Small, Medium, Large, Extra small, Extra large',
      })
    } else if (read === null || read.kind !== 'estimate') {
      problems.push({ key: key('sizes', word), reason: `expected a duration such as \`175 hours\`; got “${String(meaning)}”` })
    } else sizes.set(sizeKeyOf(word), read as Estimate)
  }
  return { reading: { labels, sizes }, problems }
}
