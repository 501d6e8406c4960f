/**
 * Staffing as a pipeline step: a planned roadmap → how many more people it needs. The
 * topics waiting in the unassigned pool are planned for 0, 1, 2, … newcomers (a pool of
 * that capacity) until more stop shortening the plan, each option forecast with the same
 * samples and seed as the roadmap's own forecast (so its P85 is the forecast's P85); the
 * fewest that meet the deadline in 85% of the samples is found exactly, between the
 * numbers tried. Pure: the runner decides where plans and samples run.
 */
import type { CheckedRoadmap } from '../model/lint-report.js'
import type { Forecast } from '../model/forecast.js'
import type { Plan } from '../model/plan.js'
import type { Staffing, StaffingBlock, StaffingOption } from '../model/staffing.js'
import { forecast, type ForecastChoices } from './forecast.js'
import type { PlanChoices, PlannedRoadmap } from './plan.js'
import { planOn, type StageRunner } from './stage-runner.js'

/** What the caller decides about staffing: the plan's and the forecast's choices. */
export interface StaffingChoices extends PlanChoices, Omit<ForecastChoices, 'seed'> {
  /** The forecast's seed (the optimiser's is `seed`); default 1. */
  readonly forecastSeed?: number
  /** The most extra people to try; default: as many as there are unowned topics. */
  readonly most?: number
}

/** A deadline counts as met by an option when this share of its samples finish by it. */
export const STAFFING_CONFIDENCE = 0.85

/** The fewest schedules an option's plan may try. */
const OPTION_BUDGET_FLOOR = 300

/** Tried one by one up to this many extra people; then in steps growing by half. */
const ONE_BY_ONE = 8

/**
 * How many more people `planned` needs; `base` is its own forecast when the caller has
 * it (drawn with the same choices), so it is not drawn twice.
 */
export async function staffing(
  planned: PlannedRoadmap,
  choices: StaffingChoices,
  runner: StageRunner = {},
  base?: Forecast,
): Promise<Staffing> {
  const { plan } = planned
  const forecastChoices = {
    ...(choices.samples === undefined ? {} : { samples: choices.samples }),
    ...(choices.forecastSeed === undefined ? {} : { seed: choices.forecastSeed }),
    ...(choices.signal === undefined ? {} : { signal: choices.signal }),
  }
  const forecastOf = (p: PlannedRoadmap): Promise<Forecast> => forecast(p, forecastChoices, runner.runSamples)
  // An option needs its finish only: the samples skip every topic's criticality.
  const optionForecast = (p: PlannedRoadmap): Promise<Forecast> =>
    forecast(p, { ...forecastChoices, finishOnly: true }, runner.runSamples)
  // Each option is a what-if: a fifth of the plan's budget (at least 300 schedules, never more
  // than asked) finds the same finish on the seed at a fraction of the time.
  const asked = choices.budget ?? planned.plan.optimiser.budget
  const optionChoices = { ...choices, budget: Math.min(asked, Math.max(OPTION_BUDGET_FLOOR, Math.round(asked / 5))) }
  const own = base ?? (await forecastOf(planned))
  const deadline = plan.deadline?.date ?? null
  const pooled = planned.planned.problem.activities.filter((a) => a.pool === 'unassigned').length
  const asPlanned = optionOf(plan.ownerGap.peakAtOnce, plan, own)

  // Every unowned topic finds an owner when it can start: no number of newcomers does better.
  const settings = planned.checked.settings.plan
  const unlimited =
    settings.unassignedCapacity === null || settings.unassignedCapacity === undefined
      ? { planned, forecast: own }
      : await (async () => {
          const p = await planOn(withPool(planned.checked, null), optionChoices, runner)
          return { planned: p, forecast: await optionForecast(p) }
        })()
  const best = unlimited.planned.plan.makespanDays

  const tried = new Map<number, StaffingOption>()
  const tryExtra = async (extra: number): Promise<StaffingOption> => {
    const known = tried.get(extra)
    if (known !== undefined) return known
    let option: StaffingOption
    if (extra === 0 && pooled > 0)
      option = { extra, finish: null, makespanDays: null, p50: null, p85: null, deadlineChance: deadline === null ? null : 0 }
    else if (extra >= pooled) option = optionOf(extra, unlimited.planned.plan, unlimited.forecast)
    else {
      const p = await planOn(withPool(planned.checked, extra), optionChoices, runner)
      option = optionOf(extra, p.plan, await optionForecast(p))
    }
    tried.set(extra, option)
    return option
  }

  const most = Math.min(pooled, choices.most ?? pooled)
  await tryExtra(0)
  for (let extra = 1; extra <= most; extra = extra < ONE_BY_ONE ? extra + 1 : Math.ceil(extra * 1.5)) {
    const option = await tryExtra(extra)
    // More people stop helping once the plan is as short as with an owner for every topic.
    if (option.makespanDays !== null && option.makespanDays <= best) break
  }
  if (most > 0 && !tried.has(most) && [...tried.values()].every((o) => o.makespanDays === null || o.makespanDays > best))
    await tryExtra(most)

  const meets = (o: StaffingOption): boolean => o.deadlineChance !== null && o.deadlineChance >= STAFFING_CONFIDENCE
  let smallest: number | null = null
  if (deadline !== null) {
    const sorted = [...tried.values()].sort((a, b) => a.extra - b.extra)
    const first = sorted.find(meets)
    if (first !== undefined) {
      // Between the last number that misses and the first that meets: halve the gap.
      let low = Math.max(-1, ...sorted.filter((o) => o.extra < first.extra).map((o) => o.extra))
      let high = first.extra
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2)
        if (meets(await tryExtra(mid))) high = mid
        else low = mid
      }
      smallest = high
    }
  }
  const options = [...tried.values()].sort((a, b) => a.extra - b.extra)
  return {
    deadline,
    unowned: plan.ownerGap.topics,
    options,
    asPlanned,
    smallestForDeadline: smallest,
    blockedBy: deadline !== null && smallest === null ? blockOf(unlimited.planned.plan, deadline) : null,
    confidence: STAFFING_CONFIDENCE,
    suggestions: plan.ownerSuggestions,
    samples: own.samples,
    seed: own.seed,
  }
}

