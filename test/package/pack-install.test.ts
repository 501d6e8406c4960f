/**
 * The package as a user gets it: `npm pack` (of the build `npm test` just made), installed
 * globally into a temporary prefix — dependencies only, no dev dependency, no build step —
 * and run: `--version`, `lint`, `plan` and `site` on the seed; and `npx --package` of the
 * tarball from an empty folder. npm uses its cache first (`--prefer-offline`), so this
 * needs the registry only for what the cache lacks.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SEED_FILE } from '../helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'waymark-pack-'))
const prefix = join(dir, 'prefix')
const npm = (args: string[], cwd = dir): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  })
let tarball = ''

beforeAll(() => {
  // The build is `npm test`'s own: packing without scripts does not build again.
  npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT)
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')) as string)
  npm(['install', '--global', '--prefix', prefix, tarball])
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const waymark = (args: string[], cwd = dir): string =>
  execFileSync(join(prefix, 'bin', 'waymark'), args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the packed package', () => {
  it('holds the bundle, the page assets, the docs and the examples, and no source or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n')
    expect(listing).toContain('package/dist/bin/main.js')
    expect(listing).toContain('package/dist/render/site/client.js')
    expect(listing).toContain(`package/${SEED_FILE}`)
    expect(listing.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false)
  })

  it('installs without dev dependencies and runs --version, lint, plan and site on the seed', () => {
    const installed = join(prefix, 'lib', 'node_modules', 'waymark')
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    expect(waymark(['--version']).trim()).toBe(version)
    expect(existsSync(join(installed, 'node_modules', 'vitest'))).toBe(false)
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false)
    const seed = join(installed, SEED_FILE)
    expect(waymark(['lint', seed])).toContain('problems')
    expect(waymark(['plan', seed])).toContain('Finish: 2023-06-15')
    const site = join(dir, 'site')
    waymark(['site', seed, '-o', site, '--samples', '100'])
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<section id="staffing-section"')
  })

  it('says the truth in `engines`: no installed dependency needs a newer Node', () => {
    const modules = join(prefix, 'lib', 'node_modules', 'waymark', 'node_modules')
    const ours = minimum((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest).engines?.node ?? '')
    const packages = readdirSync(modules).flatMap((n) =>
      n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n],
    )
    for (const name of packages) {
      const file = join(modules, name, 'package.json')
      if (!existsSync(file)) continue
      const needed = minimum((JSON.parse(readFileSync(file, 'utf8')) as Manifest).engines?.node ?? '')
      expect(compare(needed, ours), `${name} needs Node ${needed.join('.')}`).toBeLessThanOrEqual(0)
    }
  })

  it('runs with npx --package from an empty folder', () => {
    const empty = join(dir, 'empty')
    mkdirSync(empty)
    const out = execFileSync('npx', ['--yes', '--prefer-offline', '--package', tarball, 'waymark', '--version'], {
      cwd: empty,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_cache: join(dir, 'npx-cache') },
    })
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/)
  }, 120_000)
})

interface Manifest {
  readonly engines?: { readonly node?: string }
}

/** The lowest version a `>=` range allows (`>= 20.19.0`, `>=14.6`, `>=0.4.x`); 0.0.0 for anything else. */
function minimum(range: string): number[] {
  const m = /^\s*>=?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range)
  return m === null ? [0, 0, 0] : [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < 3; k++) if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) - (b[k] ?? 0)
  return 0
}
