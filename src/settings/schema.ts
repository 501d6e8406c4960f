/**
 * The settings schema: under `waymark:` in a note's front matter, and/or at the top level
 * of a `waymark.yaml` beside the notes. Validated with zod; every problem names its key
 * (the reader turns it into an `invalid-setting` diagnostic) and the default applies.
 *
 * ```yaml
 * id: unikraft-roadmap              # the roadmap's name in calendar UIDs; default: the repository's or folder's
 * start: 2022-09-01                 # default: the first working day after the meeting
 * workdays: [mon, tue, wed, thu, fri]
 * holidays: [2022-12-26, 2022-12-24..2023-01-01]
 * deadline: 2023-12-31             # or a period's last day: 2027 H1, Q3 2027, FY2027
 * fiscal-year-start: april         # the month a fiscal year (FY2027) starts in; default january
 * default-estimate: 2 months        # for topics without one; default: median of the known
 * unassigned: { capacity: 3 }       # topics without owner, at most 3 at a time; default unlimited
 * roles: [apprentice, release crew] # words that make an owner a role, besides the built-in ones
 * roles:                            # or: role words with a pool of their own
 *   GSoC student: { capacity: 3 }   # topics owned by the role, at most 3 at a time
 * estimates: duration               # or `effort`: person-days shared among a topic's owners
 * people-default: { capacity: 50% } # everyone the settings do not list; default full time
 * people:
 *   Marc Rittinghaus:
 *     capacity: 50%                 # part-time: topics take twice as long (or `one day a week`)
 *     absences: [2022-12-19..2023-01-06]
 * forecast:
 *   samples: 1000                   # Monte Carlo samples (`waymark forecast`)
 *   spread: 50%                     # a single estimate's 90th percentile: 50% over it
 *   assumed-spread: 100%            # the same for assumed estimates
 * ```
 */
import { Temporal } from 'temporal-polyfill'
import { createRequire } from 'node:module'
import type * as Zod from 'zod'
import type { Weekday } from '../model/iso-date.js'
import type { DateRange, PersonSettings, PlanSettings } from '../model/settings.js'
import { calendarPeriodIn } from '../text/calendar-period.js'
import { monthNumber } from '../read/date-text.js'
import { editDistance } from '../text/similarity.js'

/**
 * One layer of settings (the file's, or the front matter's), validated: people as the
 * settings spell them, the default estimate as written (units may come from another layer).
 */
export interface SettingsLayer extends Omit<PlanSettings, 'defaultEstimate'> {
  readonly defaultEstimate?: string
}

/** A setting's key path below `prefix` (`waymark` in front matter, nothing in `waymark.yaml`): `waymark.people.Ann`. */
export function settingKey(prefix: string, ...path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((k) => k !== '').join('.')
}

/** A settings problem: the key path and what is wrong. */
export interface SettingProblem {
  readonly key: string
  readonly reason: string
  /** For a key the settings do not have: the known key it most looks like. */
  readonly suggestion?: string
  /** Whether the problem is the key itself (placed at the key, not its value). */
  readonly atKey?: boolean
}

const WEEKDAYS: Readonly<Record<string, Weekday>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 }

/**
 * The schema, built on first use: zod takes some 50 ms to load, so a roadmap without
 * settings (most) never loads it, and `check` stays synchronous (a CommonJS `require` of
 * zod, which ships both forms, instead of an asynchronous `import()`).
 */
function settingsSchema(): Schema {
  return (built ??= buildSchema(createRequire(import.meta.url)('zod') as ZodModule))
}

type ZodModule = typeof Zod
type Schema = ReturnType<typeof buildSchema>
let built: Schema | undefined

