/** The slip table's rows in words, for the terminal, the report and the page alike. */
import type { RoadmapHistory } from '../model/roadmap-history.js'
import { daysText } from './diff-text.js'

/** One topic's row of the slip table. */
export interface SlipRow {
  readonly title: string
  readonly firstSeen: string
  readonly age: string
  readonly finishes: string
  readonly slip: string
  readonly pace: string
  readonly status: string
}

/** The rows of the topics that were ever planned, the most slipped first. */
export function slipRows(history: RoadmapHistory): SlipRow[] {
  return history.topics
    .filter((t) => t.points.some((p) => p.finish !== null))
    .map((t) => {
      const planned = t.points.filter((p) => p.finish !== null)
      return {
        title: t.title,
        firstSeen: t.firstSeen.date,
        age: `${t.ageDays} d`,
        finishes: `${planned[0]?.finish ?? '—'} → ${planned[planned.length - 1]?.finish ?? '—'}`,
        slip: daysText(t.slipDays),
        pace: t.ageDays > 0 && t.slipDays !== 0 ? `${daysText(Math.round(t.slipPerMonth))} a month` : '',
        status: t.done ? 'done' : t.current ? (t.points[t.points.length - 1]?.status ?? '') : 'removed',
      }
    })
}
