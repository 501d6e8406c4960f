/**
 * The bundled executable (dist/bin/, built by `npm run build`): one entry and chunks
 * loaded on demand, with the reader's micromark fixes patched into its own copy of
 * micromark, and no file of the package's source or node_modules read at run time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

const BIN = join(ROOT, 'dist/bin')

describe('the bundled executable', () => {
  it('patches the micromark it parses with', async () => {
    const bundle = (await import(join(BIN, 'main.js'))) as { readingFixesInUse: () => Promise<boolean> }
    expect(await bundle.readingFixesInUse()).toBe(true)
  })

  it('imports nothing from node_modules or src at run time: only Node and its own chunks', () => {
    const files = [
      'main.js',
      'markdown-worker.js',
      'forecast-worker.js',
      ...readdirSync(join(BIN, 'chunks')).map((f) => `chunks/${f}`),
    ]
    for (const file of files) {
      const text = readFileSync(join(BIN, file), 'utf8')
      const statics = [...text.matchAll(/^import\s[^;\n]*?\bfrom\s*["']([^"']+)["']/gm)]
      const dynamics = [...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)]
      const specifiers = [...statics, ...dynamics].map((m) => m[1] as string)
      expect(specifiers.length).toBeGreaterThan(0)
      for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(/^(?:node:|\.\.?\/)/)
    }
  })
})
