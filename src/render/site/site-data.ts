/**
 * What the roadmap page shows: the data `waymark site` embeds in `index.html` and writes
 * beside it as `roadmap.json`, and the page's script draws. Types only, with no imports,
 * so the browser code and the generator share them. Positions on the time axis are
 * calendar days from `origin` (the chart's first day); `end` values are exclusive.
 * Every string here may come from the notes: the page treats all of them as text.
 */

/** Format version of the page data. */
export type SiteDataVersion = 1

/** A topic as the page shows it. */
export interface SiteTopic {
  readonly id: string
  readonly title: string
  readonly owners: readonly string[]
  readonly team: readonly string[]
  /** No person owns it yet: planned as if someone takes it (see `ownerGap`). */
  readonly unowned: boolean
  /** `upcoming`, `in-progress`, `blocked`, or `null` (not said). */
  readonly status: string | null
  readonly statusText: string | null
  readonly priority: string | null
  /** First and last working day (ISO); `started` is when work in progress began. */
  readonly start: string
  readonly finish: string
  readonly started: string | null
  /** Past its planned finish (`finish`) or start (`start`) and not marked so, as of the plan's day. */
  readonly late: 'finish' | 'start' | null
  /** Calendar days from the origin: the bar runs from `startDay` to `endDay` (exclusive). */
  readonly startDay: number
  readonly endDay: number
  readonly days: number
  readonly slack: number
  readonly critical: boolean
  readonly assumed: boolean
  readonly estimate: string | null
  /** Why it starts when it does, in one sentence. */
  readonly reason: string
  readonly deadline: string | null
  readonly missesDeadline: boolean
  /** The forecast: last working day at P50 and P85, as dates and as exclusive calendar-day ends; `null` without a forecast. */
  readonly forecast: {
    readonly p50: string
    readonly p85: string
    readonly p50Day: number
    readonly p85Day: number
    readonly criticality: number
  } | null
  /** The groups it belongs to, by way of grouping. */
  readonly groups: { readonly owner: string; readonly status: string }
  /** Every field as written in the notes. */
  readonly fields: readonly { readonly label: string; readonly text: string }[]
  readonly prerequisites: readonly { readonly text: string; readonly topic: string | null }[]
  /** Where the topic is in the notes, `file:line:column`. */
  readonly source: string
}

/** A dependency between planned topics: `to` needs `from`. */
export interface SiteLink {
  readonly from: string
  readonly to: string
  readonly critical: boolean
}

/** A node of the laid-out dependency graph. */
export interface SiteGraphNode {
  readonly id: string
  /** The topic's id, or `null` for an external prerequisite's note. */
  readonly topic: string | null
  readonly label: string
  /** Column (0 first) and row within the column. */
  readonly layer: number
  readonly order: number
  readonly critical: boolean
  readonly external: boolean
}

/** An edge of the graph: `prerequisite` (solid), `suggested` or `external` (dotted). */
export interface SiteGraphEdge {
  readonly from: string
  readonly to: string
  readonly kind: 'prerequisite' | 'suggested' | 'external' | 'person'
  readonly critical: boolean
}

/** A tick of the time axis. */
export interface SiteTick {
  readonly day: number
  readonly label: string
}

/** A bar of the forecast histogram, with the share finished by its end. */
export interface SiteHistogramBin {
  readonly label: string
  readonly fromDay: number
  readonly toDay: number
  readonly count: number
  readonly cumulative: number
}

/** A diagnostic, for the notes section (and the error view of `waymark serve`). */
export interface SiteDiagnostic {
  readonly severity: 'error' | 'warning' | 'info'
  readonly ruleId: string
  readonly message: string
  readonly hint: string
  readonly place: string | null
}

/** One person's to-do list. */
export interface SiteTodo {
  readonly person: string | null
  readonly items: readonly {
    readonly ask: string
    readonly topic: string
    readonly title: string
    readonly place: string
    /** For an owner to name: who could be it, each `Name — reason` (suggestions, never assigned). */
    readonly suggested: readonly string[]
  }[]
}

/** The whole page's data. */
export interface SiteData {
  readonly version: SiteDataVersion
  readonly title: string
  readonly files: readonly string[]
  readonly meetingDate: string | null
  /** The chart's first day (ISO), day 0 of every position. */
  readonly origin: string
  /** The plan's first day and last day, and the day statuses are judged on. */
  readonly start: string
  readonly asOf: string
  readonly finish: string | null
  readonly makespanDays: number
  readonly lowerBoundDays: number
  readonly criticalPath: readonly string[]
  readonly bottlenecks: readonly { readonly name: string; readonly utilization: number; readonly workDays: number }[]
  /** The owner gap in one sentence (what the finish assumes about the unowned topics); `null` when every topic has an owner. */
  readonly ownerGap: string | null
  readonly deadline: {
    readonly date: string
    readonly day: number
    readonly origin: string
    readonly met: boolean
    readonly probability: number | null
  } | null
  readonly forecast: {
    readonly samples: number
    readonly seed: number
    readonly p50: string
    readonly p85: string
    readonly p95: string
    readonly p50Day: number
    readonly p85Day: number
    readonly p95Day: number
    readonly plannedProbability: number
    readonly drivers: readonly string[]
    readonly unit: 'week' | 'month'
    readonly histogram: readonly SiteHistogramBin[]
  } | null
  readonly topics: readonly SiteTopic[]
  readonly links: readonly SiteLink[]
  readonly graph: { readonly nodes: readonly SiteGraphNode[]; readonly edges: readonly SiteGraphEdge[] }
  /** The time axis's length in calendar days, and its ticks per zoom. */
  readonly days: number
  readonly ticks: { readonly month: readonly SiteTick[]; readonly quarter: readonly SiteTick[] }
  /** Group labels in display order, by way of grouping. */
  readonly groupOrder: { readonly owner: readonly string[]; readonly status: readonly string[] }
  readonly todo: readonly SiteTodo[]
  readonly diagnostics: readonly SiteDiagnostic[]
  /** The topics not planned, and why. */
  readonly excluded: readonly { readonly id: string; readonly title: string; readonly why: string }[]
  /** The latest changes, against the previous version of the notes (git), or `null`. */
  readonly changes: {
    readonly since: string
    readonly summary: readonly string[]
    readonly topics: readonly { readonly title: string; readonly moved: string; readonly changes: readonly string[] }[]
  } | null
  /** Set by `waymark serve`: the page listens for changes and reloads. */
  readonly live: boolean
  /** Set by `waymark serve` when the notes cannot be planned: the page shows this instead. */
  readonly failure: string | null
  readonly generator: string
}
