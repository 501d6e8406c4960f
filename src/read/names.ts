/**
 * People fields name one or more people: `Alex`, `Marc Rittinghaus`,
 * `Simon Kuenzer, Răzvan Deaconescu`, `Alice & Bob`, `Alice + Bob`, `Alice with Bob`,
 * `@octocat` (kept with its `@`), `Michalis (lead)`, and co-owners in brackets
 * (`Ann Lee (co-owner @bob)`, `Ann (with Carl)`). A note after a spaced dash
 * (`@tsato — part-time, about one day a week`) is about the person, not another name.
 */
import { stripEnd } from '../text/strip-chars.js'
import { missingValue } from './placeholder.js'

/** A name found in a people field, with its offset in the field text. */
export interface NameInText {
  readonly text: string
  readonly index: number
}

// No `\s*` around: tried at every space of a long run, it would be quadratic; names are trimmed.
// `with` joins two names only before one (`Ann with Carl`), not in `someone with time`.
const SEPARATOR = /,|;|&|\/|\+|\band\b|\bwith\b(?=[ \t]+[@\p{Lu}])|\n/gu

/** A bracket that names more owners: `(co-owner @bob)`, `(with Carl)`, `(+ Dana)`. */
const MORE_OWNERS = /^\s*(?:(?:co-?owners?|co-?leads?|co-?drivers?|with|and)(?![\w-])|\+)[\s:]*/i

/** A co-owner's marker before the name: `co-owner: Bob`, `co-lead Bob`. */
const CO_OWNER_MARK = /^(?:co-?owners?|co-?leads?|co-?drivers?)(?![\w-])[\s:]*/i

/** A note about the person after a spaced dash, to the end of its line. */
const DASH_NOTE = /[ \t](?:—|–|--)[ \t][^\n]*/g

/** Splits a people value into names; placeholders such as `TODO` are not names. */
export function splitNames(text: string): NameInText[] {
  const names: NameInText[] = []
  const bracketed: NameInText[] = []
  // Parenthesised notes ("(lead)") are blanked, keeping offsets; those naming co-owners are read first.
  // So are e-mail addresses (an autolink's text has lost its `<…>`).
  // So is a handle after a full name (`Valentin Gagarin @fricklerhandwerk`): one person, named.
  const notesBlanked = text.replace(/\([^()]*\)|<[^<>]*>/g, (m, index: number) => {
    const more = m.startsWith('(') ? MORE_OWNERS.exec(m.slice(1, -1)) : null
    if (more !== null) {
      const from = 1 + more[0].length
      for (const n of splitNames(m.slice(from, -1))) bracketed.push({ text: n.text, index: index + from + n.index })
    }
    return ' '.repeat(m.length)
  })
  const withoutNotes =
    notesBlanked.includes('-') || /[—–]/.test(notesBlanked)
      ? notesBlanked.replace(DASH_NOTE, (m) => ' '.repeat(m.length))
      : notesBlanked
  const blanked = text.includes('@') ? blankAddresses(withoutNotes) : withoutNotes
  let last = 0
  const take = (end: number): void => {
    const raw = blanked.slice(last, end)
    const lead = raw.length - raw.trimStart().length
    const marked = raw.trim()
    const mark = CO_OWNER_MARK.exec(marked)?.[0].length ?? 0
    const name = stripEnd(marked.slice(mark), '.:')
    if (name !== '' && missingValue(name) === null) names.push({ text: name, index: last + lead + mark })
  }
  for (const m of blanked.matchAll(SEPARATOR)) {
    take(m.index)
    last = m.index + m[0].length
  }
  take(blanked.length)
  if (bracketed.length === 0) return names
  return [...names, ...bracketed].sort((a, b) => a.index - b.index)
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
