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
  const blanked = text.includes('@')
    ? blankAddresses(text.replace(/\([^()]*\)|<[^<>]*>/g, (m) => ' '.repeat(m.length)))
    : text.replace(/\([^()]*\)|<[^<>]*>/g, (m) => ' '.repeat(m.length))
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

const LOCAL_PART = /[\w.+-]/
const DOMAIN = /[\w.-]/
const HANDLE_END = /^[ \t]*(?:$|[,;&/+\n]|and\b)/

/**
 * `text` with e-mail addresses and handles after a full name blanked (offsets kept):
 * `ana@example.org`, `Valentin Gagarin @fricklerhandwerk`. Walked from each `@`, never
 * by a pattern tried at every position (a run of 100,000 dots made that quadratic).
 */
function blankAddresses(text: string): string {
  // Offsets are UTF-16 units: blank by index.
  const out = text.split('')
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && LOCAL_PART.test(text.charAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && DOMAIN.test(text.charAt(end))) end++
    const domain = text.slice(at + 1, end).replace(/\.+$/, '')
    if (start < at && /^[\w-]+(?:\.[\w-]+)+$/.test(domain) && (start === 0 || !/[\w@]/.test(text.charAt(start - 1)))) {
      for (let k = start; k < at + 1 + domain.length; k++) out[k] = ' '
      continue
    }
    // A handle after a capitalised word: the person's alias.
    if (start === at && at > 0 && /[ \t]/.test(text.charAt(at - 1)) && HANDLE_END.test(text.slice(end, end + 8))) {
      let w = at - 1
      while (w > 0 && /[ \t]/.test(text.charAt(w - 1))) w--
      let word = w
      while (word > 0 && /[\p{L}'’.-]/u.test(text.charAt(word - 1))) word--
      if (word < w && /\p{Lu}/u.test(text.charAt(word))) for (let k = w; k < end; k++) out[k] = ' '
    }
  }
  return out.join('')
}
