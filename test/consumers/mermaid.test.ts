/**
 * Every Gantt chart and dependency graph Waymark writes, rendered by the real Mermaid
 * package (the current major and the one before) in headless Chromium, as GitHub renders
 * them: no error, the expected bars and nodes, and every text shown exactly as written —
 * for the seed and for generated roadmaps whose every field is hostile.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dependencyGraph, nodeCaption } from '../../src/render/graph/dependency-graph.js'
import { renderFlowchart } from '../../src/render/mermaid/flowchart.js'
import { ASSUMED_MARK, renderGantt } from '../../src/render/mermaid/gantt.js'
import { oneLine } from '../../src/render/mermaid/mermaid-text.js'
import { GROUP_BY, groupTopics } from '../../src/render/topic-groups.js'
import { SEED_FILE, SEED_TEXT } from '../helpers.js'
import { launchChromium } from '../support/browser.js'
import { sampleHostileNotes } from '../support/hostile-roadmaps.js'
import { MERMAID_BUILDS, MermaidPage } from '../support/mermaid-page.js'
import { planNotes, type PlannedNotes, viewOf } from '../support/planned.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const seed = planNotes({ [SEED_FILE]: SEED_TEXT })
const hostile = sampleHostileNotes(25).map((text) => planNotes({ 'hostile.md': text }, 200))

/** The bar texts a plan's charts must show, in any order: titles (marked when assumed) and milestones. */
function expectedBars(p: PlannedNotes): string[] {
  const bars = p.plan.topics.map((t) => oneLine(t.assumed ? `${t.title} ${ASSUMED_MARK}` : t.title))
  for (const t of p.plan.topics) if (t.deadline !== null) bars.push(oneLine(`Deadline: ${t.title}`))
  if (p.plan.deadline !== null) bars.push('Roadmap deadline')
  return bars.sort()
}

/** The sections a chart must show: the groups, then the roadmap's deadline. */
function sectionLabels(p: PlannedNotes, by: (typeof GROUP_BY)[number]): string[] {
  const labels = groupTopics(viewOf(p), by).flatMap((g) => (g.label === null ? [] : [oneLine(g.label)]))
  return p.plan.deadline !== null && by !== 'none' ? [...labels, 'Deadlines'] : labels
}

describe.each(MERMAID_BUILDS)('$name', ({ script }) => {
  let page: MermaidPage
  beforeAll(async () => {
    page = await MermaidPage.open(browser, script)
  })
  afterAll(async () => {
    expect(page.problems).toEqual([])
    await page.close()
  })

  it.each(GROUP_BY)("draws the seed's Gantt chart grouped by %s: 24 bars and the deadline, titles as written", async (by) => {
    const [chart, ...more] = renderGantt(viewOf(seed), { by, maxRows: 50 })
    expect(more).toEqual([])
    const drawn = await page.render(chart as string)
    expect(drawn.error).toBeNull()
    expect(drawn.bars).toBe(25)
    expect(drawn.milestones).toBe(1)
    expect([...drawn.barTexts].sort()).toEqual(expectedBars(seed))
    expect(drawn.sections).toEqual(sectionLabels(seed, by))
    expect(drawn.title).toBe('Community Meeting, August 25, 2022')
    expect(seed.plan.topics.filter((t) => t.critical).length).toBeGreaterThan(0)
  })

  it("splits the seed's Gantt chart into charts of at most 7 rows that draw every bar once", async () => {
    const charts = renderGantt(viewOf(seed), { by: 'owner', maxRows: 7 })
    expect(charts.length).toBe(4)
    const texts: string[] = []
    for (const [k, chart] of charts.entries()) {
      const drawn = await page.render(chart)
      expect(drawn.error).toBeNull()
      expect(drawn.bars).toBeLessThanOrEqual(7)
      expect(drawn.title).toBe(`Community Meeting, August 25, 2022 (part ${k + 1} of 4)`)
      texts.push(...drawn.barTexts)
    }
    expect(texts.sort()).toEqual(expectedBars(seed))
  })

  it.each(['owner', 'status', 'none'] as const)(
    "draws the seed's dependency graph grouped by %s: 24 topics, 5 external notes, 13 edges",
    async (by) => {
      const graph = dependencyGraph(viewOf(seed), by)
      const drawn = await page.render(renderFlowchart(graph))
      expect(drawn.error).toBeNull()
      expect(drawn.nodes).toBe(29)
      expect(drawn.edges).toBe(13)
      expect(graph.edges.filter((e) => e.kind === 'prerequisite').length).toBe(7)
    },
  )

  it('draws hostile roadmaps exactly as written, and runs nothing they hold', async () => {
    for (const p of hostile) {
      expect(p.plan.topics.length).toBeGreaterThan(0)
      for (const by of GROUP_BY) {
        const [chart] = renderGantt(viewOf(p), { by, maxRows: 1000 })
        const drawn = await page.render(chart as string)
        expect(drawn.error, chart).toBeNull()
        expect([...drawn.barTexts].sort(), chart).toEqual(expectedBars(p))
        expect(drawn.sections, chart).toEqual(sectionLabels(p, by))
        expect(drawn.title).toBe(oneLine(p.roadmap.meta.title ?? 'Roadmap'))
      }
      for (const by of ['owner', 'status'] as const) {
        const graph = dependencyGraph(viewOf(p), by)
        const text = renderFlowchart(graph)
        const drawn = await page.render(text)
        expect(drawn.error, text).toBeNull()
        expect(drawn.nodes, text).toBe(graph.nodeCount)
        expect(drawn.edges, text).toBe(graph.edges.length)
        const captions = graph.groups.flatMap((g) => g.nodes.map((n) => oneLine(nodeCaption(n))))
        expect([...drawn.nodeTexts].sort(), text).toEqual(captions.sort())
        const clusters = graph.groups.flatMap((g) => (g.label === null ? [] : [oneLine(g.label)]))
        for (const label of clusters)
          expect(
            drawn.clusters.some((c) => c.startsWith(label)),
            text,
          ).toBe(true)
      }
    }
    expect(page.problems).toEqual([])
  })
})
