import { readFileSync } from 'node:fs'
import { checkRoadmap } from '../src/pipeline.js'
import { planRoadmap } from '../src/plan/plan-roadmap.js'
import { parsePlanSettings } from '../src/plan/config/plan-settings.js'
const f = process.argv[2]!
const { roadmap } = checkRoadmap([{ file: f, text: readFileSync(f, 'utf8') }])
const { settings } = parsePlanSettings(roadmap.meta.settings, 'waymark')
const t0 = performance.now()
const plan = planRoadmap(roadmap, { settings, today: '2026-11-26' })
console.log('ms', (performance.now() - t0).toFixed(0))
console.log(plan.start, plan.finish, plan.makespanDays, 'lb', plan.lowerBoundDays, plan.optimiser)
for (const t of plan.topics) console.log(t.title.padEnd(45).slice(0,45), t.owners.join(',').padEnd(18).slice(0,18), t.start, t.finish, String(t.days).padStart(4), 'slack', String(t.slack).padStart(3), t.critical ? 'C' : ' ', t.assumed ? 'A' : ' ', t.because)
console.log('critical', plan.criticalPath, JSON.stringify(plan.criticalLinks))
console.log('people', JSON.stringify(plan.people), 'bottlenecks', plan.bottlenecks)
for (const d of plan.diagnostics) console.log(d.ruleId, d.message)
