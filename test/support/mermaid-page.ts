/**
 * A page with the real Mermaid package loaded, rendering charts the way GitHub does
 * (strict security level) and reporting what it drew: Gantt bars and their texts,
 * flowchart nodes and edges, and any error — a failed parse, a console error or a
 * script that ran (an `alert`, a global set by an injected script).
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'

/** The Mermaid builds the charts are checked against: the current major and the one before. */
export const MERMAID_BUILDS = [
  { name: 'mermaid 12', script: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') },
  { name: 'mermaid 11', script: createRequire(import.meta.url).resolve('mermaid11/dist/mermaid.min.js') },
] as const

/** What a chart rendered to. */
export interface Drawn {
  readonly error: string | null
  readonly bars: number
  readonly milestones: number
  readonly barTexts: readonly string[]
  readonly sections: readonly string[]
  readonly title: string | null
  readonly nodes: number
  readonly nodeTexts: readonly string[]
  readonly edges: number
  readonly clusters: readonly string[]
}

/** The little of the DOM the page script uses (the project's types do not include the DOM). */
interface PageElement {
  innerHTML: string
  readonly textContent: string | null
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement> & { readonly length: number }
}

/** A page that renders Mermaid charts. */
export class MermaidPage {
  readonly problems: string[] = []
  private constructor(private readonly page: Page) {}

  /** Opens a blank page in `browser` with the Mermaid build at `script`. */
  static async open(browser: Browser, script: string): Promise<MermaidPage> {
    const page = await browser.newPage()
    const mp = new MermaidPage(page)
    page.on('console', (m) => {
      if (m.type() === 'error') mp.problems.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => mp.problems.push(`page error: ${e.message}`))
    page.on('dialog', (d) => {
      mp.problems.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>')
    await page.addScriptTag({ path: script })
    await page.evaluate(() => {
      ;(globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
      })
    })
    return mp
  }

  /** Renders one chart into the page (replacing the last) and reports what it drew. */
  async render(text: string): Promise<Drawn> {
    return this.page.evaluate(async (source) => {
      const m = (globalThis as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid
      const out = (globalThis as unknown as { document: { getElementById(id: string): PageElement } }).document.getElementById(
        'out',
      )
      out.innerHTML = ''
      const texts = (selector: string): string[] => [...out.querySelectorAll(selector)].map((e) => e.textContent ?? '')
      let error: string | null = null
      try {
        const { svg } = await m.render(`chart${Math.random().toString(36).slice(2)}`, source)
        out.innerHTML = svg
      } catch (e) {
        error = String(e)
      }
      const injected = (globalThis as unknown as { pwned?: unknown }).pwned
      if (injected !== undefined) error = `an injected script ran: ${String(injected)}`
      return {
        error,
        bars: out.querySelectorAll('rect.task').length,
        milestones: out.querySelectorAll('rect.milestone').length,
        barTexts: texts('text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft').map((t) => t.trim()),
        // A chart without sections has one unnamed section.
        sections: texts('text.sectionTitle')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
        title: out.querySelector('text.titleText')?.textContent ?? null,
        nodes: out.querySelectorAll('g.node').length,
        // Word joiners are Waymark's, invisible, to keep Mermaid's placeholders apart.
        nodeTexts: [...out.querySelectorAll('g.node')].map((n) => (n.textContent ?? '').replace(/\u2060/g, '').trim()),
        edges: out.querySelectorAll('path.flowchart-link').length,
        clusters: texts('g.cluster').map((t) => t.replace(/\u2060/g, '').trim()),
      }
    }, text)
  }

  /** Closes the page. */
  async close(): Promise<void> {
    await this.page.close()
  }
}
