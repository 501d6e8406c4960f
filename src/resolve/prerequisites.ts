/**
 * Prerequisite resolution: each prerequisite item becomes a link to a topic (written
 * explicitly, or named well enough and clearly better than any other topic), or an
 * external prerequisite. `N/A` and placeholders are no prerequisite at all.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { TopicDraft, ValueItem } from '../model/document.js'
import type { Prerequisite } from '../model/roadmap.js'
import type { TopicMatcher, TopicScore } from './topic-matcher.js'
import { stripEnd } from '../text/strip-chars.js'

/** A name links when it scores this high and covers half of each side. */
export const LINK_SCORE = 0.6
/** Below the link score but this high: reported as a near miss. */
export const NEAR_SCORE = 0.45
/** Two candidates closer than this are ambiguous. */
const AMBIGUITY_MARGIN = 0.1

const links = (s: TopicScore | undefined): boolean =>
  s !== undefined && s.score >= LINK_SCORE && s.recall >= 0.5 && s.precision >= 0.5

/** Resolves the prerequisites of `topic` against the roadmap's topics. */
export function resolvePrerequisites(
  topic: TopicDraft,
  matcher: TopicMatcher,
  titleOf: (id: string) => string,
): { prerequisites: Prerequisite[]; diagnostics: Diagnostic[] } {
  const prerequisites: Prerequisite[] = []
  const diagnostics: Diagnostic[] = []
  for (const item of topic.prerequisites) {
    if (item.missing !== null) continue
    const explicit = explicitLinks(item, topic, matcher, titleOf, diagnostics)
    if (explicit !== null) {
      prerequisites.push(...explicit)
      continue
    }
    const query = stripEnd(item.text.replace(/\([^()]*\)/g, ' ').trimEnd(), ';.,:').trim()
    const exact = matcher.exact(query)
    if (exact === topic.id) {
      // A topic that names itself as its prerequisite: a cycle of one, reported, not a link.
      diagnostics.push(diagnostic('dependency-cycle', { cycle: [topic.title] }, item.place, topic.id))
      continue
    }
    if (exact !== null) {
      prerequisites.push({ text: item.text, topic: exact, kind: 'linked', via: 'name', score: 1, place: item.place })
      continue
    }
    // `Alpha and Beta`: an item naming several topics links each of them.
    const parts = splitParts(query, topic.id, matcher)
    if (parts !== null) {
      prerequisites.push(
        ...parts.map((p) => ({
          text: item.text,
          topic: p.id,
          kind: 'linked' as const,
          via: 'name' as const,
          score: round(p.score),
          place: item.place,
        })),
      )
      continue
    }
    const [best, second] = matcher.rank(query, topic.id)
    const ambiguous = best !== undefined && second !== undefined && links(second) && second.score >= best.score - AMBIGUITY_MARGIN
    if (best !== undefined && links(best) && !ambiguous) {
      prerequisites.push({
        text: item.text,
        topic: best.id,
        kind: 'linked',
        via: 'name',
        score: round(best.score),
        place: item.place,
      })
      continue
    }
    if (best !== undefined && (ambiguous || best.score >= NEAR_SCORE)) {
      const candidates = ambiguous && second ? [titleOf(best.id), titleOf(second.id)] : [titleOf(best.id)]
      diagnostics.push(
        diagnostic('unresolved-prerequisite', { topic: topic.title, text: item.text, candidates }, item.place, topic.id),
      )
    } else {
      diagnostics.push(diagnostic('external-prerequisite', { topic: topic.title, text: item.text }, item.place, topic.id))
    }
    prerequisites.push(external(item))
  }
  return { prerequisites, diagnostics }
}

/** Explicit links of an item, or `null` when it has none that count. */
function explicitLinks(
  item: ValueItem,
  topic: TopicDraft,
  matcher: TopicMatcher,
  titleOf: (id: string) => string,
  diagnostics: Diagnostic[],
): Prerequisite[] | null {
  const found: Prerequisite[] = []
  let any = false
  // Each target is looked up and reported once, and the item is one external prerequisite
  // however many of its links are broken (a pasted table repeats one link hundreds of times).
  const seen = new Set<string>()
  let brokenPushed = false
  const linked = new Set<string>()
  for (const link of item.links) {
    if (seen.has(`${link.kind}\u0000${link.target}`)) continue
    seen.add(`${link.kind}\u0000${link.target}`)
    let id = matcher.exact(link.target)
    if (id === null && link.kind === 'wiki') {
      const best = matcher.rank(link.target, topic.id)[0]
      if (best !== undefined && links(best)) id = best.id
    }
    if (id === null) {
      if (link.kind !== 'hashtag') {
        any = true
        diagnostics.push(diagnostic('broken-link', { topic: topic.title, target: link.target }, item.place, topic.id))
        if (!brokenPushed) found.push(external(item))
        brokenPushed = true
      }
      continue
    }
    any = true
    if (id === topic.id) {
      diagnostics.push(diagnostic('dependency-cycle', { cycle: [titleOf(id)] }, item.place, topic.id))
      continue
    }
    if (linked.has(id)) continue
    linked.add(id)
    found.push({ text: item.text, topic: id, kind: 'linked', via: 'explicit', score: null, place: item.place })
  }
  return any ? found : null
}

/** `Platform Rearchitecting and Baremetal`: every part names a topic, or `null`. */
function splitParts(query: string, self: string, matcher: TopicMatcher): TopicScore[] | null {
  const parts = query
    .split(/,|;|&|\band\b|\+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length < 2) return null
  const found: TopicScore[] = []
  for (const part of parts) {
    const [best, second] = matcher.rank(part, self)
    if (best === undefined || !links(best)) return null
    if (second !== undefined && links(second) && second.score >= best.score - AMBIGUITY_MARGIN) return null
    found.push(best)
  }
  return found
}

function external(item: ValueItem): Prerequisite {
  return { text: item.text, topic: null, kind: 'external', via: null, score: null, place: item.place }
}

const round = (n: number): number => Math.round(n * 1000) / 1000
