#!/usr/bin/env node
// Makes sure the programs the tests drive are installed: Debian's tj3 (TaskJuggler),
// which checks the TaskJuggler export; Chromium, in which the real Mermaid package renders
// every chart (driven by playwright-core, which never downloads a browser of its own);
// Graphviz's dot, which lays out the DOT graph. On a machine where we are root and apt-get
// exists (CI, a fresh machine of this project's kind) a missing one is installed;
// elsewhere the tests stop with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process'

const TOOLS = [
  { command: 'tj3', packages: ['tj3'] },
  { command: 'chromium', packages: ['chromium'] },
  { command: 'dot', packages: ['graphviz'] },
]

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
const missing = TOOLS.filter((t) => !has(t.command))
if (missing.length === 0) process.exit(0)

const packages = missing.flatMap((t) => t.packages)
const root = typeof process.getuid === 'function' && process.getuid() === 0
if (!root || !has('apt-get')) {
  console.error(
    `The tests need ${missing.map((t) => t.command).join(', ')}: install ${packages.join(' ')} (Debian: apt-get install ${packages.join(' ')}).`,
  )
  process.exit(1)
}
console.error(`Installing ${packages.join(', ')} for the tests (apt-get)…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env })
