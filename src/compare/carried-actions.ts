/**
 * Action items across meetings: read in date order, an item stays open until a later
 * note marks it done (`[x]`, "… — done"); one that a later note no longer mentions is
 * still open — carried over — not forgotten. The same item in two notes is the same
 * people with like words ("Draft version of roadmap" and "Draft the roadmap version").
 */
import type { CarriedAction } from '../model/carried-action.js'
import type { Place } from '../model/place.js'
import type { Roadmap } from '../model/roadmap.js'
import { daysBetween } from '../model/iso-date.js'
import { textLikeness } from './topic-pairs.js'
import { stripEnd } from '../text/strip-chars.js'

/** Items this alike, for the same people, are one item. */
const SAME_ITEM = 0.6

/** The action items still open after the meetings of `versions` (oldest first). */
export function carriedActions(versions: readonly { readonly date: string; readonly roadmap: Roadmap }[]): CarriedAction[] {
  const open: { text: string; assignees: readonly string[]; firstSeen: string; lastSeen: string; place: Place }[] = []
  for (const v of versions) {
    for (const a of v.roadmap.actions) {
      const text = withoutDoneMark(a.text)
      const people = [...a.assignees].sort().join('\u0000')
      const index = open.findIndex(
        (o) => [...o.assignees].sort().join('\u0000') === people && (o.text === text || textLikeness(o.text, text) >= SAME_ITEM),
      )
      if (index !== -1) {
        const item = open[index] as (typeof open)[number]
        if (a.done) open.splice(index, 1)
        else Object.assign(item, { lastSeen: v.date, place: a.place, text })
      } else if (!a.done) open.push({ text, assignees: a.assignees, firstSeen: v.date, lastSeen: v.date, place: a.place })
    }
  }
  const latest = versions[versions.length - 1]?.date
  return open
    .map((o) => ({ ...o, ageDays: latest === undefined ? 0 : daysBetween(o.firstSeen, latest) }))
    .sort((a, b) => b.ageDays - a.ageDays || a.text.localeCompare(b.text))
}

/**
 * The item's words without a trailing "— done" or "(done)". By hand: as an end-anchored
 * regular expression, `\s*[-—–(]*\s*` is tried at every space of a long run (quadratic).
 */
function withoutDoneMark(text: string): string {
  const words = stripEnd(text.trimEnd(), ').!').trimEnd()
  const mark = /(?:^|[^\p{L}\p{N}])(done|completed)$/iu.exec(words.slice(-10))
  if (mark === null) return text.trim()
  const before = words.slice(0, words.length - (mark[1] as string).length)
  return stripEnd(before.trimEnd(), '-—–(').trim()
}
