/**
 * The roadmap page's script and style, built by `npm run build` into `dist/render/site/`.
 * They are part of Waymark, not the user's files, so they are read from where Waymark
 * is installed (the same path from `src/cli/node/` under the tests and from `dist/cli/node/`).
 */
import { readFile } from 'node:fs/promises'
import type { PageAssets } from '../../render/site/html-page.js'

const ASSETS = new URL('../../../dist/render/site/', import.meta.url)

/** Reads the page's script and style; a missing one is a broken installation, reported as a bug. */
export async function siteAssets(): Promise<PageAssets> {
  try {
    const [script, style] = await Promise.all([
      readFile(new URL('client.js', ASSETS), 'utf8'),
      readFile(new URL('styles.css', ASSETS), 'utf8'),
    ])
    return { script, style }
  } catch (error) {
    throw new Error(
      `the roadmap page's script or style is missing from ${ASSETS.pathname} (${(error as Error).message}); run \`npm run build\``,
    )
  }
}
