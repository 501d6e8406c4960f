// Quick experiment: average deviation on a subset (instances i % step == offset % step, split by --part).
import { readFileSync, readdirSync } from 'node:fs'
import { readPsplib } from '../src/plan/psplib/read-sm.js'
import { optimise } from '../src/plan/rcpsp/optimise.js'
const [set = 'j30', b = '5000', s = '1', part = '0', parts = '1'] = process.argv.slice(2)
const budget = Number(b), step = Number(s)
const dir = `/work/shared/data/psplib/${set}`
const ref = new Map(readFileSync(`/work/shared/data/psplib/solutions/${set}_reference.csv`, 'utf8').trim().split('\n').slice(1).map((l) => { const c = l.split(','); return [c[0], { cpm: Number(c[3]), lb: Number(c[4]), ub: Number(c[5]) }] }))
const files = readdirSync(dir).filter((f) => f.endsWith('.sm')).sort().filter((_, i) => i % step === 0).filter((_, i) => i % Number(parts) === Number(part))
const out: number[][] = []
for (const f of files) {
  const inst = readPsplib(readFileSync(`${dir}/${f}`, 'utf8'))
  const r = optimise(inst.problem, { budget, seed: Number(process.env['WM_SEED'] ?? 1) })
  const x = ref.get(f.replace('.sm', ''))!
  out.push([r.schedule.makespan, x.cpm, x.ub, r.schedules])
}
console.log(JSON.stringify(out))
