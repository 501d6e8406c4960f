/**
 * diff: two versions of a roadmap → what changed — topics added, removed and renamed;
 * owners, estimates, priorities, statuses, deadlines and prerequisites changed — and how
 * the plan and the forecast moved, per topic and for the whole roadmap. Pure: both
 * versions come read, planned and forecast.
 */
import { daysBetween } from '../model/iso-date.js'
import type { Topic } from '../model/roadmap.js'
import type { RoadmapVersion } from '../model/roadmap-version.js'
import type {
  DateMove,
  FieldChange,
  MoveCause,
  RoadmapDiff,
  SettingChange,
  TopicChange,
  TopicPresence,
} from '../model/roadmap-diff.js'
import type { PlanSettings } from '../model/settings.js'
import { pairTopics } from './topic-pairs.js'

/** Compares two versions. */
export function diffRoadmaps(before: RoadmapVersion, after: RoadmapVersion): RoadmapDiff {
  const { pairs, added, removed } = pairTopics(before.roadmap.topics, after.roadmap.topics)
  // Prerequisites are compared by the later version's ids, renames followed.
  const laterId = new Map(pairs.map((p) => [p.before.id, p.after.id]))
  const titleAfter = new Map(after.roadmap.topics.map((t) => [t.id, t.title]))
  const presence =
    (v: RoadmapVersion) =>
    (t: Topic): TopicPresence => ({
      id: t.id,
      title: t.title,
      finish: finishOf(v, t.id),
      p85: p85Of(v, t.id),
    })
  const changed: TopicChange[] = []
  let unchanged = 0
  for (const p of pairs) {
    const changes: FieldChange[] = []
    const compare = (field: FieldChange['field'], a: string, b: string): void => {
      if (a !== b) changes.push({ field, before: a, after: b })
    }
    if (p.renamed || p.before.title !== p.after.title) compare('title', p.before.title, p.after.title)
    compare('owners', names(p.before.owners), names(p.after.owners))
    compare('team', names(p.before.team), names(p.after.team))
    compare('estimate', estimateOf(p.before), estimateOf(p.after))
    compare('priority', p.before.priority ?? 'none', p.after.priority ?? 'none')
    compare('status', statusOf(p.before), statusOf(p.after))
    compare('deadline', p.before.deadline ?? 'none', p.after.deadline ?? 'none')
    const prereqs = (t: Topic, map: (id: string) => string): string =>
      [...new Set(t.prerequisites.flatMap((q) => (q.topic === null ? [] : [map(q.topic)])))]
        .map((id) => titleAfter.get(id) ?? id)
        .sort()
        .join(', ') || 'none'
    compare(
      'prerequisites',
      prereqs(p.before, (id) => laterId.get(id) ?? id),
      prereqs(p.after, (id) => id),
    )
    const finish = move(finishOf(before, p.before.id), finishOf(after, p.after.id))
    const p85 = move(p85Of(before, p.before.id), p85Of(after, p.after.id))
    if (changes.length === 0 && (finish.days ?? 0) === 0 && (p85.days ?? 0) === 0 && finish.before === finish.after) {
      unchanged++
      continue
    }
    changed.push({ id: p.after.id, title: p.after.title, renamed: p.renamed, changes, finish, p85, cause: null })
  }
  const settings = settingChanges(before.settings, after.settings)
  const explained = changed.map((c) => ({ ...c, cause: moveCause(c, { before, after, changed, added, removed, settings }) }))
  explained.sort((a, b) => Math.abs(b.finish.days ?? 0) - Math.abs(a.finish.days ?? 0) || a.title.localeCompare(b.title))
  const deadline = after.plan.deadline ?? before.plan.deadline
  return {
    before: before.label,
    after: after.label,
    added: added.map(presence(after)),
    removed: removed.map(presence(before)),
    changed: explained,
    unchanged,
    settings,
    roadmap: {
      finish: move(before.plan.finish, after.plan.finish),
      p85: move(before.forecast?.finish.p85 ?? null, after.forecast?.finish.p85 ?? null),
      deadline: {
        date: deadline?.date ?? null,
        before: before.forecast?.deadline?.probability ?? null,
        after: after.forecast?.deadline?.probability ?? null,
      },
    },
  }
}

