/**
 * Ctrl-C latency: `waymark plan` of a generated 1,000-topic roadmap with a budget of hours,
 * sent one SIGINT after `--after` ms; prints the time from the signal to the process's
 * end and its exit code, per run. Target: under 0.5 s, exit 130.
 *
 *   node --import tsx bench/interrupt.ts [--runs 5] [--after 3000]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, after: { type: 'string', default: '3000' } } })
const dir = mkdtempSync(join(tmpdir(), 'waymark-interrupt-'))
try {
  const note = join(dir, 'roadmap.md')
  writeFileSync(note, generateRoadmap({ topics: 1000, people: 60, prerequisites: 2, seed: 3 }).text)
  const latencies: number[] = []
  for (let r = 0; r < Number(values.runs); r++) {
    const { code, ms } = await new Promise<{ code: number | null; ms: number }>((resolve) => {
      const child = spawn(process.execPath, [
        join(import.meta.dirname, '../bin/waymark.js'),
        'plan',
        note,
        '--budget',
        '100000000',
      ])
      let sent = 0
      setTimeout(() => {
        sent = performance.now()
        child.kill('SIGINT')
      }, Number(values.after))
      child.on('close', (exit) => resolve({ code: exit, ms: performance.now() - sent }))
    })
    latencies.push(ms)
    console.log(`run ${r + 1}: exit ${code} ${ms.toFixed(0)} ms after SIGINT`)
  }
  latencies.sort((a, b) => a - b)
  console.log(
    `min ${latencies[0]?.toFixed(0)} ms, median ${latencies[Math.floor(latencies.length / 2)]?.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
