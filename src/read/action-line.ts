/**
 * Action items as minutes write them, wherever they stand: a marked line (`TODO: …`,
 * `**TODO**: …`, `TODO SK: …`, `ACTION: …`, `Action item: …`) and an assignment
 * (`Tim to reach out to …`, `Mark and Benjie to continue …`, `Emma will reach out …`,
 * `Frank and Emma- looking into …`, `Assign to pnkfelix`, `cramertj: to follow up`).
 */

/** An action item read from one line: its assignees (as written) and its text. */
export interface ActionLine {
  readonly names: readonly string[]
  readonly text: string
  /** Whether the line says it assigns (`Assign to …`, `TODO SK: …`), not only reads like an assignment (`Tim to …`). */
  readonly explicit: boolean
}

// A person as minutes name them: a capitalised name of one or two words (`Tim`,
// `Felix-Antoine`, `Alex Pîrlea`), initials (`RD`), or a handle (`@jzf2101`).
const PERSON = String.raw`(?:@[\w.-]+|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)`
const PEOPLE = String.raw`${PERSON}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*)${PERSON}){0,3}`
const MARKED = new RegExp(
  String.raw`^(?:\*\*|__)?(?:todo|to-do|action(?: item)?|ai)(?:\*\*|__)?(?:\s+(${PEOPLE}))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$`,
  'iu',
)
// `Name to do…`, `Name will do…` (a lowercase word after: a verb), `Names- doing…`.
const ASSIGNED = new RegExp(String.raw`^(${PEOPLE})(?:\s+(?:to|will|shall|can|should)\s+(?=\p{Ll})|\s*[-–—]\s+(?=\p{Ll}))`, 'u')
const ASSIGN_TO = new RegExp(String.raw`^(?:assign(?:ed)?|assignee)\s*(?:to|:)\s*(@?[\w.-]+)\s*$`, 'iu')
const SPEAKER_TO = /^(@?[\w.-]+):\s+to\s+(\p{Ll}.*)$/u
/**
 * Capitalised words that start sentences, not names (`Need to update…`, `Plan to ship…`):
 * a name before `to`/`will` is none of these.
 */
const NOT_PEOPLE: ReadonlySet<string> = new Set(
  (
    'need needs have has had want wants going try tries plan plans decided agreed how what who when why where ' +
    'remember continue ask also time way ways hard easy important nice good better best ok okay back due up ' +
    'next move moved able used refer related this that these those it we they he she you i there here ' +
    'people everyone someone somebody anyone nobody team all both each some many most more less one ' +
    'users user maintainers contributors goal goals idea ideas work tasks task docs and or but so then now ' +
    'today tomorrow later soon first last still just maybe please let lets note notes question answer the a an ' +
    'link links asked welcome stick ability changes change key poll update updates something medium small large ' +
    'hard opportunities opportunity refactor suggested see make use add fix keep start stop support help thanks ' +
    'attempt attempting adherence access option options feature features project projects issue issues'
  ).split(' '),
)

/** Words after `to` that make it a preposition (`to the`, `to hard`), not an infinitive's. */
const NOT_AFTER_TO: ReadonlySet<string> = new Set(
  'the a an this that these those our its their his her my your hard large medium small phase'.split(' '),
)

/** What a marked line or an assignment has in its source: a mark, or a short name and `to`/`will`/`can`/a dash at a line's start. */
const ACTION_HINT =
  /\b(?:todo|to-do|action|ai|assign)|^[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*(?:\[[ xX]\][ \t]*)?[@\p{L}][\p{L}\p{N}'’.-]*(?:(?:[ \t]*(?:,|&|\/)[ \t]*|[ \t]+(?:and[ \t]+)?)[@\p{L}][\p{L}\p{N}'’.-]*){0,5}(?::[ \t]+to|[ \t]+(?:to|will|shall|can|should)|[ \t]*[-–—])[ \t]/imu

/** Whether a block's source may hold a marked line or an assignment (cheap: most prose holds neither). */
export function mayHoldAction(source: string): boolean {
  return ACTION_HINT.test(source)
}

