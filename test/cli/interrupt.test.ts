/**
 * Ctrl-C: the first SIGINT stops a long plan (the optimiser pauses between batches so the
 * handler can run), exits 130 and says nothing was written — and nothing is.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { ROOT } from '../helpers.js'

let dir = ''
let note = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-interrupt-'))
  note = join(dir, 'roadmap.md')
  await writeFile(note, generateRoadmap({ topics: 1000, people: 60, prerequisites: 2, seed: 3 }).text)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Starts the executable, sends one SIGINT once it has printed nothing for `afterMs`, and waits for its end. */
function interrupted(
  args: string[],
  afterMs: number,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/waymark.js'), ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
    const timer = setTimeout(() => child.kill('SIGINT'), afterMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

describe('Ctrl-C', () => {
  it('stops a plan with a budget of hours at the first SIGINT: exit 130, nothing printed', async () => {
    const run = await interrupted(['plan', note, '--budget', '100000000'], 2500)
    expect(run.signal).toBeNull()
    expect(run.code).toBe(130)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/waymark plan: interrupted while planning; nothing was written\n$/)
  }, 30_000)

  it('stops a chart being planned for -o, and the file is not written', async () => {
    const run = await interrupted(['gantt', note, '--budget', '100000000', '-o', 'chart.md'], 2500)
    expect(run.code).toBe(130)
    expect(run.stderr).toContain('interrupted while planning; nothing was written')
    expect((await readdir(dir)).filter((name) => name !== 'roadmap.md')).toEqual([])
  }, 30_000)
})
