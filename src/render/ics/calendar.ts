/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per planned topic, from
 * its first working day to the day after its last (DTEND is exclusive for dates).
 * UIDs are stable — the topic's id and the roadmap's (the `id` setting, the repository's
 * name, the folder's; never the note's title, which each meeting changes) — and each
 * export has a later SEQUENCE and LAST-MODIFIED, so importing a newer export, or the next
 * meeting's, updates the events instead of adding copies. Events are transparent (they do not make
 * anyone busy) and tentative while the topic has no owner or an assumed estimate. The
 * milestones the documents date are one-day events too, their UID their date and title.
 */
import { formatPlace } from '../../model/place.js'
import type { Roadmap } from '../../model/roadmap.js'
import type { RoadmapView } from '../../model/roadmap-view.js'
import { daysBetween, nextDay } from '../../model/iso-date.js'
import { slugId } from '../../text/slug.js'
import { icalLine, icalText } from './ical-text.js'

/** Options of the calendar. */
export interface CalendarOptions {
  /** Today (ISO date): the DTSTAMP and LAST-MODIFIED of every event, and its SEQUENCE. */
  readonly today: string
  readonly version: string
  /**
   * The roadmap's identity, the same from one meeting's notes to the next (the `id`
   * setting, the repository's name, the folder's): UIDs are `TOPIC@ID.waymark`. Default:
   * the first file's folder.
   */
  readonly roadmapId?: string
}

/** Renders the calendar. */
export function renderCalendar(view: RoadmapView, options: CalendarOptions): string {
  const { roadmap, plan } = view
  const title = roadmap.meta.title ?? 'Roadmap'
  const key = slugId(options.roadmapId ?? folderOf(roadmap), 'roadmap')
  const stamp = `${compact(options.today)}T000000Z`
  // A later export is a later revision of every event: a subscribed calendar updates in place.
  const sequence = Math.max(0, daysBetween(SEQUENCE_EPOCH, options.today))
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Waymark//Waymark ${icalText(options.version)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME;VALUE=TEXT:${icalText(title)}`,
  ]
  for (const t of plan.topics) {
    const topic = view.topics.get(t.id)?.topic
    const people = [...t.owners, ...t.team.filter((m) => !t.owners.includes(m))]
    const description = [
      `Owners: ${people.length > 0 ? people.join(', ') : 'unassigned'}`,
      `${t.days} working days${t.assumed ? ' (assumed estimate)' : ''}, slack ${t.slack}${t.critical ? ', on the critical path' : ''}`,
      `Why it starts then: ${t.because}`,
      ...(topic ? [`Source: ${formatPlace(topic.place)}`] : []),
    ].join('\n')
    const categories = [...(t.critical ? ['Critical path'] : []), ...(t.assumed ? ['Assumed estimate'] : [])]
    lines.push(
      'BEGIN:VEVENT',
      `UID:${t.id}@${key}.waymark`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${compact(t.started ?? t.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(t.finish))}`,
      `SUMMARY:${icalText(t.title)}`,
      `DESCRIPTION:${icalText(description)}`,
      ...(categories.length > 0 ? [`CATEGORIES:${categories.map(icalText).join(',')}`] : []),
      `STATUS:${t.assumed || t.unowned ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  roadmap.milestones.forEach((m) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:milestone-${m.date}-${slugId(m.title, 'milestone')}@${key}.waymark`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${compact(m.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(m.date))}`,
      `SUMMARY:${icalText(m.title)}`,
      `DESCRIPTION:${icalText(`Milestone\nSource: ${formatPlace(m.place)}`)}`,
      'CATEGORIES:Milestone',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  })
  lines.push('END:VCALENDAR')
  return lines.map(icalLine).join('')
}

/** SEQUENCE counts days from here: each day's export is a later revision than the day before's. */
const SEQUENCE_EPOCH = '2020-01-01'

/** The folder of the roadmap's first file (its last path segment), or `roadmap`. */
function folderOf(roadmap: Roadmap): string {
  const file = roadmap.files[0] ?? ''
  const folder = file.slice(0, Math.max(0, file.lastIndexOf('/')))
  return folder.slice(folder.lastIndexOf('/') + 1) || 'roadmap'
}

function compact(date: string): string {
  return date.replace(/-/g, '')
}
