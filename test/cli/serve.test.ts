/**
 * `waymark serve`: a preview on the loopback address that serves only its own page, its
 * data and its events, reloads open pages when the notes change, and shows what is wrong
 * when the notes cannot be planned — checked over real HTTP and in a real browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { launchChromium, type PageGlobals } from '../support/browser.js'
import { realIO } from '../support/real-io.js'

const note = (title: string): string =>
  `---\ntitle: Preview test\ndate: 2024-01-05\n---\n\n### Topic: ${title}\n\n**Owner**: Ana Lima\n\n**Estimated duration**: 2 weeks\n\n---\n\n### Topic: Second\n\n**Owner**: Ana Lima\n\n**Estimated duration**: 1 week\n`

interface Running {
  readonly url: string
  readonly stop: () => Promise<number>
  readonly stderr: () => string
}

/** Starts `waymark serve` in this process on a free port, in `cwd`-relative paths. */
async function serve(file: string): Promise<Running> {
  const interrupt = new AbortController()
  const { io, stdout: printed, stderr } = realIO({ interrupt: interrupt.signal })
  const stdout = (): string => printed()
  const done = runCli(['serve', file, '--port', '0', '--samples', '50'], io)
  for (let wait = 0; !/http:\/\/\S+\//.test(stdout()); wait++) {
    if (wait > 200) throw new Error(`serve did not start: ${stderr()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  const url = (/http:\/\/\S+\//.exec(stdout()) as RegExpExecArray)[0]
  return {
    url,
    stderr,
    stop: async () => {
      interrupt.abort()
      return done
    },
  }
}

/** A raw HTTP request (no URL normalisation, any method and host). */
function raw(
  url: string,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** Writes `text` to `file` and waits until the page has reloaded and drawn itself again. */
async function editAndReload(page: Page, file: string, text: string): Promise<void> {
  const reloaded = page.waitForEvent('load')
  writeFileSync(file, text)
  await reloaded
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset['ready'] === 'true')
}

let dir = ''
let browser: Browser
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-serve-'))
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('waymark serve', () => {
  it('binds the loopback address and serves only its page, its data and its events', async () => {
    const file = join(dir, 'routes.md')
    writeFileSync(file, note('First'))
    const running = await serve(file)
    try {
      expect(new URL(running.url).hostname).toBe('127.0.0.1')
      const page = await raw(running.url, '/')
      expect(page.status).toBe(200)
      expect(page.body).toContain('<title>Preview test — roadmap</title>')
      expect(page.body).toContain('connect-src &#39;self&#39;')
      expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'")
      const data = await raw(running.url, '/roadmap.json')
      expect(JSON.parse(data.body)).toMatchObject({ title: 'Preview test', live: true })
      for (const path of [
        '/../../../../etc/passwd',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/routes.md',
        '/index.html%2f..%2f..%2fetc%2fpasswd',
        '//etc/passwd',
      ])
        expect((await raw(running.url, path)).status, path).toBe(404)
      expect((await raw(running.url, '/', { method: 'POST' })).status).toBe(405)
      expect((await raw(running.url, '/', { method: 'DELETE' })).status).toBe(405)
      expect((await raw(running.url, '/', { host: 'evil.example:80' })).status).toBe(403)
    } finally {
      expect(await running.stop()).toBe(0)
    }
  })

  it('reloads the page when the notes change, and shows the problem when they cannot be planned', async () => {
    const file = join(dir, 'live.md')
    writeFileSync(file, note('First'))
    const running = await serve(file)
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
    try {
      await page.goto(running.url)
      await page.waitForFunction(
        () => (globalThis as unknown as PageGlobals).document.documentElement.dataset['ready'] === 'true',
      )
      expect(await page.locator('#gantt .row-label title').allTextContents()).toContain('First')
      await editAndReload(page, file, note('Renamed topic'))
      expect(await page.locator('#gantt .row-label title').allTextContents()).toContain('Renamed topic')
      // A note with no topics cannot be planned: the page says why, and the server lives on.
      await editAndReload(page, file, '# Just a heading\n\nNo topics here.\n')
      await expect.poll(() => page.locator('#failure').isVisible()).toBe(true)
      expect(await page.locator('#failure').textContent()).toContain('no topics to plan')
      await editAndReload(page, file, note('Back again'))
      expect(await page.locator('#gantt .row-label title').allTextContents()).toContain('Back again')
      expect(running.stderr()).toMatch(/live\.md changed: page updated/)
    } finally {
      await page.close()
      expect(await running.stop()).toBe(0)
    }
    expect(problems).toEqual([])
  })
})
