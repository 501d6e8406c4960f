/**
 * What a heading or a list is for in a plan — a group of work (a version, a horizon, a
 * status), a proposal's own section, a task list, a table of contents — and a heading's
 * title as a reader shows it.
 */
import type { Heading, List, ListItem } from 'mdast'
import type { TopicStatus } from '../model/document.js'
import { normalizeLabel } from './field-labels.js'
import { plainText } from './phrasing.js'
import { headingTitle } from './sections.js'
import { statusOf } from './status.js'

/** Headings of a proposal's own sections about its people and work, never a piece of work themselves. */
const PROPOSAL_SECTION =
  /^(?:implementation|assignees?|assignee s|ownership|owners?|people|contacts?|team|authors?|metadata|staffing|drivers?|work items|feature liaisons?|dependencies|who|responsibilities)$/

/** Whether a topic's title is one of a proposal's own sections about its people (`Implementation`, `Assignee(s)`). */
export function isProposalSection(title: string): boolean {
  return PROPOSAL_SECTION.test(normalizeLabel(title))
}

/**
 * The status a group heading gives its topics: `Completed`, `Done`, `In progress`,
 * `Suspended ideas` — a heading that is (nearly) only a status word.
 */
export function groupStatus(title: string): TopicStatus | null {
  const words = title.replace(/\b(?:items?|ideas?|projects?|work|topics?|features?|tasks?)\b/gi, ' ').trim()
  return words.split(/\s+/).length <= 2 ? statusOf(words) : null
}

/**
 * A heading that groups work rather than naming a piece of it: a version (`v2.4`,
 * `1.30.x`), a period (`Q3 2024`, `2026`, `H1`), a horizon (`Now`, `Soon`, `Later`,
 * `Medium term`, `v2.5 and beyond`), a status (`Completed`, `Pending`).
 */
export function isGroupHeading(title: string): boolean {
  const t = headingTitle(title).toLowerCase()
  if (t.split(/\s+/).length > 5) return false
  return (
    /^v?\d+(?:\.\d+)*(?:\.x)?\b/.test(t) ||
    /\b(?:q[1-4]|h[12]|(?:19|20)\d{2}|fy\d{2,4})\b/.test(t) ||
    /\b(?:now|next|soon|later|future|term|near|short|medium|long|beyond|pending|backlog|upcoming|planned|current|ongoing|icebox|someday|milestone|release|phase|stage|sprint|iteration)\b/.test(
      t,
    ) ||
    groupStatus(t) !== null
  )
}

/** A task list (`- [ ] …`, `- [x] …`): its items are work items under any heading. */
export function isTaskList(list: List): boolean {
  return list.children.some((item) => item.checked !== null && item.checked !== undefined)
}

/**
 * A heading's text without a trailing link in brackets (`Core Argo CD ([proposal](…))`):
 * where the work is written up, not part of its name.
 */
export function withoutTrailingLink(node: Heading): string {
  const kids = node.children
  const [before, link, after] = kids.slice(-3)
  if (
    kids.length >= 3 &&
    before?.type === 'text' &&
    /\(\s*$/.test(before.value) &&
    link?.type === 'link' &&
    after?.type === 'text' &&
    /^\s*\)\s*$/.test(after.value)
  ) {
    const head = plainText([...kids.slice(0, -3), { ...before, value: before.value.replace(/\(\s*$/, '') }]).trim()
    if (head !== '') return head
  }
  return plainText(node).trim()
}

/** Whether a list item is only a link to a heading of the document (`- [Goals](#goals)`). */
export function isAnchorLinkItem(item: ListItem): boolean {
  const head = item.children[0]
  const link = head?.type === 'paragraph' && head.children.length === 1 ? head.children[0] : undefined
  return link?.type === 'link' && link.url.startsWith('#')
}

/** A label that names the work itself (`| Title | … |`), not one of its fields. */
export function isTitleLabel(label: string): boolean {
  return /^(?:title|project title|project name)$/.test(normalizeLabel(label))
}
