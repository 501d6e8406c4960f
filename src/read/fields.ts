/**
 * Topic fields in mdast: a paragraph (or list item) that starts with a bold label,
 * the rest of its line as an inline value, and the blocks below it up to the next label.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { ExplicitLink, Field, ValueItem } from '../model/document.js'
import type { FieldKey } from '../model/field-key.js'
import type { Place } from '../model/place.js'
import { compactList, NONE } from '../model/shared-empty.js'
import { fieldKeyOf } from './field-labels.js'
import type { Locator } from './locator.js'
import { startOffset } from './locator.js'
import { mappedText, trimMapped, type MappedText, type TextRun } from './mapped-text.js'
import { phrasingLines, plainText } from './phrasing.js'
import { missingValue } from './placeholder.js'

/** A label at the start of a paragraph, and the value after it on its line. */
export interface LeadingLabel {
  readonly label: string
  readonly key: FieldKey | null
  readonly rest: readonly PhrasingContent[]
  /** Normalised offset where the inline value starts (after `:` and spaces). */
  readonly restOffset: number
}

/** A field being collected: its label and the blocks that make its value. */
export interface FieldDraft {
  readonly label: LeadingLabel
  readonly place: Place
  readonly blocks: (RootContent | ListItem)[]
}

/**
 * The label a paragraph starts with: `**Owner**:`, `**Owner:**`, or a known label
 * without colon (`**Author** Simon`); `null` for bold prose such as `**all**`.
 */
export function leadingLabel(paragraph: Paragraph): LeadingLabel | null {
  const [first, ...rest] = paragraph.children
  if (first?.type !== 'strong') return null
  const inner = plainText(first).trim()
  const innerColon = inner.endsWith(':')
  const label = (innerColon ? inner.slice(0, -1) : inner).trim()
  if (label === '' || label.length > 100) return null
  const next = rest[0]
  const outerColon = next?.type === 'text' && next.value.startsWith(':')
  const key = fieldKeyOf(label)
  if (key === null && !innerColon && !outerColon) return null
  const tail = [...rest]
  let restOffset = first.position?.end.offset ?? startOffset(first)
  if (next?.type === 'text') {
    const stripped = next.value.replace(/^:?[ \t]*/, '')
    const cut = next.value.length - stripped.length
    restOffset = startOffset(next) + cut
    if (stripped === '') tail.shift()
    else if (next.position) {
      // The value starts after the colon: move the node's start with it.
      const start = { ...next.position.start, offset: restOffset, column: next.position.start.column + cut }
      tail[0] = { ...next, value: stripped, position: { ...next.position, start } }
    } else tail[0] = { ...next, value: stripped }
  }
  return { label, key, rest: tail, restOffset }
}

/** Whether a list's first item starts with a label (fields written as bullets). */
export function isLabelList(list: List): boolean {
  const first = list.children[0]?.children[0]
  return first?.type === 'paragraph' && leadingLabel(first) !== null
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
