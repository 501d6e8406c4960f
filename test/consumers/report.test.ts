/**
 * ROADMAP.md, read back as GitHub reads it: parsed as GitHub-flavoured Markdown
 * (micromark with GFM, the parser family GitHub's own renderer follows), every text from
 * the notes comes out as plain text — no HTML, no images, no emphasis or links of its
 * own — and the seed's page has everything the community needs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { gfm } from 'micromark-extension-gfm'
import type { Heading, List, Nodes, Root, Table } from 'mdast'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderReport } from '../../src/render/markdown/report.js'
import { oneLine } from '../../src/render/mermaid/mermaid-text.js'
import { SEED_FILE, SEED_TEXT } from '../helpers.js'
import { sampleHostileNotes } from '../support/hostile-roadmaps.js'
import { forecastNotes, planNotes, type PlannedNotes, viewOf } from '../support/planned.js'

const report = async (p: PlannedNotes): Promise<string> =>
  renderReport(viewOf(p, await forecastNotes(p, 200)), {
    by: 'owner',
    maxRows: 50,
    command: 'waymark report notes.md',
    version: '1.2.3',
  })
const parse = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

function nodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree]
  if ('children' in tree) for (const child of tree.children) out.push(...nodes(child))
  return out
}

/** The section under the level-2 heading `title`: the nodes until the next level-2 heading. */
function section(tree: Root, title: string): Nodes[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n) === title)
  expect(start, `no section “${title}”`).toBeGreaterThanOrEqual(0)
  const end = tree.children.findIndex((n, k) => k > start && n.type === 'heading' && n.depth === 2)
  return tree.children.slice(start + 1, end === -1 ? undefined : end)
}

describe('ROADMAP.md of the seed', () => {
  const seed = planNotes({ [SEED_FILE]: SEED_TEXT })
  let tree: Root
  beforeAll(async () => {
    tree = parse(await report(seed))
  })

  it('has the summary, both charts, the topics, the queues, the to-do list and the risks', () => {
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2).map((n) => toString(n))
    expect(headings).toEqual([
      'Summary',
      'Forecast',
      'Timeline',
      'Dependencies',
      'Topics',
      'Queues',
      'To do before the next meeting',
      'Risks and open questions',
    ])
    const summary = section(tree, 'Summary')
      .map((n) => toString(n))
      .join('\n')
    expect(summary).toContain('Critical path: Unikernel Loader → Memory Randomization (ASLR)')
    expect(summary).toContain('Finish: 2023-06-15')
    const charts = nodes(tree).filter((n) => n.type === 'code' && n.lang === 'mermaid')
    expect(charts.map((c) => (c.type === 'code' ? c.value.split('\n')[0] : ''))).toEqual(['gantt', 'flowchart LR'])
  })

  it('lists the 24 topics', () => {
    const table = section(tree, 'Topics').find((n): n is Table => n.type === 'table') as Table
    expect(table.children.length).toBe(25)
    expect(table.children[0]?.children.map((c) => toString(c))).toEqual([
      'Topic',
      'Owners',
      'Start',
      'Finish',
      'Days',
      'Slack',
      'Status',
      'Estimate',
      'P50',
      'P85',
      'Critical',
    ])
    const titles = table.children.slice(1).map((row) => toString(row.children[0] as Nodes))
    expect(new Set(titles).size).toBe(24)
    expect(titles).toContain('Memory Randomization (ASLR) (critical)')
  })

  it("shows Marc Rittinghaus's queue in order", () => {
    const queues = section(tree, 'Queues')
    const at = queues.findIndex((n) => n.type === 'heading' && toString(n) === 'Marc Rittinghaus')
    const list = queues.slice(at).find((n): n is List => n.type === 'list') as List
    expect(list.ordered).toBe(true)
    expect(list.children.map((i) => toString(i).split(':')[0])).toEqual(['W^X Support', 'GDB stub', 'POSIX mmap / mprotect'])
    expect(toString(list.children[1] as Nodes)).toContain('after W^X Support')
  })

  it('gives each person their to-do list, with positions in the notes', () => {
    const todo = section(tree, 'To do before the next meeting')
    const people = todo.filter((n) => n.type === 'heading').map((n) => toString(n))
    expect(people).toEqual(seed.lint.todo.map((t) => t.person ?? 'Nobody yet (no owner, no author)'))
    expect(people).toContain('Marc Rittinghaus')
    const items = todo.filter((n): n is List => n.type === 'list').flatMap((l) => l.children)
    expect(items.length).toBe(seed.lint.todo.reduce((sum, t) => sum + t.items.length, 0))
    expect(items.every((i) => i.checked === false)).toBe(true)
    expect(toString(items[0] as Nodes)).toMatch(/examples\/unikraft-community-2022-08-25\.md:1:\d+/)
  })
})

describe('ROADMAP.md of hostile roadmaps', () => {
  it.each(sampleHostileNotes(25).map((text, k) => [k + 1, text] as const))(
    'roadmap %i: every text from the notes renders as plain text',
    async (_, text) => {
      const p = planNotes({ 'hostile.md': text }, 200)
      const tree = parse(await report(p))
      const all = nodes(tree)
      expect(all.filter((n) => n.type === 'html')).toEqual([])
      expect(all.filter((n) => n.type === 'image' || n.type === 'imageReference' || n.type === 'footnoteReference')).toEqual([])
      for (const link of all) if (link.type === 'link') expect(link.url).toMatch(/^(https?|mailto):/)
      const headings = tree.children.filter((n) => n.type === 'heading')
      expect(headings.length).toBeGreaterThan(0)
      expect(toString(headings[0] as Nodes)).toBe(`Roadmap: ${oneLine(p.roadmap.meta.title ?? 'Roadmap')}`)
      const table = section(tree, 'Topics').find((n): n is Table => n.type === 'table') as Table
      const cells = table.children.slice(1).map((row) => row.children[0] as Nodes)
      for (const cell of cells)
        expect(nodes(cell).some((n) => n.type === 'emphasis' || n.type === 'delete' || n.type === 'inlineCode')).toBe(false)
      const titles = cells.map((c) => toString(c).replace(/ \(critical\)$/, ''))
      expect([...titles].sort()).toEqual(p.plan.topics.map((t) => oneLine(t.title)).sort())
      for (const row of table.children) expect(row.children.length).toBe(11)
    },
  )
})
