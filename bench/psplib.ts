/**
 * PSPLIB benchmark: solves J30 or J120 at schedule budgets, on every core, and reports the
 * literature's figures — average % deviation from the optimum (J30) or from the
 * critical-path lower bound (J120), the deviation from and the count of instances
 * reaching the best known solution, and the time per instance.
 *
 *   node --import tsx bench/psplib.ts [--set j30|j120] [--budgets 1000,5000] [--seeds 1] [--data DIR] [--step N]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runPool } from './support/pool.js'
import type { PsplibAnswer, PsplibTask } from './psplib-worker.js'

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'j30' },
    budgets: { type: 'string', default: '1000,5000' },
    seeds: { type: 'string', default: '1' },
    data: { type: 'string', default: join(import.meta.dirname, '../../shared/data/psplib') },
    step: { type: 'string', default: '1' },
    workers: { type: 'string' },
  },
})
const set = values.set as string
const data = values.data as string
const step = Number(values.step)
const reference = new Map(
  readFileSync(join(data, 'solutions', `${set}_reference.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const c = line.split(',')
      return [c[0] as string, { cpm: Number(c[3]), ub: Number(c[5]) }] as const
    }),
)
const files = readdirSync(join(data, set))
  .filter((f) => f.endsWith('.sm'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .filter((_, i) => i % step === 0)

console.log(
  `| set | instances | schedules | seed | avg % over ${set === 'j30' ? 'optimum' : 'CPM bound'} | avg % over best known | = best known | ms per instance | wall s |`,
)
console.log('|---|---|---|---|---|---|---|---|---|')
const seeds = (values.seeds as string).split(',').map(Number)
for (const budget of (values.budgets as string).split(',').map(Number)) {
  const rows: { overBase: number; overBest: number; best: number; ms: number }[] = []
  for (const seed of seeds) {
    const tasks: PsplibTask[] = files.map((f) => ({ file: join(data, set, f), budget, seed }))
    const t0 = performance.now()
    const answers = await runPool<PsplibTask, PsplibAnswer>(new URL('./psplib-worker.ts', import.meta.url), tasks, {
      ...(values.workers ? { workers: Number(values.workers) } : {}),
      onProgress: (done) =>
        process.stderr.isTTY && process.stderr.write(`\r  ${set} ${budget} seed ${seed}: ${done}/${tasks.length}`),
    })
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
    const wall = (performance.now() - t0) / 1000
    let overBase = 0
    let overBest = 0
    let best = 0
    let ms = 0
    answers.forEach((a, i) => {
      const ref = reference.get((files[i] as string).replace(/\.sm$/, '')) as { cpm: number; ub: number }
      const base = set === 'j30' ? ref.ub : ref.cpm
      overBase += (a.makespan - base) / base
      overBest += (a.makespan - ref.ub) / ref.ub
      if (a.makespan <= ref.ub) best++
      ms += a.ms
      if (a.schedules > budget) throw new Error(`instance ${files[i]}: ${a.schedules} schedules over the budget ${budget}`)
    })
    const n = answers.length
    rows.push({ overBase: (100 * overBase) / n, overBest: (100 * overBest) / n, best, ms: ms / n })
    console.log(
      `| ${set.toUpperCase()} | ${n} | ${budget} | ${seed} | ${percent((100 * overBase) / n)} | ${percent((100 * overBest) / n)} | ${best} | ${(ms / n).toFixed(1)} | ${wall.toFixed(1)} |`,
    )
  }
  if (rows.length > 1) {
    const mean = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((sum, r) => sum + f(r), 0) / rows.length
    console.log(
      `| ${set.toUpperCase()} | ${files.length} | ${budget} | mean of ${rows.length} | ${percent(mean((r) => r.overBase))} | ${percent(mean((r) => r.overBest))} | ${mean((r) => r.best).toFixed(1)} | ${mean((r) => r.ms).toFixed(1)} | |`,
    )
  }
}

/** Deviations near zero (J30) need three decimals to tell 0.04 from 0.05. */
function percent(value: number): string {
  return value.toFixed(value < 1 ? 3 : 2)
}
