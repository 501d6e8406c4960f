/**
 * history: the versions of a roadmap over time → for each topic, its planned finish and
 * P85 in every version it appears in (renames followed), when it first appeared, how far
 * its finish has slipped since, and how fast. Pure: the versions come read, planned and
 * forecast, oldest first.
 */
import { daysBetween } from '../model/iso-date.js'
import type { HistoryVersion } from '../model/roadmap-version.js'
import type { RoadmapHistory, TopicPoint, TopicTrack } from '../model/roadmap-history.js'
import { carriedActions } from './carried-actions.js'
import { pairTopics } from './topic-pairs.js'

const DAYS_PER_MONTH = 30.44

/**
 * Follows the topics through `versions`, taken in date order (versions of one day keep
 * the order given: a log's, or the files' by path).
 */
export function roadmapHistory(given: readonly HistoryVersion[]): RoadmapHistory {
  const versions = [...given].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  interface Building {
    id: string
    title: string
    firstSeen: { version: number; date: string }
    points: TopicPoint[]
  }
  const tracks: Building[] = []
  let byId = new Map<string, Building>()
  versions.forEach((v, k) => {
    const next = new Map<string, Building>()
    const previous = versions[k - 1]
    const pairs = previous ? pairTopics(previous.roadmap.topics, v.roadmap.topics).pairs : []
    const earlier = new Map(pairs.map((p) => [p.after.id, p.before.id]))
    for (const t of v.roadmap.topics) {
      const before = earlier.get(t.id)
      let track = before === undefined ? undefined : byId.get(before)
      if (track === undefined) {
        track = { id: t.id, title: t.title, firstSeen: { version: k, date: v.date }, points: [] }
        tracks.push(track)
      }
      track.id = t.id
      track.title = t.title
      track.points.push({
        version: k,
        date: v.date,
        title: t.title,
        finish: v.plan.topics.find((p) => p.id === t.id)?.finish ?? null,
        p85: v.forecast?.topics.find((p) => p.id === t.id)?.p85 ?? null,
        status: t.status?.text ?? 'not started',
      })
      next.set(t.id, track)
    }
    byId = next
  })
  const latest = versions[versions.length - 1]
  const lastIndex = versions.length - 1
  const topics: TopicTrack[] = tracks.map((t) => {
    const planned = t.points.filter((p) => p.finish !== null)
    const first = planned[0]?.finish ?? null
    const last = planned[planned.length - 1]?.finish ?? null
    const slipDays = first !== null && last !== null ? daysBetween(first, last) : 0
    const ageDays = latest ? daysBetween(t.firstSeen.date, latest.date) : 0
    const lastPoint = t.points[t.points.length - 1]
    const doneState =
      lastPoint?.version === lastIndex ? latest?.roadmap.topics.find((x) => x.id === t.id)?.status?.state : undefined
    return {
      id: t.id,
      title: t.title,
      firstSeen: t.firstSeen,
      points: t.points,
      ageDays,
      slipDays,
      slipPerMonth: ageDays > 0 ? (slipDays / ageDays) * DAYS_PER_MONTH : 0,
      done: doneState === 'done' || (lastPoint?.finish === null && /done/i.test(lastPoint.status)),
      current: lastPoint?.version === lastIndex,
    }
  })
  topics.sort((a, b) => b.slipDays - a.slipDays || a.title.localeCompare(b.title))
  return {
    versions: versions.map((v) => ({
      label: v.label,
      date: v.date,
      subject: v.subject,
      finish: v.plan.finish,
      p85: v.forecast?.finish.p85 ?? null,
    })),
    topics,
    actions: carriedActions(versions),
  }
}
