/** Building the roadmap page for tests: notes → planned, forecast → the page's HTML. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { siteAssets } from '../../src/cli/node/site-assets.js'
import { renderPage } from '../../src/render/site/html-page.js'
import { siteData } from '../../src/render/site/site-model.js'
import type { SiteData } from '../../src/render/site/site-data.js'
import { forecastNotes, planNotes, viewOf } from './planned.js'

/** The page of `files` (and its data), forecast with `samples` samples. */
export async function sitePage(files: Record<string, string>, samples = 300): Promise<{ html: string; data: SiteData }> {
  const p = planNotes(files, 500)
  const data = siteData(viewOf(p, await forecastNotes(p, samples)), {
    live: false,
    generator: 'Waymark test',
  })
  return { html: renderPage(data, await siteAssets()), data }
}

/** Writes a page into `dir` (created) as `index.html` and returns its `file://` address. */
export function writePage(dir: string, html: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'index.html')
  writeFileSync(path, html)
  return `file://${path}`
}

/** Where the tests save screenshots for review (git ignores it). */
export const TEST_OUTPUT = new URL('../../test-output/', import.meta.url).pathname
