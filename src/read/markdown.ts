/**
 * Markdown → mdast with the extensions notes use: GFM (tables, task lists, autolinks),
 * YAML front matter, and HackMD/`:::` containers — only the container form of the
 * directive syntax, so `:dart:` and `10:00` in text stay text.
 *
 * Large documents are parsed in chunks cut at top-level headings (chunks of plain
 * Markdown are read without micromark, see `plain-markdown.ts`):
 * micromark splices every closed list into one growing event array, which makes a
 * roadmap of thousands of topics with prerequisite lists quadratic (minutes for 2.5 MB).
 * A cut is made only where nothing can span it, or inside a long list or table where the
 * pieces are joined again (see `chunkCuts`), so the tree is the one a single parse would
 * give, with positions shifted back into the whole text.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import type { Construct, Extension } from 'micromark-util-types'
// Before anything is parsed: micromark's event edits and text merging made linear.
import './edit-map-fix.js'
import './text-resolver-fix.js'
import { literalLinksIn, type LiteralLinks } from './literal-links.js'
import { mayBePlainMarkdown, parsePlainMarkdown } from './plain-markdown.js'
import { htmlBlockOpening } from './structure/literal-blocks.js'

const COLON = 58
/**
 * Chunks of about this many characters keep micromark's splices short. Smaller chunks
 * parse faster down to about 2 KB; below, the fixed cost of a parse (0.1 ms) catches up.
 */
const CHUNK_SIZE = 2 * 1024

/** Only `:::name … :::` containers: the (concrete) container construct of `directive()`. */
function containerDirectivesOnly(): Extension {
  const flow = directive().flow?.[COLON]
  const constructs = (Array.isArray(flow) ? flow : flow ? [flow] : []) as Construct[]
  return { flow: { [COLON]: constructs.filter((c) => c.concrete === true) } }
}

/** GFM's literal autolinks by the kind of text they need. */
const EMAIL_LINK_CONSTRUCTS: ReadonlySet<string | undefined> = new Set(['emailAutolink'])
const URL_LINK_CONSTRUCTS: ReadonlySet<string | undefined> = new Set(['wwwAutolink', 'protocolAutolink'])

/** `gfm()` without the text constructs named in `dropped`. */
function gfmWithout(dropped: ReadonlySet<string | undefined>): Extension {
  const { text = {}, ...rest } = gfm()
  const kept = Object.entries(text).flatMap(([code, constructs]) => {
    const list = (Array.isArray(constructs) ? constructs : constructs ? [constructs] : []) as Construct[]
    const others = list.filter((c) => !dropped.has(c.name))
    return others.length > 0 ? [[code, others] as const] : []
  })
  return { ...rest, text: Object.fromEntries(kept) }
}

const MDAST_EXTENSIONS: MdastExtension[] = [frontmatterFromMarkdown(['yaml']), ...gfmFromMarkdown(), directiveFromMarkdown()]
const MDAST_EXTENSIONS_WITHOUT_TRANSFORMS: MdastExtension[] = MDAST_EXTENSIONS.map(({ transforms: _, ...rest }) => rest)

function micromarkExtensions(emails: boolean, urls: boolean): Extension[] {
  const dropped = new Set([...(emails ? [] : EMAIL_LINK_CONSTRUCTS), ...(urls ? [] : URL_LINK_CONSTRUCTS)])
  return [frontmatter(['yaml']), dropped.size === 0 ? gfm() : gfmWithout(dropped), containerDirectivesOnly()]
}

/** The micromark extensions for each `LiteralLinks`, by `emails` then `urls`. */
const EXTENSIONS = [
  [micromarkExtensions(false, false), micromarkExtensions(false, true)],
  [micromarkExtensions(true, false), micromarkExtensions(true, true)],
] as const

/**
 * Parses a whole text with `fromMarkdown`, without chunks. `literalLinks`: which literal
 * autolinks to look for; by default those the text may hold (`true`: all, for tests).
 */
