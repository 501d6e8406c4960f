/**
 * `waymark serve`: a preview on the loopback address that serves only its own page, its
 * data and its events, reloads open pages when the notes change, and shows what is wrong
 * when the notes cannot be planned — checked over real HTTP and in a real browser. It
 * also outlives hostile saves, caps its live-reload streams, and listens only on
 * addresses it was given as literals.
 */
import dns from 'node:dns'
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import { createServer, isIP, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FileSystem } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/main.js'
import { nodeFileSystem } from '../../src/cli/node/io.js'
import { MAX_EVENT_STREAMS } from '../../src/cli/node/preview-server.js'
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
async function serve(file: string, options: { fs?: FileSystem; args?: readonly string[] } = {}): Promise<Running> {
  const interrupt = new AbortController()
  const {
    io,
    stdout: printed,
    stderr,
  } = realIO({
    interrupt: interrupt.signal,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
  })
  const stdout = (): string => printed()
  const done = runCli(['serve', file, '--port', '0', '--samples', '50', ...(options.args ?? [])], io)
  let ended = false
  void done.then(() => (ended = true))
  for (let wait = 0; !/http:\/\/\S+\//.test(stdout()); wait++) {
    if (wait > 200 || ended) throw new Error(`serve did not start: ${stderr()}`)
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

/** Polls `probe` until `accept` holds, failing with what it last saw after `ms`. */
async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (accept(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 300)}`)
    await new Promise((r) => setTimeout(r, 40))
  }
}

/** The page's data as the server has it now: its failure, if any, and its topics' titles. */
async function shown(url: string): Promise<{ failure: string | null; titles: string[] }> {
  const data = JSON.parse((await raw(url, '/roadmap.json')).body) as {
    failure: string | null
    topics: { title: string }[]
  }
  return { failure: data.failure, titles: data.topics.map((t) => t.title) }
}

/** An `/events` request on its own socket, resolved at its response's head (the body keeps streaming). */
function openEvents(
  url: string,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Promise<string>; req: ClientRequest }> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: '/events', agent: false }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      const ended = new Promise<string>((done) => res.on('end', () => done(body)))
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: ended, req })
    })
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

  it('shows every failure of a save in the page and lives on: aliases past the limit, deep lists, a thrown error, a link loop', async () => {
    const file = join(dir, 'hostile.md')
    writeFileSync(file, note('First'))
    // A reader that throws whatever the note: what any bug the notes set off looks like to serve.
    let throwing = false
    const fs: FileSystem = {
      ...nodeFileSystem,
      readFile: async (path) => {
        if (throwing) throw new RangeError('Maximum call stack size exceeded')
        return nodeFileSystem.readFile(path)
      },
    }
    const unhandled: unknown[] = []
    const record = (reason: unknown): number => unhandled.push(reason)
    process.on('unhandledRejection', record)
    const running = await serve(file, { fs })
    const fails = async (what: string): Promise<string> =>
      (
        await until(
          () => shown(running.url),
          (s) => s.failure !== null,
          `${what} is shown as a failure`,
        )
      ).failure ?? ''
    const recovers = async (title: string): Promise<void> => {
      rmSync(file, { force: true }) // a link loop cannot be written through
      writeFileSync(file, note(title))
      await until(
        () => shown(running.url),
        (s) => s.failure === null && s.titles.includes(title),
        `${title} is shown`,
      )
    }
    try {
      expect((await shown(running.url)).titles).toContain('First')

      // Nested aliases past the yaml library's limit ("Excessive alias count").
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
      for (const [i, name] of [...'bcdefgh'].entries())
        levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${'abcdefgh'[i]}`).join(', ')}]`)
      writeFileSync(file, `---\n${levels.join('\n')}\n---\n\n# Aliases\n`)
      await fails('a front matter of nested aliases')
      await recovers('After the aliases')

      // 2,000 nested list markers on one line (the reader's recursion, when it overflows).
      writeFileSync(file, `${'- '.repeat(2000)}x\n`)
      await fails('2,000 nested list markers')
      await recovers('After the deep list')

      // Any exception while reading becomes the failure page, whatever the reader does with the note above.
      throwing = true
      writeFileSync(file, note('Never shown'))
      expect(await fails('a reader that throws')).toMatch(/internal error.*Maximum call stack size exceeded/)
      throwing = false
      await recovers('After the thrown error')

      // The note replaced by a link loop: hostile.md → loop.md → hostile.md.
      symlinkSync(file, join(dir, 'loop.md'))
      symlinkSync(join(dir, 'loop.md'), join(dir, 'hostile-next.md'))
      renameSync(join(dir, 'hostile-next.md'), file)
      expect(await fails('a link loop')).toMatch(/ELOOP|link/)
      await recovers('After the link loop')

      expect((await raw(running.url, '/')).status).toBe(200)
      expect(running.stderr()).toMatch(/internal error.*Maximum call stack size exceeded/)
    } finally {
      process.off('unhandledRejection', record)
      expect(await running.stop()).toBe(0)
    }
    expect(unhandled).toEqual([])
  })

  it(`refuses live-reload streams beyond ${MAX_EVENT_STREAMS} with 503, still serves the page, and takes new ones when they close`, async () => {
    const file = join(dir, 'streams.md')
    writeFileSync(file, note('First'))
    const running = await serve(file)
    const opened: Awaited<ReturnType<typeof openEvents>>[] = []
    try {
      for (let i = 0; i < MAX_EVENT_STREAMS + 3; i++) opened.push(await openEvents(running.url))
      expect(opened.slice(0, MAX_EVENT_STREAMS).map((o) => o.status)).toEqual(Array(MAX_EVENT_STREAMS).fill(200))
      const refused = opened.slice(MAX_EVENT_STREAMS)
      expect(refused.map((o) => o.status)).toEqual([503, 503, 503])
      expect(refused[0]?.headers['retry-after']).toMatch(/^\d+$/)
      expect(await refused[0]?.body).toMatch(/too many live-reload connections/i)
      expect((await raw(running.url, '/')).status).toBe(200)
      expect((await raw(running.url, '/roadmap.json')).status).toBe(200)
      for (const o of opened) o.req.destroy()
      const again = await until(
        () => openEvents(running.url),
        (o) => (o.status === 200 ? true : (o.req.destroy(), false)),
        'a new stream is accepted',
      )
      again.req.destroy()
    } finally {
      for (const o of opened) o.req.destroy()
      expect(await running.stop()).toBe(0)
    }
  })

  it('refuses a host name for --host without looking it up', async () => {
    const lookup = vi.spyOn(dns, 'lookup')
    try {
      const file = join(dir, 'host.md')
      writeFileSync(file, note('First'))
      const { io, stdout, stderr } = realIO()
      const started = Date.now()
      expect(await runCli(['serve', file, '--host', 'example.invalid', '--port', '0'], io)).toBe(2)
      expect(Date.now() - started).toBeLessThan(2_000)
      expect(stderr()).toBe(
        'waymark serve: --host must be a loopback address or an IP address literal; got “example.invalid”. Example: `waymark serve notes.md --host 127.0.0.1`\n',
      )
      expect(stdout()).toBe('')
      expect(lookup).not.toHaveBeenCalled()
    } finally {
      lookup.mockRestore()
    }
  })

  it('maps localhost to 127.0.0.1 itself and listens on IP address literals only', async () => {
    const lookup = vi.spyOn(dns, 'lookup')
    const file = join(dir, 'localhost.md')
    writeFileSync(file, note('First'))
    const running = await serve(file, { args: ['--host', 'localhost'] })
    try {
      expect(new URL(running.url).hostname).toBe('127.0.0.1')
      expect(running.stderr()).not.toMatch(/warning/)
      const { port } = new URL(running.url)
      expect((await raw(running.url, '/', { host: `localhost:${port}` })).status).toBe(200)
      expect((await raw(running.url, '/', { host: `[::1]:${port}` })).status).toBe(200)
      // A rebinding page sends its own name, on the right port: still refused.
      expect((await raw(running.url, '/', { host: `evil.example:${port}` })).status).toBe(403)
      // Node's listen passes even a literal through dns.lookup, which answers it without asking anyone.
      for (const [name] of lookup.mock.calls) expect(isIP(String(name)), String(name)).not.toBe(0)
    } finally {
      lookup.mockRestore()
      expect(await running.stop()).toBe(0)
    }
  })

  it('says in one line which address and port it cannot listen on', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()))
    const { port } = taken.address() as AddressInfo
    try {
      const file = join(dir, 'in-use.md')
      writeFileSync(file, note('First'))
      const { io, stderr } = realIO()
      expect(await runCli(['serve', file, '--port', String(port), '--samples', '50'], io)).toBe(2)
      expect(stderr()).toBe(
        `waymark serve: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); choose another with --port\n`,
      )
      // An address literal other than loopback is taken, with the warning (here it cannot bind either).
      const everywhere = realIO()
      expect(await runCli(['serve', file, '--host', '0.0.0.0', '--port', String(port), '--samples', '50'], everywhere.io)).toBe(2)
      expect(everywhere.stderr()).toBe(
        `waymark serve: warning: --host 0.0.0.0 makes the preview reachable from other machines.\n` +
          `waymark serve: cannot listen on 0.0.0.0:${port}: the port is in use (EADDRINUSE); choose another with --port\n`,
      )
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })
})