/** `checked` with the unassigned pool at `capacity` places (`null`: unlimited). */
function withPool(checked: CheckedRoadmap, capacity: number | null): CheckedRoadmap {
  const { settings } = checked
  return { ...checked, settings: { ...settings, plan: { ...settings.plan, unassignedCapacity: capacity } } }
}

/** An option's figures from its plan and forecast. */
function optionOf(extra: number, plan: Plan, f: Forecast): StaffingOption {
  return {
    extra,
    finish: plan.finish,
    makespanDays: plan.makespanDays,
    p50: f.finish.p50,
    p85: f.finish.p85,
    deadlineChance: f.deadline?.probability ?? null,
  }
}

/** What holds the finish past the deadline when every topic has an owner: its critical path, and the people on it. */
function blockOf(plan: Plan, deadline: string): StaffingBlock {
  const titles = new Map(plan.topics.map((t) => [t.id, t.title]))
  const named = plan.criticalPath.map((id) => `“${titles.get(id) ?? id}”`)
  // A long chain is named by its ends: the sentence must stay one a person reads.
  const chain =
    named.length <= 6
      ? named.join(' → ')
      : `${named.slice(0, 3).join(' → ')} → … → ${named.slice(-2).join(' → ')}, ${named.length} topics`
  const people = [
    ...new Set([
      ...plan.criticalLinks.flatMap((l) => (l.kind === 'person' && l.person !== undefined ? [l.person] : [])),
      ...plan.bottlenecks,
    ]),
  ]
  const text =
    people.length > 0
      ? `Even with an owner for every topic, ${people.join(', ')} ${people.length === 1 ? 'has' : 'have'} more work in a row than fits before ${deadline} (${chain}): newcomers cannot shorten one person's queue — share those topics, or move the deadline.`
      : `Even with an owner for every topic, the chain ${chain} runs past ${deadline} in more than ${Math.round((1 - STAFFING_CONFIDENCE) * 100)}% of the samples: shorten or split a topic on it, or move the deadline.`
  return { topics: plan.criticalPath, people, text }
}