export function parseWhole(text: string, literalLinks: LiteralLinks | boolean = literalLinksIn(text)): Root {
  const { emails, urls } = typeof literalLinks === 'boolean' ? { emails: literalLinks, urls: literalLinks } : literalLinks
  return fromMarkdown(text, {
    extensions: EXTENSIONS[emails ? 1 : 0][urls ? 1 : 0],
    mdastExtensions: emails || urls ? MDAST_EXTENSIONS : MDAST_EXTENSIONS_WITHOUT_TRANSFORMS,
  })
}

/** A piece of a document that parses on its own, and where it starts in the whole text. */
export interface MarkdownChunk {
  readonly text: string
  /** Offset of the chunk's first character in the whole text. */
  readonly offset: number
  /** Lines of the whole text before the chunk. */
  readonly lines: number
}

/**
 * Runs `parse` over chunks and gives each one's nodes, in chunk order. The default runs
 * them one after the other on this thread; the CLI's shares them with a worker thread,
 * which must parse them as `parseChunk` does.
 */
export type ChunkParser = (chunks: readonly MarkdownChunk[], parse: (chunk: MarkdownChunk) => RootContent[]) => RootContent[][]

/** Parses one chunk into its top-level nodes, positioned in the whole text. */
export function parseChunk(chunk: MarkdownChunk): RootContent[] {
  const tree = parseWhole(chunk.text)
  shift(tree, chunk.offset, chunk.lines)
  return tree.children
}

/** The default chunk parser: one chunk after the other, on this thread. */
export const parseChunksInOrder: ChunkParser = (chunks, parse) => chunks.map((chunk) => parse(chunk))

/**
 * Parses Markdown into an mdast tree with positions (`chunkSize`: for tests;
 * `parseChunks`: how the chunks of a large document are parsed).
 */
export function parseMarkdown(text: string, chunkSize = CHUNK_SIZE, parseChunks: ChunkParser = parseChunksInOrder): Root {
  const cuts = chunkCuts(text, chunkSize)
  if (cuts.length === 0) return parseWhole(text)
  const children: RootContent[] = []
  for (const nodes of piecesOf(text, cuts, parseChunks)) for (const node of nodes) children.push(node)
  const root: Root = { type: 'root', children }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) }
  return root
}

/**
 * The top-level nodes of `text`, a chunk at a time and in order, as `parseMarkdown` gives
 * them: a reader that takes them as they come and lets them go never holds the whole
 * tree (for a note of 100,000 topics, some 600 MB).
 */
export function* markdownPieces(
  text: string,
  chunkSize = CHUNK_SIZE,
  parseChunks: ChunkParser = parseChunksInOrder,
): Generator<RootContent[], void, undefined> {
  const cuts = chunkCuts(text, chunkSize)
  if (cuts.length === 0) yield parseWhole(text).children
  else yield* piecesOf(text, cuts, parseChunks)
}

/** A chunk, with the cut it starts at (none for the first). */
interface CutChunk {
  readonly chunk: MarkdownChunk
  readonly cut: ChunkCut | null
  /** Where the chunk's own text starts and ends in the whole text (without a table's header). */
  readonly start: number
  readonly end: number
}

/**
 * The nodes of the chunks of `text` cut at `cuts`, a run at a time: a chunk with the
 * chunks that continue its last list or table.
 */
