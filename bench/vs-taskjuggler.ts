/**
 * Waymark against TaskJuggler (Debian's `tj3`) on generated, owner-constrained roadmaps:
 * the same note planned by `waymark plan` and, exported with `waymark export --format
 * tjp`, scheduled by `tj3`. Reports both makespans (working days), the simple lower bound
 * (the larger of the critical path and the busiest person's work) and both wall times,
 * end to end (process start to exit).
 *
 *   node --import tsx bench/vs-taskjuggler.ts [--sizes 100,1000,5000] [--runs 1]
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '1' } },
})
const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'bin/waymark.js')
try {
  execFileSync('tj3', ['--version'], { stdio: 'ignore' })
} catch {
  console.error('tj3 is not installed (Debian: apt-get install tj3)')
  process.exit(2)
}

/** Runs a command and returns its wall time in seconds; throws with its stderr on failure. */
function timed(command: string, args: readonly string[], cwd: string): { seconds: number; stdout: string } {
  const t0 = performance.now()
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = (performance.now() - t0) / 1000
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.slice(0, 2000)}`)
  return { seconds, stdout: r.stdout }
}

/** Working days (Mon–Fri) from `start` to `end`, both included. */
function workingDays(start: string, end: string): number {
  let n = 0
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const w = d.getUTCDay()
    if (w !== 0 && w !== 6) n++
  }
  return n
}

console.log(
  '| topics | people | prerequisites | lower bound (days) | waymark makespan | tj3 makespan | waymark s | tj3 s | speed-up |',
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const topics of (values.sizes as string).split(',').map(Number)) {
  const people = Math.min(300, Math.max(20, Math.round(topics / 4)))
  const dir = mkdtempSync(join(tmpdir(), 'waymark-vs-tj-'))
  try {
    const { text, dependencies } = generateRoadmap({ topics, people, prerequisites: 1.5, seed: 1 })
    writeFileSync(join(dir, 'roadmap.md'), text)
    const runs = Number(values.runs)
    let waymarkSeconds = Infinity
    let tjSeconds = Infinity
    let plan: { start: string; makespanDays: number; lowerBoundDays: number } | null = null
    for (let r = 0; r < runs; r++) {
      const w = timed(process.execPath, [BIN, 'plan', 'roadmap.md', '--json'], dir)
      waymarkSeconds = Math.min(waymarkSeconds, w.seconds)
      plan = JSON.parse(w.stdout) as { start: string; makespanDays: number; lowerBoundDays: number }
    }
    timed(process.execPath, [BIN, 'export', '--format', 'tjp', 'roadmap.md', '-o', 'roadmap.tjp'], dir)
    for (let r = 0; r < runs; r++)
      tjSeconds = Math.min(tjSeconds, timed('tj3', ['--no-color', '--silent', 'roadmap.tjp'], dir).seconds)
    const rows = readFileSync(join(dir, 'waymark-plan.csv'), 'utf8').trim().split('\n').slice(1)
    const tjEnd = rows
      .map((row) => (row.split(';')[2] ?? '').replaceAll('"', ''))
      .sort()
      .at(-1) as string
    const p = plan as { start: string; makespanDays: number; lowerBoundDays: number }
    const tjMakespan = workingDays(p.start, tjEnd)
    console.log(
      `| ${topics} | ${people} | ${dependencies} | ${p.lowerBoundDays} | ${p.makespanDays} | ${tjMakespan} | ${waymarkSeconds.toFixed(2)} | ${tjSeconds.toFixed(2)} | ${(tjSeconds / waymarkSeconds).toFixed(1)}× |`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
