/**
 * Where and how the long stages run. Everything is optional: by default a note is
 * parsed, a plan optimised and samples drawn here, at once. The CLI passes a second
 * thread for parsing, worker threads for samples, and a step runner that listens for
 * Ctrl-C between the optimiser's steps.
 */
import type { SampleRunner } from '../forecast/sample-runner.js'
import type { ChunkParser } from '../read/markdown.js'
import type { WorkSteps } from '../plan/work-steps.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import { finishSteps } from '../plan/work-steps.js'
import { planSteps, type PlanChoices, type PlannedRoadmap } from './plan.js'

/** How the stages run. */
export interface StageRunner {
  /** How the chunks of a large note are parsed. */
  readonly parseChunks?: ChunkParser
  /** Runs planning's steps to their result (it may stop between steps by throwing). */
  readonly runSteps?: <T>(steps: WorkSteps<T>) => Promise<T>
  /** Where forecast samples are drawn. */
  readonly runSamples?: SampleRunner
}

/** Plans `checked` on `runner`'s step runner (at once without one). */
export async function planOn(checked: CheckedRoadmap, choices: PlanChoices, runner: StageRunner): Promise<PlannedRoadmap> {
  const steps = planSteps(checked, choices)
  return runner.runSteps === undefined ? finishSteps(steps) : runner.runSteps(steps)
}
