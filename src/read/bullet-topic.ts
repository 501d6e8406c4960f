/**
 * Work items written as bullets: `- [x] Add CPU chaos. Simulate CPU being busy.`,
 * `* [Key revocation (In Progress)](…)`, `- plat re-architecting (Michalis)`. The title is
 * the item's first sentence; a status or people in brackets at its end, and a checked box,
 * become its fields.
 */
import { statusOf } from './status.js'

/** What a bullet says about its work item. */
export interface BulletItem {
  readonly title: string
  /** A status in brackets (`In Progress`), or `done` for a checked box. */
  readonly status: string | null
  /** People in brackets at the end: `(Alex, Simon)`, `[CH]`, `(Craig/Kacper)`. */
  readonly people: readonly string[]
  /** The issue or pull request it ends with (`#1313`, `lang-team#62`), which tracks it. */
  readonly issue: string | null
}

/** An issue reference ending a line: `#1313`, `[#1313]`, `(#1313)`, `org/repo#12`, `lang-team#62`. */
const TRAILING_ISSUE = /[([]?((?:[\w.-]+(?:\/[\w.-]+)?)?#\d{1,7})[)\]]?$/
/** Only a line's last characters are searched: an end-anchored pattern tried along a long line is quadratic. */
const ISSUE_TAIL = 160

/** The issue reference a line ends with and where it starts, or `null`. */
function trailingIssue(text: string): { readonly ref: string; readonly index: number } | null {
  const end = text.trimEnd()
  const from = Math.max(0, end.length - ISSUE_TAIL)
  const m = TRAILING_ISSUE.exec(end.slice(from))
  return m ? { ref: m[1] as string, index: from + m.index } : null
}

/** Whether a line ends with an issue reference (`Archive the old site [#1307](…)`). */
export function endsWithIssue(text: string): boolean {
  return trailingIssue(text) !== null
}

/** A person as bullets name them in brackets: a handle, initials, or one to three capitalised words. */
const PERSON = /^(?:@[\w.-]+|[A-Z]{2,3}|\p{Lu}[\p{Ll}'’.]*(?:[\s-]+\p{Lu}[\p{Ll}'’.]*){0,2})$/u
const TRAILING_BRACKET = /\s*[([]([^()[\]]{1,120})[)\]]\s*[.]?$/

/**
 * The people a bracket names, or `null` when it is anything else (`15m, Lee`, `e.g.
 * Kubernetes`, `VSCode`: a name has no capital inside a word).
 */
export function bracketPeople(inner: string): string[] | null {
  const parts = inner
    .split(/,|\/|&|\+|\band\b/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return parts.length > 0 && parts.every((p) => PERSON.test(p)) ? parts : null
}

/** Reads a bullet's first line as a work item; `checked` is its task-list box. */
export function bulletItem(text: string, checked: boolean | null): BulletItem {
  let rest = text.trim()
  const tracked = trailingIssue(rest)
  const issue = tracked ? tracked.ref : null
  if (tracked) rest = rest.slice(0, tracked.index).trimEnd()
  let status: string | null = checked === true ? 'done' : null
  let people: string[] = []
  for (let m = TRAILING_BRACKET.exec(rest); m !== null; m = TRAILING_BRACKET.exec(rest)) {
    const inner = (m[1] as string).trim()
    const named = bracketPeople(inner)
    if (statusOf(inner) !== null && status === null) status = inner
    else if (named !== null && people.length === 0) people = named
    else break
    rest = rest.slice(0, m.index).trimEnd()
  }
  // `Add CPU chaos. Simulate CPU being busy.`: the first sentence is the title.
  const sentence = /^(.{6,}?[\p{Ll}\p{N})`'"])[.!]\s+\p{Lu}/u.exec(rest)
  const title = (sentence ? (sentence[1] as string) : rest).replace(/[.:;,]+$/, '').trim()
  return { title, status, people, issue }
}