function buildSchema(z: ZodModule) {
  const isoDate = z.string().refine((s) => isDate(s), { message: 'expected a date such as 2023-03-31' })
  const dateRange = z
    .union([isoDate, z.string(), z.object({ from: isoDate, to: isoDate })])
    .transform((value, ctx): DateRange => {
      if (typeof value !== 'string') return value
      const m = /^\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—|to)\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(value)
      const from = m ? (m[1] as string) : value.trim()
      const to = m ? (m[2] as string) : value.trim()
      if (!isDate(from) || !isDate(to)) {
        ctx.addIssue({ code: 'custom', message: 'expected a date or a range such as 2022-12-24..2023-01-01' })
        return z.NEVER
      }
      if (from > to) {
        ctx.addIssue({ code: 'custom', message: `the range ends (${to}) before it starts (${from})` })
        return z.NEVER
      }
      return { from, to }
    })
  /** A share written `50%` or `0.5` (or, for `words`, `one day a week`, `full time`), from 0 to `max`. */
  const shareUpTo = (max: number, message: string, words = false) =>
    z.union([z.number(), z.string()]).transform((value, ctx): number => {
      const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null
      const worded = words && typeof value === 'string' && m === null ? shareInWords(value) : null
      const fraction = typeof value === 'number' ? value : m ? Number(m[1]) / 100 : (worded ?? NaN)
      if (!Number.isFinite(fraction) || fraction < 0 || fraction > max) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return fraction
    })
  const share = shareUpTo(1, 'expected a share of full time such as 50%, 0.5 or `one day a week` (from 0% to 100%)', true)
  const deadline = z.string().refine((s) => isDate(s) || calendarPeriodIn(s) !== null, {
    message: 'expected a date such as 2023-03-31 or a period such as 2027 H1, Q3 2027 or FY2027',
  })
  const month = z.union([z.number().int().min(1).max(12), z.string()]).transform((value, ctx): number => {
    const n = typeof value === 'number' ? value : /^\d{1,2}$/.test(value.trim()) ? Number(value) : monthNumber(value.trim())
    if (n < 1 || n > 12) {
      ctx.addIssue({ code: 'custom', message: 'expected a month such as april or 4' })
      return z.NEVER
    }
    return n
  })
  const overrun = shareUpTo(10, 'expected a share such as 50% or 0.5 (from 0% to 1000%)')

  return z
    .object({
      start: isoDate.optional(),
      id: z.string().trim().min(1).max(200).optional(),
      workdays: z
        .array(
          z
            .string()
            .transform((d) => d.toLowerCase().slice(0, 3))
            .pipe(z.enum(Object.keys(WEEKDAYS) as [string, ...string[]])),
        )
        .min(1)
        .optional(),
      holidays: z.array(dateRange).optional(),
      deadline: deadline.optional(),
      'fiscal-year-start': month.optional(),
      'default-estimate': z.union([z.string(), z.number().transform((n) => `${n} days`)]).optional(),
      unassigned: z
        .object({ capacity: z.union([z.number().int().min(0), z.literal('unlimited')]) })
        .strict()
        .optional(),
      people: z
        .record(
          z.string(),
          z
            .object({ capacity: share.optional(), absences: z.array(dateRange).optional() })
            .strict()
            .nullable(),
        )
        .optional(),
      units: z.unknown().optional(),
      // Read by settings/reading.ts, which checks each label and size.
      labels: z.unknown().optional(),
      sizes: z.unknown().optional(),
      // Used by the resolver, which tells roles from people (src/settings/roles.ts); a
      // mapping gives roles a pool of their own.
      roles: z
        .union([
          z.string(),
          z.array(z.string()),
          z.record(
            z.string(),
            z
              .object({ capacity: z.number().int().min(0) })
              .strict()
              .nullable(),
          ),
        ])
        .optional(),
      estimates: z.enum(['duration', 'effort']).optional(),
      'people-default': z.object({ capacity: share }).strict().optional(),
      forecast: z
        .object({
          samples: z.number().int().min(1).max(1_000_000).optional(),
          spread: overrun.optional(),
          'assumed-spread': overrun.optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
}

/** Validates settings (`prefix` names where they are, e.g. `waymark`). */
export function parsePlanSettings(raw: unknown, prefix: string): { settings: SettingsLayer; problems: SettingProblem[] } {
  const empty: SettingsLayer = { holidays: [], people: {} }
  if (raw === undefined || raw === null) return { settings: empty, problems: [] }
  const schema = settingsSchema()
  const result = schema.safeParse(raw)
  if (result.success) return { settings: toSettings(result.data), problems: [] }
  const problems: SettingProblem[] = result.error.issues.flatMap((issue): SettingProblem[] => {
    if (issue.code !== 'unrecognized_keys') return [{ key: settingKey(prefix, ...issue.path), reason: issue.message }]
    const known = knownKeys(schema, issue.path)
    return issue.keys.map((k) => {
      const suggestion = closestKey(k, known)
      return {
        key: settingKey(prefix, ...issue.path, k),
        reason: 'no such setting',
        atKey: true,
        ...(suggestion === null ? {} : { suggestion }),
      }
    })
  })
  // Keep what is valid: drop the values with problems and validate again.
  const paths = result.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path.map(String), k]) : [i.path.map(String)],
  )
  const cleaned = withoutKeys(raw, paths)
  const again = schema.safeParse(cleaned)
  return { settings: again.success ? toSettings(again.data) : empty, problems }
}

/** Settings of a `waymark.yaml` overlaid by a note's front matter (people merged by name). */
export function mergeSettings(base: SettingsLayer, over: SettingsLayer): SettingsLayer {
  // No prototype: people are named by the notes (`constructor`, `__proto__` are names too).
  const people: Record<string, PersonSettings> = Object.assign(Object.create(null) as Record<string, PersonSettings>, base.people)
  for (const [name, p] of Object.entries(over.people)) {
    const before = people[name]
    people[name] = { ...before, ...p, absences: [...(before?.absences ?? []), ...p.absences] }
  }
  return { ...base, ...definedOnly(over), holidays: [...base.holidays, ...over.holidays], people }
}

