/**
 * Markdown → mdast with the extensions notes use: GFM (tables, task lists, autolinks),
 * YAML front matter, and HackMD/`:::` containers — only the container form of the
 * directive syntax, so `:dart:` and `10:00` in text stay text.
 *
 * Large documents are parsed in chunks cut at top-level headings (chunks of plain
 * Markdown are read without micromark, see `plain-markdown.ts`):
 * micromark splices every closed list into one growing event array, which makes a
 * roadmap of thousands of topics with prerequisite lists quadratic (minutes for 2.5 MB).
 * A cut is made only where nothing can span it (see `chunkStarts`), so the tree is the
 * one a single parse would give, with positions shifted back into the whole text.
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

/** GFM's literal autolinks: `www.…`, `http://…`, `https://…` and `…@…`. */
const LITERAL_LINK_CONSTRUCTS: ReadonlySet<string | undefined> = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink'])

/** `gfm()` without literal autolinks. */
function gfmWithoutLiteralLinks(): Extension {
  const { text = {}, ...rest } = gfm()
  const kept = Object.entries(text).flatMap(([code, constructs]) => {
    const list = (Array.isArray(constructs) ? constructs : constructs ? [constructs] : []) as Construct[]
    const others = list.filter((c) => !LITERAL_LINK_CONSTRUCTS.has(c.name))
    return others.length > 0 ? [[code, others] as const] : []
  })
  return { ...rest, text: Object.fromEntries(kept) }
}

const EXTENSIONS = [frontmatter(['yaml']), gfm(), containerDirectivesOnly()]
const MDAST_EXTENSIONS: MdastExtension[] = [frontmatterFromMarkdown(['yaml']), ...gfmFromMarkdown(), directiveFromMarkdown()]

/**
 * Literal autolinks cost much where there are none: micromark tries an email link at
 * the start of every word, and mdast's literal-link pass walks the tree four times. A
 * literal link needs `http`, `www` or `@` in the text (or, for the pass, which reads
 * decoded text, a character reference `&…;` that could spell one); text with none of them
 * is parsed without both, which gives the same tree (a property test checks it).
 */
const MAY_HOLD_LITERAL_LINK = /http|www|@|&/i
const EXTENSIONS_WITHOUT_LITERAL_LINKS = [frontmatter(['yaml']), gfmWithoutLiteralLinks(), containerDirectivesOnly()]
const MDAST_EXTENSIONS_WITHOUT_TRANSFORMS: MdastExtension[] = MDAST_EXTENSIONS.map(({ transforms: _, ...rest }) => rest)

/**
 * Parses a whole text with `fromMarkdown`, without chunks. `literalLinks`: whether to look
 * for literal autolinks; by default only where the text may hold one (`true`: for tests).
 */
export function parseWhole(text: string, literalLinks = MAY_HOLD_LITERAL_LINK.test(text)): Root {
  return literalLinks
    ? fromMarkdown(text, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS })
    : fromMarkdown(text, { extensions: EXTENSIONS_WITHOUT_LITERAL_LINKS, mdastExtensions: MDAST_EXTENSIONS_WITHOUT_TRANSFORMS })
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
  const starts = chunkStarts(text, chunkSize)
  if (starts.length === 0) return parseWhole(text)
  const children: RootContent[] = []
  for (const nodes of piecesOf(text, starts, parseChunks)) for (const node of nodes) children.push(node)
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
  const starts = chunkStarts(text, chunkSize)
  if (starts.length === 0) yield parseWhole(text).children
  else yield* piecesOf(text, starts, parseChunks)
}

