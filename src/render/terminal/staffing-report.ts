/** `waymark staff`: the finish for 0, 1, 2, … more people, the verdict, and who could own each unowned topic. */
import type { Staffing } from '../../model/staffing.js'
import { STAFFING_HEADINGS, staffingRows, staffingVerdict } from '../staffing-rows.js'
import { ownerSuggestionLines } from '../owner-gap-text.js'
import { sanitizeForTerminal as s, type Style } from './style.js'
import { renderTable } from './table.js'

/** Renders staffing for a terminal; `title` is the roadmap's (untrusted). */
export function renderStaffing(staffing: Staffing, title: string | null, style: Style): string {
  const lines: string[] = [
    style.bold(
      s(
        `Staffing${title ? ` for “${title}”` : ''}: ${staffing.unowned.length} unowned topics; ${staffing.samples.toLocaleString('en')} samples, seed ${staffing.seed}`,
      ),
    ),
    '',
  ]
  const table = renderTable(
    STAFFING_HEADINGS.map((heading) => ({ heading })),
    staffingRows(staffing),
  )
  lines.push(style.bold(table[0] as string), ...table.slice(1), '', s(staffingVerdict(staffing)))
  if (staffing.suggestions.length > 0)
    lines.push(
      '',
      style.bold('Who could own the unowned topics (suggestions; nothing is assigned):'),
      ...ownerSuggestionLines(staffing.suggestions, s, Infinity),
    )
  lines.push(
    '',
    style.dim(
      'More people: newcomers taking the unowned topics, one topic each at a time. As planned: each unowned topic finds an owner when it can start. See docs/planning.md.',
    ),
  )
  return `${lines.join('\n')}\n`
}
