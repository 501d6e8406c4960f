#!/usr/bin/env node
// Builds the roadmap page's script and style (`npm run build` runs it after tsc): the
// browser code in src/render/site/client/ bundled by esbuild into one script, which
// `waymark site` inlines in index.html, and the style sheet copied beside it.
import { copyFile, mkdir } from 'node:fs/promises'
import { build } from 'esbuild'

const out = new URL('../dist/render/site/', import.meta.url)
await mkdir(out, { recursive: true })
await build({
  entryPoints: [new URL('../src/render/site/client/main.ts', import.meta.url).pathname],
  outfile: new URL('client.js', out).pathname,
  bundle: true,
  format: 'iife',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
})
await copyFile(new URL('../src/render/site/client/styles.css', import.meta.url), new URL('styles.css', out))
