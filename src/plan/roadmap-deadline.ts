/**
 * The roadmap's deadline: the `deadline` setting, or — when there is none — the end of the
 * window the notes give the roadmap itself: a title or agenda item that names a roadmap
 * with a period ("Roadmap 2027 H1", "Q3 2027 roadmap", "FY2027 Roadmap") ends on the
 * period's last day; with a year or a span of years ("OSS Roadmap (2022-2023)",
 * "Roadmap 2024"), on the 31st of December of its last year. The plan says where the
 * date came from.
 */
import type { Place } from '../model/place.js'
import type { RoadmapDeadline } from '../model/plan.js'
import type { Roadmap } from '../model/roadmap.js'
import { calendarPeriodIn } from '../text/calendar-period.js'
import { foldText } from '../text/fold.js'

const YEAR = '(19[7-9]\\d|2[01]\\d\\d)'
/** A span of years, `2022-2023`, `2022–23`, `2022 to 2023`, or one year. */
const WINDOW = new RegExp(`\\b${YEAR}(?:\\s*(?:-|–|—|to|until)\\s*(\\d{2}|${YEAR.slice(1, -1)}))?\\b`)

/** The deadline of `roadmap`: `setting` if given, else the roadmap window the notes name, else `null`. */
export function roadmapDeadline(roadmap: Roadmap, setting: string | undefined, fiscalYearStart = 1): RoadmapDeadline | null {
  if (setting !== undefined) return { date: setting, source: { kind: 'setting' } }
  const candidates: { text: string; place: Place | null }[] = [
    ...(roadmap.meta.title === null ? [] : [{ text: roadmap.meta.title, place: roadmap.meta.place }]),
    ...roadmap.agenda,
  ]
  for (const { text, place } of candidates) {
    if (!/\broadmap/.test(foldText(text))) continue
    const period = calendarPeriodIn(text, fiscalYearStart)
    if (period !== null) return { date: period.end, source: { kind: 'roadmap-window', text, place } }
    const m = WINDOW.exec(text)
    if (m === null) continue
    const first = Number(m[1])
    const written = m[2]
    // `2022-23`: the last year's century is the first one's.
    const last =
      written === undefined ? first : written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written)
    if (last < first) continue
    return { date: `${last}-12-31`, source: { kind: 'roadmap-window', text, place } }
  }
  return null
}
