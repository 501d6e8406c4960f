#!/usr/bin/env node
// Bundles the executable (`npm run build` runs it after tsc): src/cli/node/main.ts and the
// two worker threads' entries into dist/bin/, ES modules split so that each command loads
// only the code it needs (the page, the forecast workers, the language server and the like
// are chunks imported on demand). Dependencies are bundled too: an installed package runs
// without resolving hundreds of files. micromark's text module, which src/read/
// text-resolver-fix.ts patches by its path in node_modules, is imported statically here,
// so the fix patches the very copy the bundle parses with.
import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const micromarkText = join(
  dirname(createRequire(require.resolve('mdast-util-from-markdown')).resolve('micromark')),
  'lib/initialize/text.js',
)
const INSTALL = 'const required: Record<string, ResolverHolder> | null = installFromNodeModules()'

/**
 * The source as the bundle needs it: the text-resolver fix patches the bundled micromark's
 * module; a dependency loaded on first use (`createRequire(import.meta.url)('zod')`, kept
 * out of start-up) becomes a plain `require('zod')`, which esbuild bundles and runs lazily.
 */
const bundledSource = {
  name: 'bundled-source',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8')
      if (/[\\/]read[\\/]text-resolver-fix\.ts$/.test(args.path)) {
        if (!source.includes(INSTALL)) throw new Error(`${args.path}: the install line the bundle replaces is gone`)
        source = source.replace(
          INSTALL,
          `import * as bundledText from ${JSON.stringify(micromarkText)}\nconst required: Record<string, ResolverHolder> | null = bundledText as unknown as Record<string, ResolverHolder>\npatch(required)`,
        )
      }
      source = source.replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)')
      return { contents: source, loader: 'ts' }
    })
  },
}

const out = join(root, 'dist/bin')
await rm(out, { recursive: true, force: true })
await build({
  entryPoints: {
    main: join(root, 'src/cli/node/main.ts'),
    'markdown-worker': join(root, 'src/cli/node/markdown-worker.ts'),
    'forecast-worker': join(root, 'src/cli/node/forecast-worker.ts'),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: ['node20'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies call `require`: an ES module has none, so one is made.
  banner: {
    js: "import { createRequire as waymarkRequire } from 'node:module'; const require = waymarkRequire(import.meta.url);",
  },
  plugins: [bundledSource],
  legalComments: 'none',
  logLevel: 'warning',
})
