/** `waymark serve FILE… [--port N] [--host ADDRESS] [--samples N] [--start DATE] [--budget N] [--seed N]` */
import { renderPage, type PageAssets } from '../../render/site/html-page.js'
import { failureData, siteData } from '../../render/site/site-model.js'
import { EXIT, InputError, UsageError } from '../errors.js'
import type { CliIO } from '../io.js'
import {
  COMMON_OPTIONS,
  FORECAST_OPTIONS,
  forecastChoices,
  integerOption,
  maxSizeOf,
  parseOptions,
  PLAN_OPTIONS,
} from '../options.js'
import { startPreview, type Rendered } from '../preview-server.js'
import { forecastInputs, planInputs, readInputs } from '../session.js'
import { siteAssets } from '../site-assets.js'

/** The preview's port when none is given. */
const DEFAULT_PORT = 4173

/** Runs `serve` until interrupted (Ctrl-C). */
export async function serveCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('serve', args, {
    ...COMMON_OPTIONS,
    ...PLAN_OPTIONS,
    ...FORECAST_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
  })
  if (positionals.length === 0) throw new UsageError('waymark serve: no file given. Example: `waymark serve notes.md`.')
  const choices = forecastChoices(values)
  const port = values.port === undefined ? DEFAULT_PORT : integerOption('--port', values.port, 0, 65_535)
  const host = values.host ?? '127.0.0.1'
  if (!isLoopback(host))
    io.stderr.write(`waymark serve: warning: --host ${host} makes the preview reachable from other machines.\n`)
  const maxBytes = maxSizeOf(values['max-size'])
  const assets = await siteAssets()
  const generator = `Waymark ${io.version}`

  const render = async (): Promise<Rendered> => {
    try {
      const planned = await planInputs('serve', positionals, choices, io, maxBytes)
      const forecast = await forecastInputs(planned, choices, io)
      const data = siteData(planned.checked, planned.plan, forecast, planned.diagnostics, { live: true, generator })
      return page(data, assets)
    } catch (error) {
      // A document with errors shows them in the page; the preview keeps running.
      if (!(error instanceof InputError || error instanceof UsageError)) throw error
      const checked = await readInputs('serve', positionals, io, maxBytes).catch(() => null)
      const data = failureData(error.message, checked?.roadmap.files ?? positionals, checked?.lint.diagnostics ?? [], {
        live: true,
        generator,
      })
      return page(data, assets)
    }
  }

  const watched = [
    ...positionals,
    ...positionals.map((p) => `${directoryOf(p)}/waymark.yaml`),
    ...positionals.map((p) => `${directoryOf(p)}/waymark.yml`),
  ]
  const preview = await startPreview({
    host,
    port,
    watch: [...new Set(watched)],
    render,
    log: (line) => io.stderr.write(`waymark serve: ${line}\n`),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`waymark serve: port ${port} is in use; choose another with --port`)
    if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL')
      throw new UsageError(`waymark serve: cannot listen on ${host}:${port} (${error.code})`)
    throw error
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

function directoryOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '')
  return trimmed.includes('/') ? trimmed.slice(0, trimmed.lastIndexOf('/')) : '.'
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\./.test(host)
}
