/** missing-estimate: a topic that cannot be scheduled without assuming its duration. */
import { diagnostic } from '../../diagnostics/diagnostic.js'
import type { Diagnostic } from '../../model/diagnostic.js'
import type { Topic } from '../../model/roadmap.js'

/** Reports topics with no estimate (text that is not a duration is reported when read). */
export function missingEstimate(topic: Topic): Diagnostic[] {
  if (topic.estimate !== null && topic.estimate.kind !== 'missing') return []
  const field = topic.fields.find((f) => f.key === 'estimate')
  const text = topic.estimate?.text.trim() || null
  return [diagnostic('missing-estimate', { topic: topic.title, text }, field?.place ?? topic.place, topic.id)]
}
