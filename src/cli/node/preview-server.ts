/**
 * The live preview behind `waymark serve`: a small HTTP server on the loopback address
 * that serves only what it renders — the page, its data, and a stream of "reload" events
 * — never a file from disk, so no path can reach outside it. It answers GET and HEAD
 * only, refuses requests for another host name (DNS rebinding), and re-renders when a
 * watched file changes (chokidar), then tells every open page to reload. Nothing a client
 * or a save does stops it: live-reload streams and sockets are capped, slow clients time
 * out, a broken stream is dropped, and a render that throws or a watch error is told in
 * the log.
 */
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { isIP, type AddressInfo } from 'node:net'
import { dirname, resolve, sep } from 'node:path'
import { watch } from 'chokidar'
import { describeSystemError } from '../system-errors.js'

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

/**
 * Open pages the preview keeps a live-reload stream (`/events`) for. Each open tab holds
 * one; more than a person has open is a client gone wrong, so further ones get 503 while
 * the page and its data are still served.
 */
export const MAX_EVENT_STREAMS = 64

/**
 * Sockets open at once, streams included (Node closes any beyond): far below the usual
 * limit of 1,024 open files, so neither clients nor a page full of tabs can starve the
 * watcher and the reader of file descriptors.
 */
export const MAX_SOCKETS = 256

/** A client must send its request's headers within this long (slow clients hold sockets). */
const HEADERS_TIMEOUT_MS = 10_000
/** …and the whole request (GET and HEAD have no body) within this long. */
const REQUEST_TIMEOUT_MS = 20_000
/** How often Node checks those two. */
const TIMEOUT_CHECK_MS = 1_000
/** A socket with no traffic either way for this long is closed (one that never sends a byte, too). */
const IDLE_SOCKET_MS = 30_000
/** Open streams get a comment this often, so an idle page is not an idle socket. */
const HEARTBEAT_MS = 15_000
/** What a refused stream is told to wait before trying again (seconds). */
const RETRY_AFTER_S = '30'

/** Starts the preview server. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  let current = await options.render()
  const streams = new Set<ServerResponse>()
  let port = options.port

  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: TIMEOUT_CHECK_MS },
    (request: IncomingMessage, response: ServerResponse) => {
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
      if (!isAllowedHost(request.headers.host, port)) return send(403, 'text/plain; charset=utf-8', 'Unknown host.\n')
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return send(405, 'text/plain; charset=utf-8', 'Read-only: GET and HEAD only.\n', { allow: 'GET, HEAD' })
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      if (path === '/' || path === '/index.html')
        return send(200, 'text/html; charset=utf-8', current.html, { 'content-security-policy': "frame-ancestors 'none'" })
      if (path === '/roadmap.json') return send(200, 'application/json; charset=utf-8', current.json)
      if (path === '/events' && request.method === 'GET') {
        if (streams.size >= MAX_EVENT_STREAMS)
          return send(
            503,
            'text/plain; charset=utf-8',
            `Too many live-reload connections (${MAX_EVENT_STREAMS}); close some preview tabs.\n`,
            { 'retry-after': RETRY_AFTER_S },
          )
        response.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          connection: 'keep-alive',
        })
        response.write(': connected\n\n')
        streams.add(response)
        // The response closes when the page goes away or the socket breaks; an error is a page gone too.
        response.on('close', () => streams.delete(response))
        response.on('error', () => streams.delete(response))
        return
      }
      return send(404, 'text/plain; charset=utf-8', 'Not found: this server serves only the roadmap page.\n')
    },
  )
  server.maxConnections = MAX_SOCKETS
  server.timeout = IDLE_SOCKET_MS
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  // Once listening, an error (a failed accept when the process is out of file descriptors) must not stop the preview.
  server.on('error', (error) => options.log(`server error: ${messageOf(error)}`))

  const broadcast = (text: string): void => {
    for (const stream of streams) {
      if (stream.destroyed || stream.writableEnded) streams.delete(stream)
      else stream.write(text)
    }
  }
  const heartbeat = setInterval(() => broadcast(': still here\n\n'), HEARTBEAT_MS)

  let timer: NodeJS.Timeout | undefined
  let rendering: Promise<void> = Promise.resolve()
  // Never rejects: a render that throws keeps the page it had, and the next change renders again.
  const refresh = async (changed: string): Promise<void> => {
    try {
      current = await options.render()
      options.log(`${changed} changed: page updated`)
      broadcast('event: reload\ndata: changed\n\n')
    } catch (error) {
      options.log(`${changed} changed, but the page could not be rendered: ${messageOf(error)}`)
    }
  }
  const watched = await watchedPaths(options.watch)
  const watcher = watch([...watched.roots], { ignoreInitial: true, ignored: watched.ignored })
  watcher.on('all', (_event, changed) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      rendering = rendering.then(() => refresh(watched.named(changed)))
    }, SETTLE_MS)
  })
  // Without a listener an 'error' event would throw (a note replaced by a link loop is one);
  // the change itself comes as an event too, so the page shows what is wrong.
  watcher.on('error', (error) => options.log(`cannot watch ${pathOf(error)}: ${describeSystemError(error)}`))
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))

  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${host}:${port}/`,
    async close() {
      clearTimeout(timer)
      clearInterval(heartbeat)
      await watcher.close().catch(() => undefined)
      for (const stream of streams) stream.end()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rendering
    },
  }
}

/**
 * Whether a request's `Host` is one this server answers to: `localhost` or an IP address
 * literal, on its port. A DNS-rebinding page always sends its own host name, so names
 * are refused; an address literal cannot be rebound, and is what a client on another
 * machine sends when the preview listens there (`--host 0.0.0.0`).
 */
function isAllowedHost(header: string | undefined, port: number): boolean {
  const parts = header === undefined ? null : /^(?:\[([^\]]*)\]|([^:[\]]*))(?::(\d+))?$/.exec(header)
  if (parts === null) return false
  const [, ipv6, name = '', given] = parts
  // Browsers leave out the port only when it is HTTP's own.
  if ((given === undefined ? 80 : Number(given)) !== port) return false
  if (ipv6 !== undefined) return isIP(ipv6) === 6
  return name.toLowerCase() === 'localhost' || isIP(name) === 4
}

/**
 * What chokidar watches for the given files and folders. A folder is watched whole; a
 * file through its folder, by name — so a note deleted, replaced by a link loop or
 * written back later is seen again (chokidar drops a watched file it cannot stat, and
 * takes it back only when it watches nothing else).
 */
async function watchedPaths(paths: readonly string[]): Promise<{
  roots: readonly string[]
  ignored: (path: string) => boolean
  named: (path: string) => string
}> {
  // Absolute paths to match chokidar's, each with the user's spelling to watch and report.
  const folders = new Map<string, string>()
  const files = new Map<string, string>()
  for (const path of paths) {
    const absolute = resolve(path)
    const isFolder = await stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    )
    if (isFolder) folders.set(absolute, path)
    else files.set(absolute, path)
  }
  const roots = new Map(folders)
  for (const [absolute, path] of files) roots.set(dirname(absolute), dirname(path))
  const inFolder = (absolute: string): boolean =>
    [...folders.keys()].some((folder) => absolute.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`))
  const ignored = (path: string): boolean => {
    const absolute = resolve(path)
    return !(roots.has(absolute) || files.has(absolute) || inFolder(absolute))
  }
  return { roots: [...roots.values()], ignored, named: (path) => files.get(resolve(path)) ?? path }
}

function pathOf(error: unknown): string {
  const path = (error as NodeJS.ErrnoException | null)?.path
  return typeof path === 'string' ? path : 'the notes'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