/**
 * A marked line's start, cheap to test (no Unicode classes): the full pattern, whose
 * case-insensitive Unicode classes cost milliseconds to compile, runs only after it.
 */
const MARK_START = /^(?:\*\*|__)?(?:todo|to-do|action|ai)(?![a-z])/i

/** What every assignment by `ASSIGNED` holds: `to`, `will`, `shall`, `can`, `should` after a space, or a dash before one. */
const ASSIGNMENT_WORD = /\s(?:to|will|shall|can|should)\s|[-–—]\s/

/** The assignees an action's text names after its start: `, Mark to …`, `Robert can check`. */
const ALSO = new RegExp(String.raw`(?:^|[.,;]\s+)(${PERSON})\s+(?:to|will|can|should)\s+\p{Ll}`, 'gu')

/** A marked action (`TODO: …`, `TODO SK: …`, `**ACTION**: …`), or `null`. */
export function markedAction(line: string): ActionLine | null {
  const trimmed = line.trim()
  if (!MARK_START.test(trimmed)) return null
  const m = MARKED.exec(trimmed)
  if (!m) return null
  const text = (m[2] as string).trim()
  const named = m[1] === undefined ? [] : splitPeople(m[1])
  return { names: named.length > 0 ? named : assigneesIn(text), text, explicit: true }
}

/**
 * An assignment at the start of a line (`Tim to reach out…`, `Frank and Emma- looking
 * into…`, `Assign to pnkfelix`, `cramertj: to follow up`), or `null`.
 */
export function assignedAction(line: string): ActionLine | null {
  const text = line.trim()
  const assign = ASSIGN_TO.exec(text)
  if (assign) return { names: [assign[1] as string], text, explicit: true }
  const speaker = SPEAKER_TO.exec(text)
  if (speaker) return { names: [speaker[1] as string], text: `to ${speaker[2] as string}`, explicit: true }
  // `Name to…`/`Name will…`/`Names- …` need one of these words or a dash: the full pattern only then.
  if (!ASSIGNMENT_WORD.test(text)) return null
  const m = ASSIGNED.exec(text)
  if (!m) return null
  const names = splitPeople(m[1] as string)
  if (names.length === 0 || names.some((n) => !isPersonLike(n))) return null
  // `Stick to the …`, `Medium to hard`: `to` as a preposition, not before a verb.
  const next = text.slice(m[0].length).split(/\s/, 1)[0]?.toLowerCase() ?? ''
  if (/\sto\s$/.test(m[0]) && NOT_AFTER_TO.has(next)) return null
  const more = assigneesIn(text.slice(m[0].length)).filter((n) => !names.includes(n))
  return { names: [...names, ...more], text, explicit: false }
}

/**
 * People an action's text names as doing it: `(owner: RD, tech lead: SK)` → RD, `Robert
 * can check.` → Robert, `Name to …` after a comma (`Niko to own merging, Mark to add …`).
 */
export function assigneesIn(text: string): string[] {
  const names: string[] = []
  for (const m of text.matchAll(/\((?:[^()]*?[,;]\s*)?(?:owner|owners|assignee|assignees)\s*:\s*([^,;()]+)/giu))
    names.push(...splitPeople((m[1] as string).trim()))
  // A cheap look for `to`/`will`/`can`/`should` first: most texts name no one after a comma.
  if (!/\s(?:to|will|can|should)\s/.test(text)) return names
  for (const m of text.matchAll(ALSO)) {
    const name = m[1] as string
    if (isPersonLike(name) && !names.includes(name)) names.push(name)
  }
  return names
}

/** A name and not a sentence's first word: no word of it is a common one (`The Fellows`, `Refactor Cargo`). */
function isPersonLike(name: string): boolean {
  return name.startsWith('@') || !name.split(/\s+/).some((w) => NOT_PEOPLE.has(w.toLowerCase()))
}

function splitPeople(text: string): string[] {
  return text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|&|\/)\s*/u)
    .map((n) => n.trim())
    .filter((n) => n !== '')
}
