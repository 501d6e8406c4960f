/**
 * Roles written where a person is expected: `GSoC student (TBD)`, `Library author`,
 * `the networking team`, `someone from the kernel team`. A name is a person unless it is
 * clearly a role — it holds one of the role words below (or of the roadmap's own, under
 * `waymark: roles:`), or has more words than names have — whatever its case: `alice`,
 * `mark smith`, `Tom deVries` and `d'Artagnan Smith` are people.
 */
import { foldText } from '../text/fold.js'

/** Words that make a name a role, singular and plural (matched as whole words, case and accents folded). */
export const ROLE_WORDS: readonly string[] = [
  'admin',
  'admins',
  'anybody',
  'anyone',
  'author',
  'authors',
  'board',
  'candidate',
  'candidates',
  'committee',
  'community',
  'company',
  'contractor',
  'contributor',
  'contributors',
  'core',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'external',
  'folks',
  'foundation',
  'group',
  'hire',
  'intern',
  'interns',
  'lead',
  'leads',
  'maintainer',
  'maintainers',
  'manager',
  'member',
  'members',
  'mentee',
  'mentees',
  'mentor',
  'mentors',
  'newcomer',
  'newcomers',
  'nobody',
  'owner',
  'owners',
  'people',
  'person',
  'reviewer',
  'reviewers',
  'sig',
  'someone',
  'somebody',
  'staff',
  'student',
  'students',
  'team',
  'teams',
  'unassigned',
  'upstream',
  'vendor',
  'volunteer',
  'volunteers',
  'whoever',
  'wg',
]

/** Names have at most this many words (particles such as `van` not counted); more is a phrase. */
const MAX_NAME_WORDS = 5

/** Words that are part of names without being names (`van`, `de`, `al`), lower case in most spellings. */
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'della',
  'dos',
  'das',
  'bin',
  'al',
  'ter',
  'ten',
])

/** Why a name reads as a role: the role word it holds, or that it is a phrase. */
export interface RoleReason {
  readonly word: string | null
}

/** Tells roles from people's names, with the roadmap's own role words (`waymark: roles:`) added. */
export class RoleWords {
  readonly #words: ReadonlySet<string>
  readonly #phrases: readonly string[][]

  constructor(extra: readonly string[] = []) {
    const words = new Set(ROLE_WORDS)
    const phrases: string[][] = []
    for (const entry of extra) {
      const tokens = wordsOf(entry)
      if (tokens.length === 1) words.add(tokens[0] as string)
      else if (tokens.length > 1) phrases.push(tokens)
    }
    this.#words = words
    this.#phrases = phrases
  }

  /** Why `text` is a role, or `null` when it is a person's name. */
  roleOf(text: string): RoleReason | null {
    const tokens = wordsOf(text)
    const word = tokens.find((t) => this.#words.has(t))
    if (word !== undefined) return { word }
    for (const phrase of this.#phrases) if (containsRun(tokens, phrase)) return { word: phrase.join(' ') }
    if (tokens.filter((t) => !PARTICLES.has(t)).length > MAX_NAME_WORDS) return { word: null }
    return null
  }
}

/** Whether `word` is a name particle (`van`, `de`, …). */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word)
}

/** The words of a name, folded: split at spaces, hyphens and apostrophes. */
function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[\s\-'’]+/)
    .map(trimToWord)
    .filter((t) => t !== '')
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** A token without the punctuation around it, by two scans (an anchored regex would be quadratic on long runs of it). */
function trimToWord(token: string): string {
  let start = 0
  let end = token.length
  while (start < end && !WORD_CHARACTER.test(token.charAt(start))) start++
  while (end > start && !WORD_CHARACTER.test(token.charAt(end - 1))) end--
  return token.slice(start, end)
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((w, k) => tokens[i + k] === w)) return true
  return false
}
