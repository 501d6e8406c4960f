/**
 * The roadmap as a TaskJuggler 3 project (`waymark export --format tjp`): people as
 * resources (part-time as efficiency, absences as leaves), topics as tasks with effort
 * and allocations, prerequisites as dependencies, holidays, the start date, and a CSV
 * task report of start and end dates — so `tj3 FILE.tjp` schedules the same problem
 * Waymark plans, and the two can be compared.
 */
import type { RoadmapProblem } from '../../plan/roadmap-problem.js'
import { PRIORITY_LEVELS } from '../../model/priority-levels.js'
import { nextDay, type Weekday } from '../../model/iso-date.js'
import type { DateRange } from '../../model/settings.js'
import { stripEnds } from '../../text/strip-chars.js'

/** The CSV report the project asks tj3 to write (`waymark-plan.csv`). */
export const TJP_REPORT = 'waymark-plan'

/** Renders a roadmap problem as a `.tjp` project, with the settings' working week and holidays. */
export function renderTaskJuggler(
  rp: RoadmapProblem,
  title: string,
  options: { readonly holidays: readonly DateRange[]; readonly workdays: readonly Weekday[] },
): string {
  const { calendar } = rp
  const lines: string[] = []
  // The project must span every task; a generous multiple of the lower bound does, cheaply.
  const spanDays = Math.ceil(Math.max(60, rp.lowerBound * 3 + 20) * 1.5) + 30
  lines.push(`# Written by Waymark. Schedule it with: tj3 FILE.tjp (writes ${TJP_REPORT}.csv)`)
  lines.push(`project waymark ${tjString(title)} ${calendar.start} +${spanDays}d {`)
  lines.push('  timezone "UTC"')
  lines.push('  timeformat "%Y-%m-%d"')
  const workdays: readonly number[] = options.workdays
  const off = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].filter((_, k) => !workdays.includes(k === 0 ? 7 : k))
  if (off.join() !== 'sun,sat') {
    const on = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].filter((_, k) => workdays.includes(k + 1))
    lines.push(`  workinghours ${on.join(', ')} 9:00 - 12:00, 13:00 - 18:00`)
    if (off.length > 0) lines.push(`  workinghours ${off.join(', ')} off`)
  }
  lines.push('}')
  // TaskJuggler's intervals end before their end date: the day after the range's last day.
  for (const r of options.holidays) lines.push(`leaves holiday "Holiday" ${r.from} - ${nextDay(r.to)}`)

  const resourceIds = rp.resources.map((r, k) =>
    r.kind === 'pool' ? (r.name === 'unassigned' ? 'unassigned' : `pool${k}_${tjId(r.name)}`) : `r${k}_${tjId(r.name)}`,
  )
  const capacityOf = new Map<string, number>()
  rp.resources.forEach((r, k) => {
    if (r.kind === 'pool') {
      const label = r.name === 'unassigned' ? 'Unassigned' : r.name
      for (let slot = 1; slot <= r.capacity; slot++)
        lines.push(`resource ${resourceIds[k]}_${slot} ${tjString(`${label} ${slot}`)}`)
      return
    }
    lines.push(`resource ${resourceIds[k]} ${tjString(r.name)} {`)
    for (const [s, e] of r.absences) lines.push(`  leaves annual ${calendar.dateOf(s)} - ${calendar.dateOf(e)}`)
    lines.push('}')
    capacityOf.set(r.name, 1)
  })

  const taskIds = rp.activities.map((a, j) => `t${j}_${tjId(a.topic.id)}`)
  rp.activities.forEach((a, j) => {
    const p = rp.problem
    lines.push(`task ${taskIds[j]} ${tjString(a.topic.title)} {`)
    const uses = Array.from(p.uses[j] as Int32Array)
    const people = uses.filter((r) => rp.resources[r]?.kind === 'person')
    const pool = uses.find((r) => rp.resources[r]?.kind === 'pool')
    if (a.days === 0) lines.push('  milestone')
    else if (people.length === 0 && pool === undefined) lines.push(`  length ${a.days}d`)
    else {
      // Every allocated resource works the whole span: effort = days × resources.
      const allocated = people.length + (pool === undefined ? 0 : 1)
      lines.push(`  effort ${a.days * allocated}d`)
      if (people.length > 0) lines.push(`  allocate ${people.map((r) => resourceIds[r]).join(', ')}`)
      if (pool !== undefined) {
        const slots = rp.resources[pool]?.capacity ?? 1
        const id = resourceIds[pool] as string
        const others = Array.from({ length: slots - 1 }, (_, k) => `${id}_${k + 2}`)
        lines.push(`  allocate ${id}_1${others.length > 0 ? ` { alternative ${others.join(', ')} select minloaded }` : ''}`)
      }
    }
    const release = p.releases[j] as number
    if (release > 0) lines.push(`  start ${calendar.dateOf(release)}`)
    const preds = Array.from(p.predecessors[j] as Int32Array)
    if (preds.length > 0) lines.push(`  depends ${preds.map((i) => taskIds[i]).join(', ')}`)
    const level = a.topic.priority === null ? -1 : PRIORITY_LEVELS.indexOf(a.topic.priority)
    if (level >= 0) lines.push(`  priority ${300 + 100 * level}`)
    lines.push('}')
  })
  lines.push(`taskreport ${tjId(TJP_REPORT)} "${TJP_REPORT}" {`)
  lines.push('  formats csv')
  lines.push('  columns id, start, end')
  lines.push('}')
  return `${lines.join('\n')}\n`
}

/** A TaskJuggler identifier from any text: letters, digits, underscores. */
function tjId(text: string): string {
  return stripEnds(text.replace(/[^A-Za-z0-9_]+/g, '_'), '_').slice(0, 40) || 'x'
}

/**
 * A TaskJuggler string: quotes and backslashes escaped, line breaks as spaces, control
 * characters dropped, and `${` / `$(` broken with a zero-width space (tj3 expands macros
 * and environment variables inside strings).
 */
export function tjString(text: string): string {
  const clean = text
    .replace(/[\r\n\t]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\$(?=[{(])/g, '$\u200b')
  return `"${clean}"`
}
