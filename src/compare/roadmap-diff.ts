/**
 * diff: two versions of a roadmap → what changed — topics added, removed and renamed;
 * owners, estimates, priorities, statuses, deadlines and prerequisites changed — and how
 * the plan and the forecast moved, per topic and for the whole roadmap. Pure: both
 * versions come read, planned and forecast.
 */
import { daysBetween } from '../model/iso-date.js'
import type { Topic } from '../model/roadmap.js'
import type { RoadmapVersion } from '../model/roadmap-version.js'
import type { DateMove, FieldChange, RoadmapDiff, TopicChange, TopicPresence } from '../model/roadmap-diff.js'
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
    changed.push({ id: p.after.id, title: p.after.title, renamed: p.renamed, changes, finish, p85 })
  }
  changed.sort((a, b) => Math.abs(b.finish.days ?? 0) - Math.abs(a.finish.days ?? 0) || a.title.localeCompare(b.title))
  const deadline = after.plan.deadline ?? before.plan.deadline
  return {
    before: before.label,
    after: after.label,
    added: added.map(presence(after)),
    removed: removed.map(presence(before)),
    changed,
    unchanged,
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
