/**
 * People fields name one or more people: `Alex`, `Marc Rittinghaus`,
 * `Simon Kuenzer, Răzvan Deaconescu`, `Alice & Bob`, `@octocat` (kept with its `@`),
 * `Michalis (lead)`.
 */
import { missingValue } from './placeholder.js'

/** A name found in a people field, with its offset in the field text. */
export interface NameInText {
  readonly text: string
  readonly index: number
}

const SEPARATOR = /\s*(?:,|;|&|\/|\+|\band\b|\n)\s*/g

/** Splits a people value into names; placeholders such as `TODO` are not names. */
export function splitNames(text: string): NameInText[] {
  const names: NameInText[] = []
  // Parenthesised notes ("(lead)") are blanked, keeping offsets.
  const blanked = text.replace(/\([^)]*\)|<[^>]*>/g, (m) => ' '.repeat(m.length))
  let last = 0
  const take = (end: number): void => {
    const raw = blanked.slice(last, end)
    const lead = raw.length - raw.trimStart().length
    const name = raw.trim().replace(/[.:]+$/, '')
    if (name !== '' && missingValue(name) === null) names.push({ text: name, index: last + lead })
  }
  for (const m of blanked.matchAll(SEPARATOR)) {
    take(m.index)
    last = m.index + m[0].length
  }
  take(blanked.length)
  return names
}
