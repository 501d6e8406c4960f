/** Where a roadmap's deadline comes from, in words, for the renderers that show it. */
import type { RoadmapDeadline } from '../model/plan.js'

/** `set in the settings`, or `the end of “OSS Roadmap (2022-2023)”`. */
export function deadlineOrigin(deadline: RoadmapDeadline): string {
  return deadline.source.kind === 'setting' ? 'set in the settings' : `the end of “${deadline.source.text}”`
}