function* piecesOf(text: string, cuts: readonly ChunkCut[], parseChunks: ChunkParser): Generator<RootContent[], void, undefined> {
  const pieces: CutChunk[] = []
  let lines = 0
  for (let k = 0; k <= cuts.length; k++) {
    const cut = k === 0 ? null : (cuts[k - 1] as ChunkCut)
    const start = cut?.at ?? 0
    const end = k < cuts.length ? (cuts[k] as ChunkCut).at : text.length
    const own = text.slice(start, end)
    const chunk: MarkdownChunk =
      cut?.continues === 'table'
        ? { text: cut.header + own, offset: start - cut.header.length, lines: lines - countNewlines(cut.header) }
        : { text: own, offset: start, lines }
    pieces.push({ chunk, cut, start, end })
    lines += countNewlines(own)
  }
  // Chunks that may be plain are read as they are needed, by the plain reader when they
  // are plain (micromark here otherwise); the others go to micromark first, on the threads there are.
  const plainLooking = pieces.map(({ chunk }) => mayBePlainMarkdown(chunk.text))
  const others = pieces.filter((_, k) => !plainLooking[k]).map((piece) => piece.chunk)
  const parsed: (RootContent[] | undefined)[] = others.length === 0 ? [] : parseChunks(others, parseChunk)
  let next = 0
  const nodesOf = (k: number): RootContent[] => {
    const { chunk } = pieces[k] as CutChunk
    if (plainLooking[k]) return parsePlainMarkdown(chunk.text, chunk.offset, chunk.lines) ?? parseChunk(chunk)
    const nodes = parsed[next] as RootContent[]
    parsed[next++] = undefined
    return nodes
  }
  for (let k = 0; k < pieces.length;) {
    const first = pieces[k] as CutChunk
    const run = nodesOf(k)
    let joined = true
    let last = k + 1
    for (; last < pieces.length && (pieces[last] as CutChunk).cut?.continues; last++) {
      const nodes = nodesOf(last)
      joined &&= joinContinuation(run, nodes, pieces[last] as CutChunk, text)
    }
    if (joined) yield run
    else {
      // A cut that was no continuation: the run is parsed as one chunk, as it would be whole.
      const end = (pieces[last - 1] as CutChunk).end
      yield parseChunk({ text: text.slice(first.start, end), offset: first.start, lines: first.chunk.lines })
    }
    k = last
  }
}

/**
 * Joins the nodes of a chunk cut inside a list or table (`nodes`, from `piece`) onto the
 * nodes before it (`run`), in place, when they are what a single parse would give: `run`
 * ends with the list or table, only blank space lies between its end and the cut, and
 * `nodes` starts at the cut with a list of the same kind, or with a table of the same
 * columns whose first row is the header put before the chunk. `false` when they are not.
 */
function joinContinuation(run: RootContent[], nodes: RootContent[], piece: CutChunk, text: string): boolean {
  const before = run[run.length - 1]
  const after = nodes[0]
  const cut = piece.start
  const end = before?.position?.end.offset
  if (before === undefined || after === undefined || end === undefined || !/^\s*$/.test(text.slice(end, cut))) return false
  if (before.type === 'list' && after.type === 'list' && piece.cut?.continues === 'list') {
    if (before.ordered !== after.ordered || after.position?.start.offset !== cut) return false
    // Blank lines between two items make the whole list loose.
    before.spread = before.spread === true || after.spread === true || /\n[ \t]*\r?\n/.test(text.slice(end, cut))
    for (const item of after.children) before.children.push(item)
  } else if (before.type === 'table' && after.type === 'table' && piece.cut?.continues === 'table') {
    const [header, firstRow] = after.children
    const columns = (table: typeof before): string => JSON.stringify(table.align ?? [])
    if (header === undefined || firstRow?.position?.start.offset !== cut || columns(before) !== columns(after)) return false
    if ((header.position?.end.offset ?? cut) > cut) return false
    for (const row of after.children.slice(1)) before.children.push(row)
  } else return false
  if (before.position && after.position) before.position.end = after.position.end
  for (const node of nodes.slice(1)) run.push(node)
  return true
}

/**
 * Where a chunk starts, and what of the chunk before it may run on into it: nothing (a
 * block that nothing before it can continue), the list the chunk before ends with (the
 * chunk starts at its next item), or the table it ends with (the chunk starts at a body
 * row and is parsed after the table's header and delimiter rows, `header`).
 */
export type ChunkCut =
  | { readonly at: number; readonly continues: null }
  | { readonly at: number; readonly continues: 'list' }
  | { readonly at: number; readonly continues: 'table'; readonly header: string }

/** The offsets of `chunkCuts`. */
export function chunkStarts(text: string, size: number): number[] {
  return chunkCuts(text, size).map((cut) => cut.at)
}

