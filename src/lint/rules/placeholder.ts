/**
 * placeholder: a field still holding the template's `[Please fill in here]`, `TODO` or
 * `TBD`. Owners and estimates have rules of their own and are not reported twice.
 */
import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Topic } from '../../model/roadmap.js'

/** Reports fields whose whole value is a placeholder. */
export function placeholder(topic: Topic): Diagnostic[] {
  return topic.fields
    .filter((f) => f.key !== 'owner' && f.key !== 'estimate' && f.missing?.kind === 'placeholder')
    .map((f) => diagnostic('placeholder', { topic: topic.title, label: f.label, text: f.missing?.text ?? '' }, f.place, topic.id))
}
