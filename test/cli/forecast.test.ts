/** `waymark forecast` in memory and as the executable (worker threads): output, options, errors, Ctrl-C. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { CliIO } from '../../src/cli/io.js'
import { runSamplesHere } from '../../src/forecast/sample-runner.js'
import { runCli } from '../../src/cli/main.js'
import { cli, MemoryFileSystem, ROOT, SEED_FILE, SEED_TEXT } from '../helpers.js'

const seedFs = (): MemoryFileSystem => new MemoryFileSystem({ [SEED_FILE]: SEED_TEXT })

describe('waymark forecast', () => {
  it('prints P50 and P85 for all 24 topics and the chance of finishing in 2022-2023', async () => {
    const { code, stdout } = await cli(['forecast', SEED_FILE], seedFs())
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Finish: P50 \d{4}-\d\d-\d\d, P85 \d{4}-\d\d-\d\d, P95 \d{4}-\d\d-\d\d/m)
    expect(stdout).toMatch(/^Deadline: 2023-12-31 \(the end of “OSS Roadmap \(2022-2023\)”\): met in \d+% of samples$/m)
    const rows = stdout.split('\n').filter((l) => /\d{4}-\d\d-\d\d {2}\d{4}-\d\d-\d\d {2}\d{4}-\d\d-\d\d {2}/.test(l))
    expect(rows.length).toBe(24)
    expect(stdout).toContain('Finish dates, by month:')
  })

  it('prints the JSON contract', async () => {
    const { stdout } = await cli(['forecast', SEED_FILE, '--json', '--samples', '300', '--seed', '5'], seedFs())
    const json = JSON.parse(stdout)
    expect(json).toMatchObject({ samples: 300, seed: 5, deadline: { date: '2023-12-31' } })
    expect(Object.keys(json.finish)).toEqual(expect.arrayContaining(['p50', 'p85', 'p95']))
    expect(json.deadline.probability).toBeGreaterThan(0)
    expect(json.topics.length).toBe(24)
    for (const t of json.topics) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'p50', 'p85', 'criticality']))
      expect(t.p85 >= t.p50).toBe(true)
    }
  })

  it('rejects bad sample counts in one line', async () => {
    for (const samples of ['0', '-3', 'many']) {
      const { code, stderr } = await cli(['forecast', SEED_FILE, '--samples', samples], seedFs())
      expect(code).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      // `-3` reads as an option to the argument parser, which says so.
      expect(stderr).toMatch(samples === '-3' ? /--samples/ : /--samples: expected a whole number from 1/)
    }
    const big = await cli(['forecast', SEED_FILE, '--samples', '1000000'], seedFs())
    expect(big.code).toBe(2)
    expect(big.stderr).toMatch(/too many to keep; use at most 416,666/)
  })

  it('stops on Ctrl-C, says where and writes nothing: while planning, or while forecasting', async () => {
    const interruptedRun = async (
      abortWhen: 'at once' | 'forecasting',
    ): Promise<{ code: number; stderr: string; writes: string[] }> => {
      const fs = seedFs()
      let stderr = ''
      const interrupt = new AbortController()
      if (abortWhen === 'at once') interrupt.abort()
      const io: CliIO = {
        fs,
        stdout: { write: () => undefined, isTTY: false },
        stderr: { write: (t) => void (stderr += t), isTTY: false },
        env: {},
        version: '0.0.0-test',
        today: () => '2026-11-26',
        interrupt: interrupt.signal,
        // Ctrl-C pressed as the samples start.
        sampleRunner: (model, seed, samples, options) => {
          interrupt.abort()
          return runSamplesHere(model, seed, samples, options)
        },
      }
      const code = await runCli(['report', SEED_FILE, '-o', 'ROADMAP.md'], io)
      return { code, stderr, writes: fs.writes }
    }
    const planning = await interruptedRun('at once')
    expect(planning).toMatchObject({ code: 130, writes: [] })
    expect(planning.stderr).toMatch(/waymark report: interrupted while planning; nothing was written/)
    const forecasting = await interruptedRun('forecasting')
    expect(forecasting).toMatchObject({ code: 130, writes: [] })
    expect(forecasting.stderr).toMatch(/waymark report: interrupted after 0 of 1,000 samples; nothing was written/)
  })

  it('gives the executable’s numbers (worker threads) on this thread too', async () => {
    // The same day on both sides: the executable's clock is real.
    const args = ['forecast', SEED_FILE, '--json', '--samples', '6000', '--seed', '3', '--as-of', '2026-11-26']
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin/waymark.js'), ...args], { cwd: ROOT })
    const here = await cli(args, seedFs())
    expect(JSON.parse(stdout)).toEqual(JSON.parse(here.stdout))
  })
})
