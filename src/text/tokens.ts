/** Words of titles and prose for matching: folded, split at punctuation, stopwords out. */
import { foldText } from './fold.js'
import { stripEnds } from './strip-chars.js'

/** A word and where it starts in the text it came from. */
export interface Word {
  readonly token: string
  readonly index: number
  /** It was inside parentheses (`(ASLR)`, `(Internal)`): a qualifier, not the name. */
  readonly qualifier: boolean
  /** As written: all capitals (an acronym such as `ASLR`). */
  readonly upper: boolean
  /** Which clause of the text it is in (clauses end at `. ! ? ; :` before a space). */
  readonly clause: number
}

const STOPWORDS = new Set(
  `a an the of for and or to in on at by with from into onto via per as is are be been being was were it its this that
   these those we our us you your they their them i e g eg ie etc vs topic topics e.g i.e some any all no not also
   support new add`.split(/\s+/),
)

/** Whether a folded word carries no meaning for matching. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token)
}

/** The meaningful words of `text`; `^` stays inside words (`W^X`). */
export function words(text: string): Word[] {
  const out: Word[] = []
  let depth = 0
  let clause = 0
  const re = /[\p{L}\p{N}^]+|[()]|[.!?;:](?=\s|$)/gu
  for (const m of text.matchAll(re)) {
    const raw = m[0]
    // Matching a large roadmap's prose runs this for every word: cheap tests first.
    if (raw.length === 1) {
      const c = raw.charCodeAt(0)
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) {
        clause++
        continue
      }
      if (c === 40) {
        depth++
        continue
      }
      if (c === 41) {
        depth = Math.max(0, depth - 1)
        continue
      }
    }
    const folded = foldText(raw)
    const token = folded.includes('^') ? stripEnds(folded, '^') : folded
    if (token.length < 2 && !/\d/.test(token)) continue
    if (isStopword(token)) continue
    const first = raw.charCodeAt(0)
    // A word starting with a lower-case letter is no acronym.
    const upper = raw.length >= 2 && !(first >= 97 && first <= 122) && raw === raw.toUpperCase() && /\p{L}/u.test(raw)
    out.push({ token, index: m.index, qualifier: depth > 0, upper, clause })
  }
  return out
}
