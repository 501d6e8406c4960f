/** Where a roadmap's deadline comes from, as JSON: `{ kind: 'setting' }` or `{ kind: 'roadmap-window', text, place }`. */
import type { RoadmapDeadline } from '../../model/plan.js'
import { placeJson } from './place-json.js'

/** The deadline's source as JSON. */
export function deadlineSourceJson(source: RoadmapDeadline['source']): Record<string, unknown> {
  return source.kind === 'setting'
    ? { kind: 'setting' }
    : { kind: 'roadmap-window', text: source.text, place: placeJson(source.place) }
}
