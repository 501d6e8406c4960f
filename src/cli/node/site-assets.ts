/**
 * The roadmap page's script and style, built by `npm run build` into `dist/render/site/`.
 * They are part of Waymark, not the user's files, so they are read from where Waymark
 * is installed (see package-root.ts).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PageAssets } from '../../render/site/html-page.js'
import { installedPackage } from './package-root.js'

const ASSETS = pathToFileURL(join(installedPackage(import.meta.url).root, 'dist/render/site/'))

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
