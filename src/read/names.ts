/**
 * People fields name one or more people: `Alex`, `Marc Rittinghaus`,
 * `Simon Kuenzer, Răzvan Deaconescu`, `Alice & Bob`, `@octocat` (kept with its `@`),
 * `Michalis (lead)`.
 */
import { stripEnd } from '../text/strip-chars.js'
import { missingValue } from './placeholder.js'

/** A name found in a people field, with its offset in the field text. */
export interface NameInText {
  readonly text: string
  readonly index: number
}

// No `\s*` around: tried at every space of a long run, it would be quadratic; names are trimmed.
const SEPARATOR = /,|;|&|\/|\+|\band\b|\n/g

/** Splits a people value into names; placeholders such as `TODO` are not names. */
export function splitNames(text: string): NameInText[] {
  const names: NameInText[] = []
  // Parenthesised notes ("(lead)") are blanked, keeping offsets.
  // So are e-mail addresses (an autolink's text has lost its `<…>`).
  // So is a handle after a full name (`Valentin Gagarin @fricklerhandwerk`): one person, named.
  const blanked = text
    .replace(/\([^()]*\)|<[^<>]*>|(?<![\w@])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => ' '.repeat(m.length))
    .replace(/(?<=\p{Lu}[\p{L}'’.-]*)([ \t]+@[\w.-]+)(?=[ \t]*(?:$|[,;&/+\n]|\band\b))/gmu, (m) => ' '.repeat(m.length))
  let last = 0
  const take = (end: number): void => {
    const raw = blanked.slice(last, end)
    const lead = raw.length - raw.trimStart().length
    const name = stripEnd(raw.trim(), '.:')
    if (name !== '' && missingValue(name) === null) names.push({ text: name, index: last + lead })
  }
  for (const m of blanked.matchAll(SEPARATOR)) {
    take(m.index)
    last = m.index + m[0].length
  }
  take(blanked.length)
  return names
}
