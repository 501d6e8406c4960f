/**
 * Headless Chromium for the consumer tests: Debian's `/usr/bin/chromium` (or
 * `CHROMIUM_PATH`) driven by playwright-core, which never downloads a browser. The flags
 * keep it off the network this machine does not have.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Where Chromium is. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Starts headless Chromium; throws one clear line when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    )
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** The little of a page's globals the tests read inside `page.evaluate` (the project's types have no DOM). */
export interface PageGlobals {
  readonly document: {
    readonly documentElement: { readonly dataset: Record<string, string | undefined>; readonly scrollWidth: number }
  }
  readonly innerWidth: number
  readonly pwned?: unknown
}
