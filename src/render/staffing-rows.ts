/**
 * Staffing in words and table rows, the same in the terminal, the report and the page:
 * one row per number of extra people, then what the plan assumes, and a sentence on the
 * smallest number that meets the deadline (or what blocks it).
 */
import type { Staffing } from '../model/staffing.js'
import { percent } from './percent-text.js'

/** The table's headings. */
export const STAFFING_HEADINGS = ['More people', 'Planned finish', 'P50', 'P85', 'Deadline chance'] as const

/** The table's rows (plain text; the caller escapes titles — there are none here). */
export function staffingRows(staffing: Staffing): string[][] {
  const chance = (c: number | null): string => (c === null ? '—' : percent(c))
  const rows = staffing.options.map((o) => [
    `${o.extra}${o.extra === staffing.smallestForDeadline ? ' ◀ fewest for the deadline' : ''}`,
    o.finish ?? 'never (nobody takes the unowned topics)',
    o.p50 ?? '—',
    o.p85 ?? '—',
    chance(o.deadlineChance),
  ])
  const a = staffing.asPlanned
  rows.push([`as planned (up to ${a.extra} at once)`, a.finish ?? '—', a.p50 ?? '—', a.p85 ?? '—', chance(a.deadlineChance)])
  return rows
}

/** The answer in one sentence: how many more people meet the deadline, or why none do. */
export function staffingVerdict(staffing: Staffing): string {
  const n = staffing.unowned.length
  if (n === 0) return 'Every planned topic has an owner: the plan needs no more people.'
  const confidence = `${Math.round(staffing.confidence * 100)}%`
  if (staffing.deadline === null)
    return `${n} topics have no owner. No deadline is set (\`deadline:\` in the settings), so no number of people is needed to meet one.`
  if (staffing.smallestForDeadline !== null) {
    const k = staffing.smallestForDeadline
    return k === 0
      ? `The deadline ${staffing.deadline} is met in ${confidence} of the samples without anyone new.`
      : `${k} more ${k === 1 ? 'person' : 'people'} taking the ${n} unowned topics meet the deadline ${staffing.deadline} in at least ${confidence} of the samples; fewer do not.`
  }
  return `No number of extra people meets the deadline ${staffing.deadline} in ${confidence} of the samples. ${staffing.blockedBy?.text ?? ''}`.trim()
}