/** What explaining a move needs: both versions, what moved, and the settings' changes. */
interface MoveContext {
  readonly before: RoadmapVersion
  readonly after: RoadmapVersion
  readonly changed: readonly TopicChange[]
  readonly added: readonly Topic[]
  readonly removed: readonly Topic[]
  readonly settings: readonly SettingChange[]
}

/**
 * Why a topic's planned finish moved: the first of its own edit, a prerequisite that
 * moved or is new, a topic sharing one of its people that moved, was added or removed,
 * the plan's first day, a settings change — and only when none of these, a knock-on of
 * the kept order or a re-optimisation.
 */
function moveCause(c: TopicChange, context: MoveContext): MoveCause | null {
  const { before, after, changed, added, removed, settings } = context
  const moved = c.finish.days !== 0 || c.finish.before !== c.finish.after
  if (!moved) return null
  if (c.changes.some((f) => f.field !== 'title')) return { kind: 'edit' }
  const topic = after.roadmap.topics.find((t) => t.id === c.id)
  const movedIds = new Set([
    ...changed.filter((x) => x.id !== c.id && x.finish.days !== 0).map((x) => x.id),
    ...added.map((t) => t.id),
  ])
  const titleOf = (id: string): string => after.roadmap.topics.find((t) => t.id === id)?.title ?? id
  const prerequisite = topic?.prerequisites.find((p) => p.topic !== null && movedIds.has(p.topic))
  if (prerequisite?.topic) return { kind: 'prerequisite', topic: titleOf(prerequisite.topic) }
  // The person it waits for in the new plan first, then anyone it shares a person with.
  const planned = after.plan.topics.find((t) => t.id === c.id)
  if (planned?.reason.kind === 'person' && movedIds.has(planned.reason.topic))
    return { kind: 'person', topic: titleOf(planned.reason.topic), person: planned.reason.person }
  const people = new Set([...(topic?.owners ?? []), ...(topic?.team ?? [])])
  const sharing = [...after.roadmap.topics.filter((t) => movedIds.has(t.id)), ...removed].find((t) =>
    [...t.owners, ...t.team].some((p) => people.has(p)),
  )
  if (sharing !== undefined) {
    const person = [...sharing.owners, ...sharing.team].find((p) => people.has(p)) as string
    return { kind: 'person', topic: sharing.title, person }
  }
  if (before.plan.start !== after.plan.start) return { kind: 'plan-start', before: before.plan.start, after: after.plan.start }
  if (settings.length > 0) return { kind: 'settings', keys: settings.map((x) => x.key) }
  const kept = after.plan.baseline
  if (kept !== null && !kept.reoptimised) return { kind: 'knock-on' }
  return {
    kind: 'reoptimised',
    shorterByDays: kept?.reoptimised
      ? kept.keptMakespanDays - after.plan.makespanDays
      : before.plan.makespanDays - after.plan.makespanDays,
  }
}

/** The planning settings that differ, as key paths (`people.Ann Lee.capacity`) with both values. */
function settingChanges(before: PlanSettings | undefined, after: PlanSettings | undefined): SettingChange[] {
  if (before === undefined || after === undefined) return []
  const a = flatten(before)
  const b = flatten(after)
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort()
  return keys.flatMap((key) => {
    const x = a.get(key) ?? 'none'
    const y = b.get(key) ?? 'none'
    return x === y ? [] : [{ key, before: x, after: y }]
  })
}

/** Leaves of a settings object by key path, as JSON text; lists are leaves (holidays compare whole). */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out)
  } else if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out.set(prefix, JSON.stringify(value))
  return out
}

function finishOf(v: RoadmapVersion, id: string): string | null {
  return v.plan.topics.find((t) => t.id === id)?.finish ?? null
}

function p85Of(v: RoadmapVersion, id: string): string | null {
  return v.forecast?.topics.find((t) => t.id === id)?.p85 ?? null
}

function move(before: string | null, after: string | null): DateMove {
  return { before, after, days: before === null || after === null ? null : daysBetween(before, after) }
}

function names(list: readonly string[]): string {
  return list.length === 0 ? 'nobody' : [...list].sort((a, b) => a.localeCompare(b)).join(', ')
}

function estimateOf(t: Topic): string {
  return t.estimate === null ? 'none' : t.estimate.text
}

function statusOf(t: Topic): string {
  return t.status === null ? 'not started' : t.status.text
}
