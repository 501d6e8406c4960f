/**
 * The roadmap page in a real browser (Debian's Chromium, driven by playwright-core),
 * opened from `file://` as a reader would: the seed's page draws its 24 bars and 7
 * dependency arrows without a console error; bars open their details with the mouse and
 * the keyboard; filters, zoom and grouping work and survive a reload; and a roadmap whose
 * every field is an XSS payload runs nothing. Screenshots at desktop and phone width go
 * to test-output/site/ for review.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteAssets } from '../../src/cli/node/site-assets.js'
import { diffRoadmaps } from '../../src/compare/roadmap-diff.js'
import { renderPage } from '../../src/render/site/html-page.js'
import { siteData } from '../../src/render/site/site-model.js'
import { ROOT, SEED_FILE, SEED_TEXT } from '../helpers.js'
import { planNotes, viewOf } from '../support/planned.js'
import { launchChromium, type PageGlobals } from '../support/browser.js'
import { HOSTILE_PIECES } from '../support/hostile-roadmaps.js'
import { sitePage, TEST_OUTPUT, writePage } from '../support/site-page.js'

let browser: Browser
let dir = ''
beforeAll(async () => {
  browser = await launchChromium()
  dir = mkdtempSync(join(tmpdir(), 'waymark-site-'))
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A page that records everything a reader should never see: console errors, script errors, dialogs. */
async function open(url: string, width = 1400): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await page.goto(url)
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset['ready'] === 'true')
  return { page, problems }
}

describe("the seed's page", () => {
  let url = ''
  beforeAll(async () => {
    url = writePage(join(dir, 'seed'), (await sitePage({ [SEED_FILE]: SEED_TEXT })).html)
  })

  it('draws 24 bars, the 7 dependency arrows, the graph and the forecast, with no console error', async () => {
    const { page, problems } = await open(url)
    expect(await page.locator('#gantt .bar').count()).toBe(24)
    expect(await page.locator('#gantt path.dep').count()).toBe(7)
    expect(await page.locator('#gantt .bar.critical').count()).toBe(2)
    expect(await page.locator('#gantt .bar-hatch').count()).toBe(11)
    expect(await page.locator('#gantt .whisker').count()).toBe(72)
    expect(await page.locator('#graph .graph-node').count()).toBe(29)
    expect(await page.locator('#forecast-chart .histogram-bar').count()).toBeGreaterThan(5)
    expect(await page.locator('#count').textContent()).toBe('24 topics')
    expect(await page.locator('#summary').textContent()).toContain('2023-12-31 (the end of “OSS Roadmap (2022-2023)”): met in')
    expect(await page.locator('#todo h3').allTextContents()).toContain('Marc Rittinghaus')
    await page.screenshot({ path: join(TEST_OUTPUT, 'site', 'seed-desktop.png'), fullPage: true })
    await page.close()
    expect(problems).toEqual([])
  })

  it('opens a topic’s details from its bar, by mouse and by keyboard, and closes them with Escape', async () => {
    const { page, problems } = await open(url)
    await page.locator('#gantt .bar[data-topic="gdb-stub"]').click()
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('GDB stub')
    const details = await page.locator('#details').textContent()
    expect(details).toContain('Marc Rittinghaus')
    expect(details).toContain('starts after “W^X Support” because both need Marc Rittinghaus')
    expect(details).toContain('Requires a second serial connection to Unikraft')
    expect(details).toMatch(/examples\/unikraft-community-2022-08-25\.md:1:\d+/)
    expect(new URL(page.url()).hash).toBe('#topic=gdb-stub')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#details').isHidden()).toBe(true)
    await page.locator('#gantt .bar[aria-label^="W^X Support;"]').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('W^X Support')
    // A prerequisite that is a topic opens that topic.
    await page.locator('#gantt .bar[data-topic="memory-randomization-aslr"]').click()
    await page.locator('#details button.link', { hasText: 'Unikernel Loader' }).click()
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Unikernel Loader')
    await page.close()
    expect(problems).toEqual([])
  })

  it('filters by owner, status, priority and text; the filters survive a reload', async () => {
    const { page, problems } = await open(url)
    await page.selectOption('#filter-owner', 'Marc Rittinghaus')
    expect(await page.locator('#gantt .bar').count()).toBe(3)
    expect(await page.locator('#count').textContent()).toBe('3 of 24 topics')
    expect(await page.locator('#graph .graph-node.dim').count()).toBe(21)
    await page.fill('#filter-q', 'gdb')
    expect(await page.locator('#gantt .bar').count()).toBe(1)
    await page.reload()
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset['ready'] === 'true')
    expect(await page.locator('#gantt .bar').count()).toBe(1)
    expect(await page.inputValue('#filter-owner')).toBe('Marc Rittinghaus')
    expect(await page.inputValue('#filter-q')).toBe('gdb')
    await page.fill('#filter-q', '')
    await page.selectOption('#filter-owner', '')
    await page.selectOption('#filter-priority', 'low')
    expect(await page.locator('#gantt .bar').count()).toBe(1)
    await page.selectOption('#filter-priority', '')
    await page.selectOption('#filter-status', 'not-started')
    expect(await page.locator('#gantt .bar').count()).toBe(24)
    await page.close()
    expect(problems).toEqual([])
  })

  it('zooms to quarters and groups by status', async () => {
    const { page, problems } = await open(`${url}#zoom=quarter&group=status`)
    expect(await page.locator('#gantt .tick-label').allTextContents()).toContain('2023 Q1')
    expect(await page.locator('#gantt .group-label').allTextContents()).toEqual(['Not started'])
    await page.close()
    expect(problems).toEqual([])
  })

  it('reads at phone width', async () => {
    const { page, problems } = await open(url, 390)
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals
      return g.document.documentElement.scrollWidth - g.innerWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await page.locator('#gantt .bar[data-topic="gdb-stub"]').click()
    await page.screenshot({ path: join(TEST_OUTPUT, 'site', 'seed-phone.png'), fullPage: true })
    await page.close()
    expect(problems).toEqual([])
  })
})

