/**
 * Scale targets, whole commands from process start to exit, with their peak memory:
 *
 * - the series: `waymark plan FILE --json` on generated roadmaps of 1,000, 10,000 and
 *   100,000 topics (a twentieth as many people, about 3 prerequisites a topic), to show
 *   that time and memory grow linearly;
 * - `waymark forecast FILE` on 10,000 topics (2,500 people, 1.5 prerequisites a topic,
 *   the forecast benchmark's roadmap scaled up) with its default 1,000 samples;
 * - `waymark lint FILE --max-size 100MB` on a 50 MB note: the generated roadmap with a
 *   written rationale (8 sentences) and three objectives per topic, 51,500 topics.
 *
 * Peak memory is the process's own `maxRSS` (worker threads included), read at exit by
 * a preloaded hook, so the command runs exactly as the executable runs it. Each command
 * runs `--runs` times; the table gives the median and the range. Needs the build.
 *
 *   node --import tsx bench/scale-series.ts [--sizes 1000,10000,100000] [--runs 3] [--only series,forecast,lint]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'series,forecast,lint' },
  },
})
const runs = Number(values.runs)
const only = new Set(values.only.split(','))
const bin = join(import.meta.dirname, '../bin/waymark.js')
const dir = mkdtempSync(join(tmpdir(), 'waymark-scale-series-'))

/** Writes the process's peak resident memory (kB) to the file named by the environment, at exit. */
const hook = join(dir, 'max-rss.mjs')
writeFileSync(
  hook,
  `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.WAYMARK_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)))\n`,
)

interface Figures {
  readonly seconds: readonly number[]
  readonly megabytes: readonly number[]
}

/** Runs `waymark ARGS…` `runs` times: wall seconds and peak MB of each run. */
function measure(args: readonly string[]): Figures {
  const seconds: number[] = []
  const megabytes: number[] = []
  const rssFile = join(dir, 'max-rss.txt')
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, bin, ...args], {
      env: { ...process.env, WAYMARK_MAX_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    })
    seconds.push((performance.now() - t0) / 1000)
    if (result.status !== 0) throw new Error(`waymark ${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
    megabytes.push(Number(readFileSync(rssFile, 'utf8')) / 1024)
  }
  return { seconds, megabytes }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const range = (xs: readonly number[], digits: number): string =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`
const fmt = (n: number): string => n.toLocaleString('en')

/** Writes a generated note and says how large it is. */
function note(name: string, shape: Parameters<typeof generateRoadmap>[0]): { file: string; mb: number } {
  const file = join(dir, name)
  const { text } = generateRoadmap(shape)
  writeFileSync(file, text)
  return { file, mb: Buffer.byteLength(text) / 1e6 }
}

try {
  console.log(`${runs} runs each; median wall time (range), median peak memory (range)\n`)
  if (only.has('series')) {
    console.log(row(['topics', 'people', 'note MB', 'command', 'wall s', 'peak MB', 'MB per 1,000 more topics']))
    console.log(row(['---', '---', '---', '---', '---', '---', '---']))
    let previous: { topics: number; peak: number } | null = null
    for (const topics of values.sizes.split(',').map(Number)) {
      const people = Math.max(1, Math.round(topics / 20))
      const { file, mb } = note(`roadmap-${topics}.md`, { topics, people, prerequisites: 3.1, seed: 1 })
      const args = ['plan', file, '--json', ...(mb > 10 ? ['--max-size', '100MB'] : [])]
      const f = measure(args)
      const peak = median(f.megabytes)
      console.log(
        row([
          fmt(topics),
          fmt(people),
          mb.toFixed(1),
          `plan --json${mb > 10 ? ' --max-size 100MB' : ''}`,
          `**${median(f.seconds).toFixed(2)}** (${range(f.seconds, 2)})`,
          `${peak.toFixed(0)} (${range(f.megabytes, 0)})`,
          // Growth from the row before: linear growth keeps this flat, whatever the fixed part.
          previous === null ? '' : (((peak - previous.peak) / (topics - previous.topics)) * 1000).toFixed(1),
        ]),
      )
      previous = { topics, peak }
    }
    console.log()
  }
  if (only.has('forecast')) {
    const { file, mb } = note('forecast-10000.md', { topics: 10_000, people: 2500, prerequisites: 1.5, seed: 1 })
    const f = measure(['forecast', file])
    console.log(
      `forecast, 10,000 topics (${mb.toFixed(1)} MB), 1,000 samples: **${median(f.seconds).toFixed(2)} s** (${range(f.seconds, 2)}), peak ${median(f.megabytes).toFixed(0)} MB`,
    )
  }
  if (only.has('lint')) {
    const { file, mb } = note('lint-50mb.md', { topics: 51_500, people: 2575, prerequisites: 3.1, seed: 1, prose: 8 })
    const f = measure(['lint', file, '--max-size', '100MB'])
    console.log(
      `lint, ${mb.toFixed(1)} MB note (51,500 topics with rationale and objectives): **${median(f.seconds).toFixed(2)} s** (${range(f.seconds, 2)}), peak ${median(f.megabytes).toFixed(0)} MB`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
