/**
 * Stability of re-plans: generated roadmaps, one random small edit each (an estimate, an
 * owner, a person's capacity), re-planned against the first plan (`--baseline`, as
 * `diff` and `history` do) and without it. Reports, over the trials:
 *
 * - kept: of the topics that neither depend on the edited topic (transitively) nor share
 *   a person with another topic that moved, the share whose start and finish are the
 *   same as before (the issue's measure);
 * - kept, strict: of the topics that neither depend on the edited topic nor share a
 *   person with it, the share that keep their dates (moves passed on through queues count
 *   against it);
 * - makespan cost: the re-plan's length against the unconstrained re-plan's.
 *
 *   node --import tsx bench/stability.ts [--topics 100,1000] [--trials 20,5]
 */
import { parseArgs } from 'node:util'
import { Random } from '../src/algorithms/seeded-random.js'
import { check } from '../src/pipeline/check.js'
import { plan, type PlannedRoadmap } from '../src/pipeline/plan.js'
import { generateRoadmap, personName } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: { topics: { type: 'string', default: '100,1000' }, trials: { type: 'string', default: '20,5' } },
})
const sizes = (values.topics ?? '').split(',').map(Number)
const trialCounts = (values.trials ?? '').split(',').map(Number)
const TODAY = '2026-12-04'

type Edit = 'estimate' | 'owner' | 'capacity'

interface Trial {
  readonly edit: Edit
  readonly kept: number
  readonly keptOf: number
  readonly strict: number
  readonly strictOf: number
  readonly unconstrainedKept: number
  readonly cost: number
  readonly ms: number
}

/** One edited copy of the notes and settings, and the topic it is about. */
function edited(text: string, people: number, random: Random): { text: string; yaml: string; edit: Edit; topic: number } {
  const blocks = text.split('### Topic: ')
  const topic = 1 + random.below(blocks.length - 1)
  const edit = (['estimate', 'owner', 'capacity'] as const)[random.below(3)] as Edit
  const block = blocks[topic] as string
  if (edit === 'estimate') {
    blocks[topic] = block.replace(
      /\*\*Estimated duration\*\*: (\d+) weeks/,
      (_, w: string) => `**Estimated duration**: ${Number(w) + 1 + random.below(3)} weeks`,
    )
    return { text: blocks.join('### Topic: '), yaml: '', edit, topic: topic - 1 }
  }
  const owner = /\*\*Owner\*\*: (.+)/.exec(block)?.[1] as string
  if (edit === 'owner') {
    blocks[topic] = block.replace(`**Owner**: ${owner}`, `**Owner**: ${personName(random.below(people))}`)
    return { text: blocks.join('### Topic: '), yaml: '', edit, topic: topic - 1 }
  }
  return { text, yaml: `people:\n  ${owner}: { capacity: 80% }\n`, edit, topic: topic - 1 }
}

const planOf = (text: string, yaml: string, baseline?: PlannedRoadmap): PlannedRoadmap =>
  plan(check([{ file: 'r.md', text }], { settingsFile: yaml === '' ? null : { file: 'waymark.yaml', text: yaml } }), {
    today: TODAY,
    ...(baseline === undefined ? {} : { baseline }),
  })

function trial(topics: number, seed: number): Trial {
  const people = Math.max(2, Math.round(topics / 5))
  const { text } = generateRoadmap({ topics, people, prerequisites: 1.5, seed })
  const random = new Random(seed * 7919)
  const change = edited(text, people, random)
  const before = planOf(text, '')
  const t0 = performance.now()
  const after = planOf(change.text, change.yaml, before)
  const ms = performance.now() - t0
  const free = planOf(change.text, change.yaml)
  const roadmap = after.checked.roadmap
  const editedId = roadmap.topics[change.topic]?.id as string
  // Topics depending on the edited one, transitively.
  const dependants = new Set([editedId])
  for (let grew = true; grew;) {
    grew = false
    for (const t of roadmap.topics)
      if (!dependants.has(t.id) && t.prerequisites.some((p) => p.topic !== null && dependants.has(p.topic))) {
        dependants.add(t.id)
        grew = true
      }
  }
  const peopleOf = new Map(roadmap.topics.map((t) => [t.id, new Set(t.owners)]))
  const editedPeople = new Set([
    ...(peopleOf.get(editedId) ?? []),
    ...(before.checked.roadmap.topics[change.topic]?.owners ?? []),
  ])
  const old = new Map(before.plan.topics.map((t) => [t.id, t]))
  const keeps = (p: PlannedRoadmap, id: string): boolean => {
    const t = p.plan.topics.find((x) => x.id === id)
    const o = old.get(id)
    return t !== undefined && o !== undefined && t.start === o.start && t.finish === o.finish
  }
  const moved = new Set(after.plan.topics.filter((t) => !keeps(after, t.id)).map((t) => t.id))
  const shares = (id: string, others: Iterable<string>): boolean => {
    const mine = peopleOf.get(id) ?? new Set()
    for (const o of others) if (o !== id && [...(peopleOf.get(o) ?? [])].some((p) => mine.has(p))) return true
    return false
  }
  const outside = roadmap.topics.map((t) => t.id).filter((id) => !dependants.has(id))
  const measured = outside.filter((id) => !shares(id, moved))
  const strictSet = outside.filter((id) => ![...(peopleOf.get(id) ?? [])].some((p) => editedPeople.has(p)))
  return {
    edit: change.edit,
    kept: measured.filter((id) => keeps(after, id)).length,
    keptOf: measured.length,
    strict: strictSet.filter((id) => keeps(after, id)).length,
    strictOf: strictSet.length,
    unconstrainedKept: strictSet.filter((id) => keeps(free, id)).length,
    cost: after.plan.makespanDays / Math.max(1, free.plan.makespanDays) - 1,
    ms,
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
console.log(
  '| topics | trials | kept | kept, strict | kept, strict, without a baseline | makespan cost: mean / worst | re-plan time (median) |',
)
console.log('|--:|--:|--:|--:|--:|--:|--:|')
sizes.forEach((topics, k) => {
  const trials = Array.from({ length: trialCounts[k] ?? 5 }, (_, i) => trial(topics, i + 1))
  const sum = (f: (t: Trial) => number): number => trials.reduce((a, t) => a + f(t), 0)
  const costs = trials.map((t) => t.cost)
  const times = trials.map((t) => t.ms).sort((a, b) => a - b)
  console.log(
    `| ${topics} | ${trials.length} (${['estimate', 'owner', 'capacity'].map((e) => `${trials.filter((t) => t.edit === e).length} ${e}`).join(', ')}) | ${pct(
      sum((t) => t.kept) /
        Math.max(
          1,
          sum((t) => t.keptOf),
        ),
    )} | ${pct(
      sum((t) => t.strict) /
        Math.max(
          1,
          sum((t) => t.strictOf),
        ),
    )} | ${pct(
      sum((t) => t.unconstrainedKept) /
        Math.max(
          1,
          sum((t) => t.strictOf),
        ),
    )} | ${pct(sum((t) => t.cost) / trials.length)} / ${pct(Math.max(...costs))} | ${Math.round(times[Math.floor(times.length / 2)] ?? 0)} ms |`,
  )
})
