/** `waymark serve FILE… [--port N] [--host ADDRESS] [--samples N] [--start DATE] [--budget N] [--seed N]` */
import { BlockList, isIP } from 'node:net'
import type { CheckedRoadmap } from '../../model/lint-report.js'
import { RoadmapError } from '../../model/roadmap-error.js'
import { roadmapView } from '../../pipeline/roadmap-view.js'
import { settingsPaths } from '../../settings/settings-files.js'
import { renderPage, type PageAssets } from '../../render/site/html-page.js'
import { failureData, siteData } from '../../render/site/site-model.js'
import { EXIT, InputError, Interrupted, OutputError, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import { forecastChoices, integerOption, maxSizeOf, parseOptions } from '../options.js'
import { startPreview, type Rendered } from '../node/preview-server.js'
import { checkInputs, forecastPlanned, planChecked } from '../run-stages.js'
import { siteAssets } from '../node/site-assets.js'
import { describeSystemError, systemErrorCode } from '../system-errors.js'

/** The preview's port when none is given. */
const DEFAULT_PORT = 4173

/** Runs `serve` until interrupted (Ctrl-C). */
export async function serveCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('serve', args)
  if (positionals.length === 0) throw new UsageError('waymark serve: no file given. Example: `waymark serve notes.md`.')
  const choices = forecastChoices(values)
  const port = values.port === undefined ? DEFAULT_PORT : integerOption('--port', values.port, 0, 65_535)
  const { address, loopback } = listenAddress(values.host)
  if (!loopback) io.stderr.write(`waymark serve: warning: --host ${address} makes the preview reachable from other machines.\n`)
  const maxBytes = maxSizeOf(values['max-size'])
  const assets = await siteAssets()
  const generator = `Waymark ${io.version}`

  const render = async (): Promise<Rendered> => {
    let checked: CheckedRoadmap | null = null
    try {
      checked = await checkInputs('serve', positionals, io, maxBytes)
      const planned = await planChecked(checked, choices, io)
      const forecast = await forecastPlanned(planned, choices, io)
      const data = siteData(roadmapView(planned, forecast), { live: true, generator })
      return page(data, assets)
    } catch (error) {
      // Whatever stops the notes from being shown — their errors, or a bug they set off —
      // shows in the page instead, and the preview keeps running until the next save.
      const message = failureMessage(error)
      if (!message.expected) {
        io.stderr.write(`waymark serve: ${message.text}\n`)
        if (io.env['WAYMARK_DEBUG']) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
      }
      const data = failureData(message.text, checked?.roadmap.files ?? positionals, checked?.lint.diagnostics ?? [], {
        live: true,
        generator,
      })
      return page(data, assets)
    }
  }

  // The notes, and the settings files that belong to them (in a folder given, or beside a file).
  const watched = [...positionals]
  for (const p of positionals) watched.push(...settingsPaths(p, (await io.fs.stat(p))?.kind === 'directory'))
  const preview = await startPreview({
    host: address,
    port,
    watch: [...new Set(watched)],
    render,
    log: (line) => io.stderr.write(`waymark serve: ${line}\n`),
  }).catch((error: unknown) => {
    throw listenFailure(error, address, port)
  })
  io.stdout.write(`Serving the roadmap at ${preview.url} — it reloads when the notes change. Ctrl-C stops.\n`)
  await new Promise<void>((resolve) => {
    if (io.interrupt === undefined) return
    if (io.interrupt.aborted) resolve()
    io.interrupt.addEventListener('abort', () => resolve(), { once: true })
  })
  await preview.close()
  io.stderr.write('waymark serve: stopped\n')
  return EXIT.ok
}

function page(data: Parameters<typeof renderPage>[0], assets: PageAssets): Rendered {
  return { html: renderPage(data, assets), json: `${JSON.stringify(data, null, 2)}\n` }
}

/** The failure page's message: the user's error as it is, anything else said to be a bug. */
function failureMessage(error: unknown): { text: string; expected: boolean } {
  if (error instanceof InputError || error instanceof UsageError || error instanceof OutputError || error instanceof RoadmapError)
    return { text: error.message, expected: true }
  if (error instanceof Interrupted) return { text: error.message, expected: true }
  const message = error instanceof Error ? error.message : String(error)
  return {
    text: `internal error while reading or planning the notes (this is a bug in Waymark; please report it with the notes that caused it): ${message}`,
    expected: false,
  }
}

/** This machine only: 127.0.0.0/8 and ::1 (also written as IPv4-mapped IPv6). */
const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/**
 * The address to listen on, from `--host`: `localhost` (mapped here to 127.0.0.1) or an
 * IP address literal. Any other name is refused rather than resolved — what a name
 * resolves to is up to DNS, and the preview must not end up on another network by it.
 */
function listenAddress(host: string | undefined): { address: string; loopback: boolean } {
  if (host === undefined || host.toLowerCase() === 'localhost') return { address: '127.0.0.1', loopback: true }
  // `[::1]` is how IPv6 addresses are written in URLs; accept it as written there.
  const literal = /^\[(.*)\]$/.exec(host)?.[1] ?? host
  const family = isIP(literal)
  if (family === 0)
    throw new UsageError(
      `waymark serve: --host must be a loopback address or an IP address literal; got “${JSON.stringify(host).slice(1, -1)}”. Example: \`waymark serve notes.md --host 127.0.0.1\``,
    )
  return { address: literal, loopback: LOOPBACK.check(literal, family === 4 ? 'ipv4' : 'ipv6') }
}

/** Why the OS would not let the preview listen, in words. */
const LISTEN_WORDS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'the port is in use (EADDRINUSE); choose another with --port',
  EACCES: 'permission denied (EACCES); ports below 1024 need privileges, choose another with --port',
  EADDRNOTAVAIL: 'the address is not one of this machine’s (EADDRNOTAVAIL); choose another with --host',
  EAFNOSUPPORT: 'this machine has no such network (EAFNOSUPPORT); choose another address with --host',
}

/** A failed `listen` as a one-line error naming the address and port; anything else (a bug) as it is. */
function listenFailure(error: unknown, address: string, port: number): unknown {
  const code = systemErrorCode(error)
  if (code === null || (error as NodeJS.ErrnoException).syscall !== 'listen') return error
  const where = `${address.includes(':') ? `[${address}]` : address}:${port}`
  return new UsageError(`waymark serve: cannot listen on ${where}: ${LISTEN_WORDS[code] ?? describeSystemError(error)}`)
}
