/**
 * The settings schema: under `waymark:` in a note's front matter, and/or at the top level
 * of a `waymark.yaml` beside the notes. Validated with zod; every problem names its key
 * (the reader turns it into an `invalid-setting` diagnostic) and the default applies.
 *
 * ```yaml
 * start: 2022-09-01                 # default: the first working day after the meeting
 * workdays: [mon, tue, wed, thu, fri]
 * holidays: [2022-12-26, 2022-12-24..2023-01-01]
 * deadline: 2023-12-31
 * default-estimate: 2 months        # for topics without one; default: median of the known
 * unassigned: { capacity: 3 }       # topics without owner, at most 3 at a time; default unlimited
 * roles: [apprentice, release crew] # words that make an owner a role, besides the built-in ones
 * people:
 *   Marc Rittinghaus:
 *     capacity: 50%                 # part-time: topics take twice as long
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

/**
 * One layer of settings (the file's, or the front matter's), validated: people as the
 * settings spell them, the default estimate as written (units may come from another layer).
 */
export interface SettingsLayer extends Omit<PlanSettings, 'defaultEstimate'> {
  readonly defaultEstimate?: string
}

/** A settings problem: the key path and what is wrong. */
export interface SettingProblem {
  readonly key: string
  readonly reason: string
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
  /** A share written `50%` or `0.5`, from 0 to `max`. */
  const shareUpTo = (max: number, message: string) =>
    z.union([z.number(), z.string()]).transform((value, ctx): number => {
      const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null
      const fraction = typeof value === 'number' ? value : m ? Number(m[1]) / 100 : NaN
      if (!Number.isFinite(fraction) || fraction < 0 || fraction > max) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return fraction
    })
  const share = shareUpTo(1, 'expected a share of full time such as 50% or 0.5 (from 0% to 100%)')
  const overrun = shareUpTo(10, 'expected a share such as 50% or 0.5 (from 0% to 1000%)')

  return z
    .object({
      start: isoDate.optional(),
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
      deadline: isoDate.optional(),
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
      // Used by the resolver, which tells roles from people (src/settings/roles.ts).
      roles: z.union([z.string(), z.array(z.string())]).optional(),
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
  const problems = result.error.issues.map((issue) => ({
    key: [prefix, ...issue.path.map(String)].filter((k) => k !== '').join('.'),
    reason:
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : issue.message,
  }))
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
  if (data.workdays !== undefined) settings.workdays = [...new Set(data.workdays.map((d) => WEEKDAYS[d] as Weekday))]
  if (data.deadline !== undefined) settings.deadline = data.deadline
  if (data['default-estimate'] !== undefined) settings.defaultEstimate = data['default-estimate']
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
