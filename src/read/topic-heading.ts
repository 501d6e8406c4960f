/**
 * Topic headings: `### Topic: NAME`, with `(alias uksignal)` aliases and `[upcoming]`
 * tags; the proposal template (`Topic: [template]`) is recognised as such.
 */
import { headingAnchor, slugId } from '../text/slug.js'

/** What a `Topic:` heading says. */
export interface TopicHeading {
  readonly title: string
  readonly aliases: readonly string[]
  readonly tags: readonly string[]
  /** Slug of the title (ASCII, accents folded), the topic's stable id. */
  readonly id: string
  /** GitHub's anchor for the heading as written. */
  readonly anchor: string
  /** The heading is the proposal template, not a topic. */
  readonly template: boolean
}

/**
 * A work-item prefix: `Topic:`, `Proposal:`, `Idea:`, `Project:`, `Project 3:`, `Goal:`,
 * `RFC:`, `Epic:`, `Feature:`, `Deliverable:`, `Initiative:`, `Work item:` (a dash for the
 * colon after `Topic` only, as notes write `Topic - Name`).
 */
const TOPIC_PREFIX =
  /^\s*(?:topic\s*[:\-–—]|(?:proposal|idea|project|goal|rfc|epic|feature|deliverable|initiative|work item)(?:\s+#?\d+)?\s*:)\s*/i
/** A document's own number before its title: `KEP-2227:`, `JEP 101:`, `PEP 719 –`, `SE-0418:`. */
const DOCUMENT_ID = /^\s*[A-Z]{2,6}[- ]?\d{1,6}\s*[:\-–—]\s*(?=\S)/
const ALIAS = /\(\s*(?:alias|aka|a\.k\.a\.|also)\s*:?\s+([^()]*)\)/gi
const TEMPLATE_TITLE = /^(?:\[.*\]|template|topic name|name|title|<.*>|\.\.\.|…)$/i

/** Whether a heading's text starts with a work-item prefix (`Topic:`, `Proposal:`, `Project 3:`…). */
export function hasTopicPrefix(text: string): boolean {
  return TOPIC_PREFIX.test(text)
}

/** Whether a heading starts with a document's own number (`KEP-2227: …`): a proposal's title. */
export function hasDocumentId(text: string): boolean {
  return DOCUMENT_ID.test(text)
}

/** Reads a topic heading's text (the `Topic:` prefix and a document number optional). */
export function readTopicHeading(text: string): TopicHeading {
  const withoutPrefix = text.replace(TOPIC_PREFIX, '').replace(DOCUMENT_ID, '').trim()
  const template = TEMPLATE_TITLE.test(withoutPrefix)
  const aliases: string[] = []
  let rest = withoutPrefix.replace(ALIAS, (_, names: string) => {
    aliases.push(
      ...names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    )
    return ' '
  })
  const tags: string[] = []
  if (!template) {
    for (let tag = trailingTag(rest); tag !== null; tag = trailingTag(rest)) {
      tags.unshift(tag.text.trim())
      rest = rest.slice(0, tag.index)
    }
  }
  // Emoji before or after a title are decoration (`✅ Plugin loading`), not its words.
  // Whitespace collapsed first, so the end-anchored pattern never tries a long run of it.
  const title = rest
    .replace(/\s+/g, ' ')
    .replace(/^[ \p{Extended_Pictographic}\u{FE0F}\u{200D}]+|[ \p{Extended_Pictographic}\u{FE0F}\u{200D}]{1,64}$/gu, '')
    .trim()
  return { title, aliases, tags: tags.filter((t) => t !== ''), id: topicId(title), anchor: headingAnchor(text.trim()), template }
}

/** The id of a title: GitHub's slug of it with accents folded, or `topic` if nothing is left. */
export function topicId(title: string): string {
  return slugId(title, 'topic')
}

/**
 * The `[tag]` that ends `rest` (spaces after it allowed), and where the spaces before it
 * start; `null` when there is none or nothing comes before it. Not an end-anchored regular
 * expression: tried at every space of a long run, one is quadratic.
 */
function trailingTag(rest: string): { readonly text: string; readonly index: number } | null {
  const end = rest.trimEnd()
  if (!end.endsWith(']')) return null
  const open = end.lastIndexOf('[', end.length - 2)
  if (open === -1) return null
  const text = end.slice(open + 1, -1)
  // A tag is one word (`[upcoming]`, `[wip]`); `Begin [Enhancements Freeze]` names a phase, a reference link's text.
  if (text.includes(']') || /\s/.test(text.trim())) return null
  const index = end.slice(0, open).trimEnd().length
  return index > 0 ? { text, index } : null
}