describe('a page with the latest changes', () => {
  it('lists what changed since the previous version', async () => {
    const history = join(ROOT, 'examples/unikraft-history')
    const read = (name: string): string => readFileSync(join(history, name), 'utf8')
    const before = planNotes({ 'a.md': read('2022-09-22.md') }, 300)
    const after = planNotes({ 'b.md': read('2022-10-20.md') }, 300)
    const changes = diffRoadmaps(
      { label: 'abc1234 (2022-09-22)', roadmap: before.roadmap, plan: before.plan, forecast: null },
      { label: 'now', roadmap: after.roadmap, plan: after.plan, forecast: null },
    )
    const data = siteData(viewOf(after), { live: false, generator: 'Waymark test', changes })
    const url = writePage(join(dir, 'changes'), renderPage(data, await siteAssets()))
    const { page, problems } = await open(url)
    expect(await page.locator('#changes-section').isVisible()).toBe(true)
    const text = await page.locator('#changes').textContent()
    expect(text).toContain('Since abc1234 (2022-09-22):')
    expect(text).toContain('Unikraft ELF Loader (renamed from “Unikernel Loader”)')
    expect(text).toContain('estimate: 4 - 6 weeks → 6 - 8 weeks')
    await page.close()
    expect(problems).toEqual([])
  })
})

describe('a roadmap whose every field is an XSS payload', () => {
  const PAYLOADS = [
    '<script>window.pwned=1;alert(1)</script>',
    '</script><script>window.pwned=2;alert(2)</script>',
    '<img src=x onerror="window.pwned=3;alert(3)">',
    '<svg onload="window.pwned=4;alert(4)"><script>alert(5)</script></svg>',
    'javascript:window.pwned=6;alert(6)',
    '[click](javascript:alert(7))',
    '" onmouseover="alert(8)" x="',
    "' onfocus='alert(9)' autofocus '",
    '<a href="javascript:alert(10)">x</a>',
    '<iframe src="javascript:alert(11)"></iframe>',
    '<!-- </script> -->',
    '\u2028\u2029',
    '{{constructor.constructor("alert(12)")()}}',
  ]
  let url = ''
  let titles: string[] = []
  beforeAll(async () => {
    const field = (k: number): string => PAYLOADS[k % PAYLOADS.length] as string
    const topics = PAYLOADS.map(
      (p, k) =>
        `### Topic: ${p} ${k}\n\n**Owner**: ${field(k + 1)}\n\n**Estimated duration**: ${k + 1} weeks ${field(k + 2)}\n\n**Status**: ${field(k + 3)}\n\n**Rationale**: ${field(k + 4)} see https://example.com/${k} and javascript:alert(${k})\n\n**Prerequisites**: ${field(k + 5)}\n\n**Notes**: ${field(k + 6)} ${HOSTILE_PIECES[k % HOSTILE_PIECES.length]}\n\n---\n\n`,
    )
    const note = `---\ntitle: "${PAYLOADS[0]}"\ndate: 2024-03-01\n---\n\n## Agenda\n\n- Roadmap 2024 ${PAYLOADS[2]}\n\n${topics.join('')}`
    const { html, data } = await sitePage({ 'xss.md': note }, 100)
    titles = data.topics.map((t) => t.title)
    url = writePage(join(dir, 'xss'), html)
  })

  it('runs nothing, fires no dialog, and shows every payload as text', async () => {
    const { page, problems } = await open(url)
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined()
    expect(await page.locator('#gantt .bar').count()).toBe(titles.length)
    expect(titles.length).toBeGreaterThan(10)
    // Every bar's full title, as text.
    const shown = await page.locator('#gantt .row-label title').allTextContents()
    expect([...shown].sort()).toEqual([...titles].sort())
    expect(await page.title()).toContain('<script>')
    // Open every topic's details, hover everything: still nothing runs.
    for (const id of await page.locator('#gantt .bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-topic')))) {
      await page.locator(`#gantt .bar[data-topic="${id}"]`).click()
      await page.locator('#details').hover()
    }
    expect(
      await page.locator('a[href^="javascript:" i], [onerror], [onload], [onmouseover], [onfocus], iframe, img').count(),
    ).toBe(0)
    const links = await page.locator('#details a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    for (const href of links) expect(href).toMatch(/^https?:/)
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined()
    await page.screenshot({ path: join(TEST_OUTPUT, 'site', 'xss.png'), fullPage: true })
    await page.close()
    expect(problems).toEqual([])
  })
})
