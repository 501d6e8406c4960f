/**
 * The roadmap page of a generated 1,000-topic roadmap (250 people, one owner per topic)
 * in headless Chromium: how long from the start of navigation until the page is
 * interactive (its script has drawn everything and marked `waymark-ready`), and how long
 * a filter change takes to redraw. Median of a few loads. Needs the build and Debian's
 * Chromium (`npm run bench:site` builds first).
 *
 *   node --import tsx bench/site.ts [--topics 1000] [--people 250] [--runs 5]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { siteAssets } from '../src/cli/node/site-assets.js'
import { check as checkRoadmap } from '../src/pipeline/check.js'
import { forecast } from '../src/pipeline/forecast.js'
import { plan } from '../src/pipeline/plan.js'
import { roadmapView } from '../src/pipeline/roadmap-view.js'
import { renderPage } from '../src/render/site/html-page.js'
import { siteData } from '../src/render/site/site-model.js'
import { launchChromium } from '../test/support/browser.js'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '1000' },
    people: { type: 'string', default: '250' },
    runs: { type: 'string', default: '5' },
  },
})
const topics = Number(values.topics)
const runs = Number(values.runs)
const { text } = generateRoadmap({ topics, people: Number(values.people), prerequisites: 1.5, seed: 1 })
const checked = checkRoadmap([{ file: 'roadmap.md', text }])
const planned = plan(checked, { today: '2026-12-01' })
const predicted = await forecast(planned, { samples: 1000, seed: 1 })
const data = siteData(roadmapView(planned, predicted), { live: false, generator: 'Waymark bench' })
const dir = mkdtempSync(join(tmpdir(), 'waymark-site-bench-'))
const browser = await launchChromium()
try {
  const file = join(dir, 'index.html')
  writeFileSync(file, renderPage(data, await siteAssets()))
  const ready: number[] = []
  const redraw: number[] = []
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`file://${file}`)
    await page.waitForFunction('document.documentElement.dataset.ready === "true"')
    ready.push(await page.evaluate('performance.getEntriesByName("waymark-ready")[0].startTime'))
    const owner = await page.evaluate('document.querySelectorAll("#filter-owner option")[1].value')
    const t0 = await page.evaluate('performance.now()')
    await page.selectOption('#filter-owner', String(owner))
    redraw.push(((await page.evaluate('performance.now()')) as number) - (t0 as number))
    await page.close()
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
  console.log(
    `${topics.toLocaleString('en')} topics, ${data.links.length.toLocaleString('en')} dependency arrows, page ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${runs} loads`,
  )
  console.log('| measure | median ms | min ms | max ms |')
  console.log('|---|---|---|---|')
  console.log(
    `| navigation start → interactive | ${median(ready).toFixed(0)} | ${Math.min(...ready).toFixed(0)} | ${Math.max(...ready).toFixed(0)} |`,
  )
  console.log(
    `| owner filter → redrawn | ${median(redraw).toFixed(0)} | ${Math.min(...redraw).toFixed(0)} | ${Math.max(...redraw).toFixed(0)} |`,
  )
} finally {
  await browser.close()
  rmSync(dir, { recursive: true, force: true })
}
