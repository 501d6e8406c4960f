/**
 * Topic fields in mdast: a paragraph (or list item) that starts with a bold label,
 * the rest of its line as an inline value, and the blocks below it up to the next label.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Text } from 'mdast'
import type { ExplicitLink, Field, ValueItem } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Place } from '../model/place.js'
import { compactList, NONE } from '../model/shared-empty.js'
import { fieldKeyOf } from './field-labels.js'
import type { Locator } from './locator.js'
import { startOffset } from './locator.js'
import { mappedText, trimMapped, type MappedText, type TextRun } from './mapped-text.js'
import { phrasingLines, plainText, splitPhrasingLines } from './phrasing.js'
import { missingValue } from './placeholder.js'

/** A label at the start of a paragraph, and the value after it on its line. */
export interface LeadingLabel {
  readonly label: string
  readonly key: FieldKey | null
  readonly rest: readonly PhrasingContent[]
  /** Normalised offset where the inline value starts (after `:` and spaces). */
  readonly restOffset: number
  /** Normalised offset where the label starts, when it is not where its paragraph does. */
  readonly at?: number
}

/** A field being collected: its label and the blocks that make its value. */
export interface FieldDraft {
  readonly label: LeadingLabel
  readonly place: Place
  readonly blocks: (RootContent | ListItem)[]
}

/** Words a label spelled without bold may have (`Possible mentors`, `Project size`). */
const MAX_PLAIN_LABEL_WORDS = 5
/** Words of a plain label Waymark does not know, after a labelled line (`Last updated`). */
const MAX_LOOSE_LABEL_WORDS = 3
/** A standalone bold line of more words than this is bold prose, not a label. */
const MAX_STANDALONE_LABEL_WORDS = 6

/**
 * The label a paragraph starts with: `**Owner**:`, `**Owner:**`, `_Owner_:`, a known
 * label without colon (`**Author** Simon`), a bold line alone (`**Project size**`, its
 * value in the paragraphs below; `<br>` after it allowed), or a known label written plain
 * (`Mentors: Alice, Bob`); `null` for bold prose such as `**all**`.
 */
export function leadingLabel(paragraph: Paragraph): LeadingLabel | null {
  return lineLabel(paragraph.children)
}

/**
 * The label a line starts with; `loose` (a line after a labelled one in the same block)
 * also takes a plain label Waymark does not know (`Last updated: 03 December 2015`), so it
 * ends the value above instead of joining it.
 */
function lineLabel(children: readonly PhrasingContent[], loose = false): LeadingLabel | null {
  const [first, ...rest] = children
  if (first?.type === 'text') return plainLabel(first, rest, loose)
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return null
  const inner = plainText(first).trim()
  const innerColon = inner.endsWith(':')
  const label = (innerColon ? inner.slice(0, -1) : inner).trim()
  if (label === '' || label.length > 100) return null
  const next = rest[0]
  const outerColon = next?.type === 'text' && next.value.startsWith(':')
  const key = fieldKeyOf(label)
  const alone = rest.every(
    (n) => (n.type === 'text' && n.value.trim() === '') || (n.type === 'html' && /^<br\s*\/?>$/i.test(n.value)),
  )
  const standalone =
    alone && first.type === 'strong' && !/[.!?]$/.test(label) && label.split(/\s+/).length <= MAX_STANDALONE_LABEL_WORDS
  if (key === null && !innerColon && !outerColon && !standalone) return null
  // Emphasis is a label only with a colon: `_Status_: done`, not `_really_ important`.
  if (first.type === 'emphasis' && !innerColon && !outerColon) return null
  const tail = alone ? [] : [...rest]
  // `**Project length**<br>` then the value on the next line: the `<br>` is layout.
  while (tail[0]?.type === 'html' && /^<br\s*\/?>$/i.test(tail[0].value)) tail.shift()
  let restOffset = first.position?.end.offset ?? startOffset(first)
  if (!alone && next?.type === 'text') {
    const stripped = next.value.replace(/^:?[ \t]*/, '')
    const cut = next.value.length - stripped.length
    restOffset = startOffset(next) + cut
    if (stripped === '') tail.shift()
    else tail[0] = movedStart(next, stripped, cut)
  }
  return { label, key, rest: tail, restOffset }
}

