/**
 * Topic headings: `### Topic: NAME`, with `(alias uksignal)` aliases and `[upcoming]`
 * tags; the proposal template (`Topic: [template]`) is recognised as such.
 */
import { slug } from 'github-slugger'
import { slugId } from '../text/slug.js'

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

const TOPIC_PREFIX = /^\s*topic\s*[:\-–—]\s*/i
const ALIAS = /\(\s*(?:alias|aka|a\.k\.a\.|also)\s*:?\s+([^)]*)\)/gi
const TRAILING_TAG = /\s*\[([^\][]*)\]\s*$/
const TEMPLATE_TITLE = /^(?:\[.*\]|template|topic name|name|title|<.*>|\.\.\.|…)$/i

/** Whether a heading's text starts with `Topic:`. */
export function hasTopicPrefix(text: string): boolean {
  return TOPIC_PREFIX.test(text)
}

/** Reads a topic heading's text (the `Topic:` prefix optional). */
export function readTopicHeading(text: string): TopicHeading {
  const withoutPrefix = text.replace(TOPIC_PREFIX, '').trim()
  const template = TEMPLATE_TITLE.test(withoutPrefix)
  const aliases: string[] = []
  let rest = withoutPrefix.replace(ALIAS, (_, names: string) => {
    aliases.push(...names.split(/\s*,\s*/).filter((n) => n !== ''))
    return ' '
  })
  const tags: string[] = []
  if (!template) {
    for (let m = TRAILING_TAG.exec(rest); m && m[1] !== undefined && m.index > 0; m = TRAILING_TAG.exec(rest)) {
      tags.unshift(m[1].trim())
      rest = rest.slice(0, m.index)
    }
  }
  const title = rest.replace(/\s+/g, ' ').trim()
  return { title, aliases, tags: tags.filter((t) => t !== ''), id: topicId(title), anchor: slug(text.trim()), template }
}

/** The id of a title: GitHub's slug of it with accents folded, or `topic` if nothing is left. */
export function topicId(title: string): string {
  return slugId(title, 'topic')
}