/** The nodes of the chunks of `text` that start at `starts`, chunk by chunk. */
function* piecesOf(text: string, starts: readonly number[], parseChunks: ChunkParser): Generator<RootContent[], void, undefined> {
  const bounds = [0, ...starts, text.length]
  const chunks: MarkdownChunk[] = []
  let lines = 0
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k] as number
    const chunk = text.slice(start, bounds[k + 1])
    chunks.push({ text: chunk, offset: start, lines })
    lines += countNewlines(chunk)
  }
  // Chunks that may be plain are read as they are needed, by the plain reader when they
  // are plain (micromark here otherwise); the others go to micromark first, on the threads there are.
  const plainLooking = chunks.map((chunk) => !MAY_HOLD_LITERAL_LINK.test(chunk.text) && mayBePlainMarkdown(chunk.text))
  const others = chunks.filter((_, k) => !plainLooking[k])
  const parsed: (RootContent[] | undefined)[] = others.length === 0 ? [] : parseChunks(others, parseChunk)
  let next = 0
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as MarkdownChunk
    if (plainLooking[k]) yield parsePlainMarkdown(chunk.text, chunk.offset, chunk.lines) ?? parseChunk(chunk)
    else {
      const nodes = parsed[next] as RootContent[]
      parsed[next++] = undefined
      yield nodes
    }
  }
}

/**
 * Offsets where a chunk may start: a line at the top level, after a blank line, that
 * surely starts a block of its own — an ATX heading, or any line not indented that is no
 * list item (after a blank line, such a line cannot continue a list item, a quote or a
 * paragraph, so everything before it is closed) — outside front matter, fences, `:::`
 * containers and HTML blocks that may contain blank lines. (Never a `---` line: at the
 * start of a chunk it would read as front matter; never a list item: it may continue a
 * list, loose, from the chunk before.) None when the text has link or footnote
 * definitions (a reference in one chunk may need a definition in another) or is small.
 */
export function chunkStarts(text: string, size: number): number[] {
  if (text.length < 2 * size) return []
  const starts: number[] = []
  let fence: string | null = null
  let containers = 0
  let html: RegExp | null = null
  let previousBlank = false
  let chunkStart = 0
  let offset = 0
  let first = true
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n')
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
      if (line.trimStart().startsWith(fence) && line.trim().replaceAll(fence[0] as string, '') === '') fence = null
      continue
    }
    if (html !== null) {
      if (html.test(line)) html = null
      previousBlank = false
      continue
    }
    const c = line.charCodeAt(0)
    // Most lines start with a letter or a marker no fence, container, definition or HTML
    // block starts with, and hold no `<`: the patterns below need not be tried on them.
    const ordinary = c > 32 && c < 127 && c !== 91 && c !== 96 && c !== 126 && c !== 58 && !line.includes('<')
    const blank = !ordinary && line.trim() === ''
    if (!ordinary && /^ {0,3}\[[^\]]+\]:/.test(line)) return []
    const fenceOpen = ordinary ? null : /^ {0,3}(`{3,}|~{3,})/.exec(line)
    const canStart =
      previousBlank &&
      containers === 0 &&
      lineStart - chunkStart >= size &&
      text.length - lineStart >= size / 2 &&
      startsTopLevelBlock(line)
    if (canStart) {
      starts.push(lineStart)
      chunkStart = lineStart
    }
    if (ordinary) {
      previousBlank = false
      continue
    }
    if (fenceOpen) fence = fenceOpen[1] as string
    else if (/^ {0,3}:{3,}[A-Za-z]/.test(line)) containers++
    else if (/^ {0,3}:{3,}\s*$/.test(line) && containers > 0) containers--
    else {
      const closing = htmlBlockEnd(line)
      if (closing !== null) html = closing
    }
    previousBlank = blank
  }
  return starts
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

/**
 * For a line that opens an HTML block able to hold blank lines: the line that ends it. A
 * comment opened after other text on the line is inline, not a block, but it is counted
 * too: a cut inside a comment would break it, a cut missed only makes a chunk longer.
 */
function htmlBlockEnd(line: string): RegExp | null {
  const opening = htmlBlockOpening(line.replace(/^ {0,3}/, ''))
  if (opening instanceof RegExp) return opening
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
