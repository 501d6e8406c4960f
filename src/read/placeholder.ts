/**
 * Placeholders: what people leave in a template instead of a value. `TODO`, `TBD`,
 * `[Please fill in here]`, `?`, nothing at all — somebody still has to write it; `N/A`,
 * `none` — deliberately nothing, possibly explained: `N/A (paging support already enabled)`.
 */
import type { Missing } from '../model/document.js'

const TO_DO =
  /^(?:todo|tbd|tba|tbc|to ?do|fixme|xxx+|\?+|\.\.\.|…|unknown|unassigned|nobody yet|to be (?:defined|determined|decided|announced|added|confirmed)|(?:first ?name|firstname) +(?:last ?name|lastname))[.!:]*$/i
const NOT_APPLICABLE = /^(?:n\/?a|none|nothing|not applicable|no prerequisites|no dependencies|[-–—])\.?(?:\s*\((.*)\))?[.;]?$/i
const BRACKETED = /^\[[^\]]*\]$/

/** Whether `text` is a placeholder or `N/A` rather than a value, and which. */
export function missingValue(text: string): Missing | null {
  const t = text.trim()
  if (t === '') return { kind: 'empty', text: t }
  if (TO_DO.test(t) || BRACKETED.test(t)) return { kind: 'placeholder', text: t }
  const na = NOT_APPLICABLE.exec(t)
  if (na) {
    const explanation = na[1]?.trim()
    return explanation ? { kind: 'not-applicable', text: t, explanation } : { kind: 'not-applicable', text: t }
  }
  return null
}

/** Whether a word is a to-do marker such as `TODO` or `TBD` (as in `TODO months`). */
export function isToDoWord(word: string): boolean {
  return TO_DO.test(word.trim())
}