/** `Mentors: Alice` — a label Waymark knows, in plain text, a colon after it (not `https:`). */
function plainLabel(first: Text, rest: readonly PhrasingContent[], loose: boolean): LeadingLabel | null {
  const m = /^[ \t]*([A-Za-z][A-Za-z0-9 ()/'’&_-]{0,60}?)[ \t]*:(?!\/\/)[ \t]*/.exec(first.value)
  if (m === null) return null
  const label = (m[1] as string).trim()
  const words = label.split(/\s+/).length
  if (words > MAX_PLAIN_LABEL_WORDS) return null
  const key = fieldKeyOf(label)
  if (key === null && !(loose && words <= MAX_LOOSE_LABEL_WORDS && /^[A-Z]/.test(label))) return null
  const stripped = first.value.slice(m[0].length)
  const cut = m[0].length
  const tail: PhrasingContent[] = stripped === '' ? [...rest] : [movedStart(first, stripped, cut), ...rest]
  return { label, key, rest: tail, restOffset: startOffset(first) + cut }
}

/** A line break between the lines of a value (no place of its own: it continues the text). */
const NEWLINE_TEXT: Text = { type: 'text', value: '\n' }

/** A text node whose value now starts `cut` characters later. */
function movedStart(node: Text, value: string, cut: number): Text {
  if (!node.position) return { ...node, value }
  const start = { ...node.position.start, offset: startOffset(node) + cut, column: node.position.start.column + cut }
  return { ...node, value, position: { ...node.position, start } }
}

/**
 * The labels of a paragraph, one per line that starts with one (`Mentors: Alice⏎Project
 * size: 175 hours⏎Difficulty: Medium` is three fields); lines without a label continue the
 * value above. Empty when the paragraph does not start with a label; `loose` when it is an
 * item of a list of fields, whose unknown plain labels are labels too.
 */
export function paragraphLabels(paragraph: Paragraph, source: string, loose = false): LeadingLabel[] {
  // Most paragraphs are prose: a first line that starts with no label is known without splitting any line.
  const first = paragraph.children[0]
  if (first?.type === 'text' ? plainLabel(first, [], loose) === null : first?.type !== 'strong' && first?.type !== 'emphasis')
    return []
  const multiline = paragraph.children.some((n) => n.type === 'break' || (n.type === 'text' && n.value.includes('\n')))
  if (!multiline) {
    const single = lineLabel(paragraph.children, loose)
    return single === null ? [] : [single]
  }
  const labels: { label: LeadingLabel; rest: PhrasingContent[] }[] = []
  for (const line of splitPhrasingLines(paragraph.children, source)) {
    const label = lineLabel(line, loose || labels.length > 0)
    const last = labels[labels.length - 1]
    const at = line[0]?.position?.start.offset
    if (label !== null) labels.push({ label: at === undefined ? label : { ...label, at }, rest: [...label.rest] })
    else if (last !== undefined) last.rest.push(...(last.rest.length > 0 ? [NEWLINE_TEXT] : []), ...line)
    else return []
  }
  return labels.map(({ label, rest }) => ({ ...label, rest }))
}

/**
 * Whether a list holds fields written as bullets: its first item starts with a label, or
 * half its items do (`* Proposal: SE-0418` ⏎ `* Authors: …` ⏎ `* Status: …`, the first
 * label unknown).
 */
export function isLabelList(list: List): boolean {
  const heads = list.children.map((item) => item.children[0])
  const labelled = (head: (typeof heads)[number]): boolean => head?.type === 'paragraph' && leadingLabel(head) !== null
  if (labelled(heads[0])) return true
  // A long list is prose bullets; a header block is short.
  if (heads.length > MAX_HEADER_ITEMS) return false
  let count = 0
  for (const head of heads) if (labelled(head) || (head?.type === 'paragraph' && unknownLabelled(head))) count++
  return count >= 2 && count * 2 >= heads.length && heads.some(labelled)
}

/** Items a header block of bullets has at most. */
const MAX_HEADER_ITEMS = 20

/** `Proposal: …` — a plain label Waymark does not know, as in a header block of bullets. */
function unknownLabelled(paragraph: Paragraph): boolean {
  const first = paragraph.children[0]
  return first?.type === 'text' && plainLabel(first, [], true) !== null
}

/** Builds a field's items and value from its draft. */
export function finishField(draft: FieldDraft, locator: Locator): Field {
  const items: ValueItem[] = []
  const { label } = draft
  if (label.rest.length > 0) {
    for (const line of phrasingLines(label.rest, locator.parsed)) {
      items.push(item(line, locator.at(line.offset), 0, label.rest, false, locator))
    }
  }
  for (const block of draft.blocks) collectItems(block, 0, items, locator)
  const values = items.filter((i) => i.missing === null)
  const missing =
    items.length === 0 ? { kind: 'empty' as const, text: '' } : values.length === 0 ? (items[0]?.missing ?? null) : null
  return {
    key: label.key,
    label: label.label,
    text: items.map((i) => i.text).join('\n'),
    items: compactList(items),
    place: draft.place,
    missing,
  }
}

/** The field's value items of `block`, in document order, each with its list depth (walked without recursion). */
function collectItems(block: RootContent | ListItem, depth: number, items: ValueItem[], locator: Locator): void {
  const stack: { node: RootContent | ListItem; depth: number }[] = [{ node: block, depth }]
  const pushAll = (nodes: readonly (RootContent | ListItem)[], at: number): void => {
    for (let k = nodes.length - 1; k >= 0; k--) stack.push({ node: nodes[k] as RootContent | ListItem, depth: at })
  }
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth: at } = next
    switch (node.type) {
      case 'list':
        pushAll(node.children, at)
        break
      case 'listItem': {
        const [head, ...tail] = node.children
        // The tail is nested one level deeper; pushed first, so it comes after the head.
        pushAll(tail, at + 1)
        if (head?.type === 'paragraph')
          items.push(item(textOf(head, locator), locator.of(head), at, head.children, false, locator))
        else if (head) stack.push({ node: head, depth: at })
        break
      }
      case 'paragraph':
        items.push(item(textOf(node, locator), locator.of(node), at, node.children, false, locator))
        break
      case 'heading':
      case 'blockquote':
      case 'code':
      case 'table':
      case 'html': {
        const text = textOf(node, locator)
        if (text.text !== '')
          items.push(item(text, locator.of(node), at, [], node.type === 'code' || node.type === 'html', locator))
        break
      }
      default:
        break
    }
  }
}