/** A list item's marker at the start of a line, with content after it: `-`, `*`, `+`, `.` or `)`. */
const LIST_ITEM = /^(?:([-*+])|\d{1,9}([.)]))[ \t]+\S/
/** A thematic break, which a line of bullets and spaces also is. */
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
/** A GFM table's delimiter row. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/

/**
 * Offsets where a chunk may start: a line at the top level, after a blank line, that
 * surely starts a block of its own — an ATX heading, or any line not indented that is no
 * list item (after a blank line, such a line cannot continue a list item, a quote or a
 * paragraph, so everything before it is closed) — outside front matter, fences, `:::`
 * containers and HTML blocks that may contain blank lines. (Never a `---` line: at the
 * start of a chunk it would read as front matter.) None when the text has link or
 * footnote definitions (a reference in one chunk may need a definition in another) or is
 * small.
 *
 * A long list or table is one block, and micromark parses one block ever slower as it
 * grows (10,000 rows: seconds), so it is cut too: before an item at the left margin with
 * the marker of the item before it, and before a body row (`|` at the left margin) of a
 * table whose header followed a blank line. Such cuts are guesses that `piecesOf` checks
 * on the trees: the pieces are joined only when the first ends with the list or table and
 * the next starts with its continuation, and are parsed again whole otherwise.
 */
