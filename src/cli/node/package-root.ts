/**
 * Where Waymark is installed: the folder of its `package.json`, found from a module's URL
 * by walking up. The same code runs from `src/cli/node/` (the tests), from `dist/cli/node/`
 * (the library's build) and from `dist/bin/` (the bundled executable), so no path to the
 * package's own files is written relative to one of them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package's folder and version, from the module at `moduleUrl`. */
export function installedPackage(moduleUrl: string): { readonly root: string; readonly version: string } {
  for (let dir = dirname(fileURLToPath(moduleUrl)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (json.name === 'waymark') return { root: dir, version: json.version ?? '0.0.0' }
    }
    if (dirname(dir) === dir)
      throw new Error(`Waymark's package.json is not above ${fileURLToPath(moduleUrl)}: a broken installation`)
  }
}
