/**
 * Staffing at scale: writes a generated roadmap of `--topics` topics with a share of them
 * unowned (`TODO`) and a deadline, for `waymark staff` to be timed from outside:
 *
 *   node --import tsx bench/staffing.ts --write /tmp/staffing [--topics 1000] [--unowned 0.2]
 *   farm-bench -n 3 --timeout 600 -- node bin/waymark.js staff /tmp/staffing/roadmap.md
 *
 * and prints the plans it tries and how long each option took in this process.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Random } from '../src/algorithms/seeded-random.js'
import { check } from '../src/pipeline/check.js'
import { plan } from '../src/pipeline/plan.js'
import { staffing } from '../src/pipeline/staffing.js'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: {
    write: { type: 'string' },
    topics: { type: 'string', default: '1000' },
    unowned: { type: 'string', default: '0.2' },
  },
})
const topics = Number(values.topics)
const random = new Random(3)
const { text: generated } = generateRoadmap({ topics, people: Math.round(topics / 5), prerequisites: 1.5, seed: 3 })
// A share of the owners not yet found, and a deadline a year and a half out.
const text = generated
  .replace('date: 2024-01-05', 'date: 2024-01-05\nwaymark:\n  deadline: 2025-06-30')
  .replace(/\*\*Owner\*\*: .+/g, (line) => (random.next() < Number(values.unowned) ? '**Owner**: TODO' : line))
if (values.write !== undefined) {
  mkdirSync(values.write, { recursive: true })
  writeFileSync(join(values.write, 'roadmap.md'), text)
  console.log(`wrote ${join(values.write, 'roadmap.md')}`)
}
const t0 = performance.now()
const planned = plan(check([{ file: 'roadmap.md', text }]), { today: '2026-12-04' })
const t1 = performance.now()
const s = await staffing(planned, { today: '2026-12-04' })
const t2 = performance.now()
console.log(
  `${topics} topics, ${s.unowned.length} unowned: plan ${Math.round(t1 - t0)} ms; staffing ${Math.round(t2 - t1)} ms for ${s.options.length} options (${s.options.map((o) => o.extra).join(', ')}); fewest for the deadline: ${s.smallestForDeadline ?? 'none'}`,
)