export function chunkCuts(text: string, size: number): ChunkCut[] {
  if (text.length < 2 * size) return []
  const cuts: ChunkCut[] = []
  // The open fence's marker, and how far its opening line was indented.
  let fence: { marker: string; indent: number } | null = null
  let containers = 0
  let html: { end: RegExp; indent: number } | null = null
  let previousBlank = false
  let chunkStart = 0
  let offset = 0
  let first = true
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n')
  // The marker of the last item at the left margin (null after a line that ends lists).
  let itemMarker: string | null = null
  // A table's header line, once read after a blank line; then its two lines once the
  // delimiter row follows, while its body rows go on.
  let headerLine: { start: number; blankBefore: boolean } | null = null
  let tableHeader: string | null = null
  for (const line of text.split('\n')) {
    const lineStart = offset
    offset += line.length + 1
    if (first) {
      first = false
      if (frontMatter) continue
    } else if (frontMatter) {
      if (/^(?:---|\.\.\.)\s*$/.test(line)) frontMatter = false
      continue
    }
    if (fence !== null) {
      const indent = line.length - line.trimStart().length
      // A fence opened indented may be in a list item, which a line less indented ends (and
      // the fence with it) — or it is at the top level and goes on: past such a line
      // nothing tells where blocks are, and the rest is not cut.
      if (indent < fence.indent && line.trim() !== '') return cuts
      if (line.trimStart().startsWith(fence.marker) && line.trim().replaceAll(fence.marker[0] as string, '') === '') fence = null
      continue
    }
    if (html !== null) {
      // As for fences: a line less indented than the block's first may end a list item it is in.
      if (html.indent > 0 && line.trim() !== '' && line.length - line.trimStart().length < html.indent) return cuts
      const ends = html.end.test(line)
      if (ends) html = null
      // A block that ends at a blank line ends before it: the line is blank as any other.
      previousBlank = ends && line.trim() === ''
      itemMarker = null
      tableHeader = null
      continue
    }
    const c = line.charCodeAt(0)
    // Most lines start with a letter or a marker no fence, container, definition or HTML
    // block starts with, and hold no `<`: the patterns below need not be tried on them.
    const ordinary = c > 32 && c < 127 && c !== 91 && c !== 96 && c !== 126 && c !== 58 && !line.includes('<')
    const blank = !ordinary && line.trim() === ''
    if (!ordinary && /^ {0,3}\[[^\]]+\]:/.test(line)) return []
    const fenceOpen = ordinary ? null : /^ {0,3}(`{3,}|~{3,})/.exec(line)
    const roomy = containers === 0 && lineStart - chunkStart >= size && text.length - lineStart >= size / 2
    const item = c === 9 || c === 32 ? null : LIST_ITEM.exec(line)
    const marker = item && !THEMATIC_BREAK.test(line.trimEnd()) ? ((item[1] ?? item[2]) as string) : null
    const row = c === 124 // `|`
    let cut: ChunkCut | null = null
    if (previousBlank && roomy && startsTopLevelBlock(line)) cut = { at: lineStart, continues: null }
    else if (roomy && marker !== null && marker === itemMarker) cut = { at: lineStart, continues: 'list' }
    else if (roomy && row && tableHeader !== null) cut = { at: lineStart, continues: 'table', header: tableHeader }
    if (cut !== null) {
      cuts.push(cut)
      chunkStart = lineStart
    }
    if (marker !== null) itemMarker = marker
    else if (!blank && c !== 9 && c !== 32) itemMarker = null
    if (tableHeader !== null && !row) tableHeader = null
    if (headerLine !== null && tableHeader === null && headerLine.blankBefore && containers === 0 && DELIMITER_ROW.test(line))
      tableHeader = text.slice(headerLine.start, offset)
    headerLine = row && tableHeader === null ? { start: lineStart, blankBefore: previousBlank || lineStart === 0 } : null
    if (ordinary) {
      previousBlank = false
      continue
    }
    if (fenceOpen) fence = { marker: fenceOpen[1] as string, indent: line.length - line.trimStart().length }
    else if (/^ {0,3}:{3,}[A-Za-z]/.test(line)) containers++
    else if (/^ {0,3}:{3,}\s*$/.test(line) && containers > 0) containers--
    else {
      const closing = htmlBlockEnd(line)
      if (closing !== null) html = { end: closing, indent: line.length - line.trimStart().length }
    }
    previousBlank = blank
  }
  return cuts
}

/**
 * After a blank line: whether `line` starts a top-level block that nothing before it can
 * continue. Not indented (an indented line may belong to a list item), not a list item,
 * not `---` or `===` (front matter, setext), not a table or HTML continuation (those end
 * at a blank line anyway, so they are fine), not a `:::` close.
 */
function startsTopLevelBlock(line: string): boolean {
  if (line === '' || line.startsWith(' ') || line.startsWith('\t')) return false
  if (/^#{1,6}(?:[ \t]|$)/.test(line)) return true
  if (/^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/.test(line)) return false
  if (/^(?:-{3,}|={3,}|:{3,})/.test(line)) return false
  return true
}

const BLANK_LINE = /^[ \t]*\r?$/

/**
 * For a line that opens an HTML block: the line that ends it. A
 * comment opened after other text on the line is inline, not a block, but it is counted
 * too: a cut inside a comment would break it, a cut missed only makes a chunk longer.
 */
function htmlBlockEnd(line: string): RegExp | null {
  const opening = htmlBlockOpening(line.replace(/^ {0,3}/, ''))
  if (opening instanceof RegExp) return opening
  // Types 6 and 7 end at a blank line (a lone tag only when it is a block, taken as one:
  // it makes no cut where there could be one, never a cut inside a block).
  if (opening === 'blank' || opening === 'tag') return BLANK_LINE
  return /<!--(?!.*-->)/.test(line) ? /-->/ : null
}

/**
 * Moves every position in `tree` by `offset` characters and `lines` lines, in place:
 * mdast makes a fresh point for every position, so no point is moved twice (the property
 * tests would see it), and a large note has a million of them to not copy.
 */
function shift(tree: Root, offset: number, lines: number): void {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const p = node.position
    if (p) {
      p.start.line += lines
      p.start.offset = (p.start.offset ?? 0) + offset
      p.end.line += lines
      p.end.offset = (p.end.offset ?? 0) + offset
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

function pointAtEnd(text: string): { line: number; column: number; offset: number } {
  const lastNewline = text.lastIndexOf('\n')
  return { line: countNewlines(text) + 1, column: text.length - lastNewline, offset: text.length }
}
