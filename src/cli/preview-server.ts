/**
 * The live preview behind `waymark serve`: a small HTTP server on the loopback address
 * that serves only what it renders — the page, its data, and a stream of "reload" events
 * — never a file from disk, so no path can reach outside it. It answers GET and HEAD
 * only, refuses requests for another host name (DNS rebinding), and re-renders when a
 * watched file changes (chokidar), then tells every open page to reload.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { watch } from 'chokidar'

/** What the server shows: the page and its data. */
export interface Rendered {
  readonly html: string
  readonly json: string
}

/** Options of the preview. */
export interface PreviewOptions {
  readonly host: string
  readonly port: number
  /** Files and folders whose changes re-render the page. */
  readonly watch: readonly string[]
  readonly render: () => Promise<Rendered>
  /** Told of each re-render, in one line. */
  readonly log: (line: string) => void
}

/** A running preview. */
export interface Preview {
  readonly url: string
  close(): Promise<void>
}

/** Waits this long after a change for more (an editor's save is often several writes). */
const SETTLE_MS = 120

/** Starts the preview server. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  let current = await options.render()
  const streams = new Set<ServerResponse>()
  let port = options.port
  const allowedHosts = (): Set<string> =>
    new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${options.host}:${port}`])

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        ...headers,
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (!allowedHosts().has(request.headers.host ?? '')) return send(403, 'text/plain; charset=utf-8', 'Unknown host.\n')
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'text/plain; charset=utf-8', 'Read-only: GET and HEAD only.\n', { allow: 'GET, HEAD' })
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (path === '/' || path === '/index.html')
      return send(200, 'text/html; charset=utf-8', current.html, { 'content-security-policy': "frame-ancestors 'none'" })
    if (path === '/roadmap.json') return send(200, 'application/json; charset=utf-8', current.json)
    if (path === '/events' && request.method === 'GET') {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      response.write(': connected\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    return send(404, 'text/plain; charset=utf-8', 'Not found: this server serves only the roadmap page.\n')
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  port = (server.address() as AddressInfo).port

  let timer: NodeJS.Timeout | undefined
  let rendering: Promise<void> = Promise.resolve()
  const watcher = watch([...options.watch], { ignoreInitial: true })
  watcher.on('all', (_event, changed) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      rendering = rendering.then(async () => {
        current = await options.render()
        options.log(`${changed} changed: page updated`)
        for (const stream of streams) stream.write('event: reload\ndata: changed\n\n')
      })
    }, SETTLE_MS)
  })
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))

  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${host}:${port}/`,
    async close() {
      clearTimeout(timer)
      await watcher.close()
      for (const stream of streams) stream.end()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rendering
    },
  }
}
