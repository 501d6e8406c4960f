/**
 * The pipeline's second step: a checked roadmap → its plan, with one list of findings
 * (lint's, the settings', then the plan's own, each once). Pure: today and the seed come
 * in as choices. `planSteps` is the same as steps, for a caller that wants to stop
 * between them (the CLI's Ctrl-C).
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import type { Plan } from '../model/plan.js'
import { baselineFor } from './baseline.js'
import { RoadmapError } from '../model/roadmap-error.js'
import { CalendarRangeError } from '../plan/calendar/work-calendar.js'
import { planningSteps, type PlannedProblem } from '../plan/plan-roadmap.js'
import { roadmapProblem, type RoadmapProblem } from '../plan/roadmap-problem.js'
import { finishSteps, type WorkSteps } from '../plan/work-steps.js'

/** What the caller decides about a plan (the settings decide the rest). */
export interface PlanChoices {
  /** Today (ISO), for a roadmap without a meeting date or start. */
  readonly today: string
  /** The plan's first day; overrides the settings and the meeting date. */
  readonly start?: string
  /** The day statuses are judged on (late or not); default `today`. */
  readonly asOf?: string
  /** Schedules the optimiser may try; default by roadmap size. */
  readonly budget?: number
  /** The optimiser's seed; default 1. */
  readonly seed?: number
  /**
   * A previous version to stay close to (`plan --baseline`; `diff` and `history` pass the
   * version before): its starts are kept where the edits allow.
   */
  readonly baseline?: PlannedRoadmap
}

/** A checked roadmap, planned. */
export interface PlannedRoadmap {
  readonly checked: CheckedRoadmap
  /** The plan with its scheduling problem and best activity list (what a forecast needs). */
  readonly planned: PlannedProblem
  readonly plan: Plan
  /** Lint's, the settings' and the plan's own findings, each once. */
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Plans a checked roadmap.
 *
 * ```ts
 * const planned = plan(check([{ file: 'notes.md', text }]), { today: '2026-12-01' })
 * planned.plan.finish // '2027-06-30'
 * ```
 *
 * @throws {RoadmapError} when there are no topics, or the plan would run past the calendar.
 */
export function plan(checked: CheckedRoadmap, choices: PlanChoices): PlannedRoadmap {
  return finishSteps(planSteps(checked, choices))
}

/** `plan` as steps, pausing while the optimiser works (see `plan/work-steps.ts`). */
export function* planSteps(checked: CheckedRoadmap, choices: PlanChoices): WorkSteps<PlannedRoadmap> {
  const { roadmap } = checked
  if (roadmap.topics.length === 0)
    throw new RoadmapError(
      `${roadmap.files.join(', ')}: no topics to plan (Waymark looks for headings such as \`### Topic: NAME\`)`,
    )
  const { baseline, ...rest } = choices
  const planned = yield* withinCalendar(roadmap.files, () =>
    planningSteps(roadmap, {
      settings: checked.settings.plan,
      ...rest,
      ...(baseline === undefined
        ? {}
        : { baseline: baselineFor({ roadmap: baseline.checked.roadmap, planned: baseline.planned }, roadmap) }),
    }),
  )
  return {
    checked,
    planned,
    plan: planned.plan,
    // The plan's are its own, never lint's again (test/pipeline.test.ts holds it to that).
    diagnostics: [...checked.lint.diagnostics, ...planned.plan.diagnostics],
  }
}

/**
 * The scheduling problem of a checked roadmap without solving it: for tools that
 * schedule it themselves (the TaskJuggler export).
 */
export function schedulingProblem(checked: CheckedRoadmap, choices: Pick<PlanChoices, 'today' | 'start'>): RoadmapProblem {
  const { roadmap } = checked
  if (roadmap.topics.length === 0) throw new RoadmapError(`${roadmap.files.join(', ')}: no topics to export`)
  try {
    return roadmapProblem(roadmap, { settings: checked.settings.plan, ...choices })
  } catch (error) {
    throw outOfCalendar(roadmap.files, error)
  }
}

/** `steps`, with a plan past the calendar's bounds as the roadmap error it is. */
function* withinCalendar<T>(files: readonly string[], steps: () => WorkSteps<T>): WorkSteps<T> {
  try {
    return yield* steps()
  } catch (error) {
    throw outOfCalendar(files, error)
  }
}

/** A calendar range error as a roadmap error naming the files; anything else as it is. */
export function outOfCalendar(files: readonly string[], error: unknown): unknown {
  return error instanceof CalendarRangeError ? new RoadmapError(`${files.join(', ')}: ${error.message}`) : error
}