/** A node's plain text, trimmed, with where its characters are. */
function textOf(node: Nodes, locator: Locator): MappedText {
  return trimMapped(mappedText(node, locator.parsed))
}

function item(
  mapped: MappedText,
  place: Place,
  depth: number,
  nodes: readonly PhrasingContent[],
  code: boolean,
  locator: Locator,
): ValueItem {
  const { text } = mapped
  // A backslash may be one the bounds inserted (kept as text in code and HTML): the runs
  // are then split where the parsed text stops following the original.
  const runs = text.includes('\\') ? splitAtBreaks(mapped, locator) : mapped.runs
  const first = runs[0]
  // Most values are one run that starts where the item does: no anchors for them (100,000
  // topics hold half a million values).
  const trivial = runs.length === 1 && first !== undefined && first.index === 0 && samePlace(locator.at(first.offset), place)
  const anchors = trivial ? NONE : runs.map((run) => ({ index: run.index, place: locator.at(run.offset) }))
  const links = code ? NONE : explicitLinks(text, nodes)
  return {
    text,
    place,
    missing: code ? null : missingValue(text),
    links: compactList(links),
    depth,
    code,
    anchors,
  }
}

/** The runs of `mapped`, each split where the parsed text stops following the original ({@link Locator.breaks}). */
function splitAtBreaks(mapped: MappedText, locator: Locator): TextRun[] {
  const runs: TextRun[] = []
  for (const [k, run] of mapped.runs.entries()) {
    runs.push(run)
    const end = mapped.runs[k + 1]?.index ?? mapped.text.length
    for (const at of locator.breaks(run.offset, run.offset + (end - run.index)))
      runs.push({ index: run.index + (at - run.offset), offset: at })
  }
  return runs
}

function samePlace(a: Place, b: Place): boolean {
  return a.line === b.line && a.column === b.column && a.file === b.file
}

const WIKI_LINK = /\[\[([^\][]+)\]\]/g
const HASHTAG = /(?:^|\s)#([a-z][\w-]*)/gi

/** `[[Title]]` and `#topic-id` in the text, and Markdown links whose URL is `#…`. */
function explicitLinks(text: string, nodes: readonly PhrasingContent[]): ExplicitLink[] {
  const links: ExplicitLink[] = []
  for (const m of text.matchAll(WIKI_LINK)) links.push({ kind: 'wiki', target: (m[1] as string).trim() })
  for (const m of text.matchAll(HASHTAG)) links.push({ kind: 'hashtag', target: m[1] as string })
  const stack: PhrasingContent[] = [...nodes].reverse()
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type === 'link' && n.url.startsWith('#') && n.url.length > 1) {
      links.push({ kind: 'anchor', target: decodeAnchor(n.url.slice(1)) })
    }
    if ('children' in n) for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k] as PhrasingContent)
  }
  return links
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor)
  } catch {
    return anchor
  }
}