function toSettings(data: Zod.infer<Schema>): SettingsLayer {
  const people: Record<string, PersonSettings> = Object.create(null) as Record<string, PersonSettings>
  for (const [name, p] of Object.entries(data.people ?? {})) {
    people[name] =
      p?.capacity === undefined ? { absences: p?.absences ?? [] } : { capacity: p.capacity, absences: p.absences ?? [] }
  }
  const settings: { -readonly [K in keyof SettingsLayer]: SettingsLayer[K] } = { holidays: data.holidays ?? [], people }
  if (data.start !== undefined) settings.start = data.start
  if (data.id !== undefined) settings.roadmapId = data.id
  if (data.workdays !== undefined) settings.workdays = [...new Set(data.workdays.map((d) => WEEKDAYS[d] as Weekday))]
  if (data.deadline !== undefined) settings.deadline = deadlineDate(data.deadline, data['fiscal-year-start'] ?? 1)
  if (data['fiscal-year-start'] !== undefined) settings.fiscalYearStart = data['fiscal-year-start']
  if (data['default-estimate'] !== undefined) settings.defaultEstimate = data['default-estimate']
  if (data.estimates !== undefined) settings.estimates = data.estimates
  if (data['people-default'] !== undefined) settings.peopleDefaultCapacity = data['people-default'].capacity
  if (data.roles !== undefined && typeof data.roles === 'object' && !Array.isArray(data.roles)) {
    const pools = Object.entries(data.roles).flatMap(([role, pool]) => (pool === null ? [] : [{ role, capacity: pool.capacity }]))
    if (pools.length > 0) settings.rolePools = pools
  }
  if (data.unassigned !== undefined)
    settings.unassignedCapacity = data.unassigned.capacity === 'unlimited' ? null : data.unassigned.capacity
  if (data.forecast !== undefined) {
    const f = data.forecast
    settings.forecast = {
      ...(f.samples === undefined ? {} : { samples: f.samples }),
      ...(f.spread === undefined ? {} : { spread: f.spread }),
      ...(f['assumed-spread'] === undefined ? {} : { assumedSpread: f['assumed-spread'] }),
    }
  }
  return settings
}

/** A deadline setting's date: an ISO date as it is, a period's last day. */
function deadlineDate(written: string, fiscalYearStart: number): string {
  return isDate(written) ? written : (calendarPeriodIn(written, fiscalYearStart)?.end ?? written)
}

/** `one day a week` (a fifth of full time), `2 days per week`, `full time`, `half time`. */
function shareInWords(text: string): number | null {
  const t = text.trim().toLowerCase()
  if (/^full[- ]?time$/.test(t)) return 1
  if (/^half[- ]?time$/.test(t)) return 0.5
  const m = /^(\d+(?:\.\d+)?|an?|one|two|three|four|five|half a)\s+days?\s+(?:a|per|each|every)\s+week$/.exec(t)
  if (m === null) return null
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, 'half a': 0.5 }
  const days = words[m[1] as string] ?? Number(m[1])
  return days / 5
}

/** The keys the schema knows at `path` (an object's own keys; a record's values' keys). */
function knownKeys(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema
  const unwrap = (n: unknown): unknown => {
    // Optional, nullable and piped schemas wrap the one that has the keys.
    for (let k = 0; k < 8; k++) {
      const def = (n as { _zod?: { def?: { innerType?: unknown; in?: unknown } } })._zod?.def
      const inner = def?.innerType ?? def?.in
      if (inner === undefined) return n
      n = inner
    }
    return n
  }
  for (const key of path) {
    node = unwrap(node)
    const def = (node as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; valueType?: unknown } } })._zod?.def
    if (def?.type === 'object') node = def.shape?.[String(key)]
    else if (def?.type === 'record') node = def.valueType
    else return []
  }
  const def = (unwrap(node) as { _zod?: { def?: { type?: string; shape?: Record<string, unknown> } } })._zod?.def
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : []
}

/** The known key `key` is most likely a misspelling of (at most a third of its letters off), or `null`. */
function closestKey(key: string, known: readonly string[]): string | null {
  const folded = key.toLowerCase()
  let best: string | null = null
  let bestDistance = Math.max(1, Math.floor(folded.length / 3)) + 1
  for (const candidate of known) {
    const d = editDistance(folded, candidate, bestDistance)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

function definedOnly(s: SettingsLayer): Partial<SettingsLayer> {
  return Object.fromEntries(Object.entries(s).filter(([k, v]) => v !== undefined && k !== 'people' && k !== 'holidays'))
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  try {
    Temporal.PlainDate.from(s, { overflow: 'reject' })
    return true
  } catch {
    return false
  }
}

/** A copy of `raw` without the values at `paths` (so valid siblings survive). */
function withoutKeys(raw: unknown, paths: readonly (readonly string[])[]): unknown {
  const copy = structuredClone(raw) as unknown
  // Deepest and last array items first, so removing one does not move another.
  const sorted = [...paths].sort(
    (a, b) => b.length - a.length || (b[b.length - 1] ?? '').localeCompare(a[a.length - 1] ?? '', 'en', { numeric: true }),
  )
  for (const path of sorted) {
    if (path.length === 0) continue
    let node: unknown = copy
    for (const key of path.slice(0, -1))
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
    const last = path[path.length - 1] as string
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[last]
  }
  return copy
}
