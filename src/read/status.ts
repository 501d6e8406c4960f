/** Status words → a state and progress: `in progress (40%)`, `done`, `blocked`, `[upcoming]`. */
import type { StatusState, TopicStatus } from '../model/document.js'
import { foldText } from '../text/fold.js'

const STATES: readonly (readonly [RegExp, StatusState])[] = [
  [
    /^(?:done|complete|completed|recently completed|finished|merged|shipped|released|closed|implemented|delivered|final)\b/,
    'done',
  ],
  [/^(?:in progress|in-progress|ongoing|wip|started|active|working|underway|in review|under review)\b/, 'in-progress'],
  [/^(?:blocked|on hold|stalled|waiting|paused|suspended|deferred|postponed)\b/, 'blocked'],
  [/^(?:dropped|cancelled|canceled|abandoned|won'?t do|wontfix|rejected|obsolete|withdrawn|superseded|declined)\b/, 'dropped'],
  [
    /^(?:upcoming|planned|proposed|todo|to do|not started|open|new|next|backlog|idea|accepted|approved|provisional|draft|implementable)\b/,
    'upcoming',
  ],
]

/** The status a text names, or `null`. A percentage anywhere is the progress. */
export function statusOf(text: string): TopicStatus | null {
  const folded = foldText(text).trim()
  const percent = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(folded)
  const progress = percent ? Math.min(100, Number(percent[1])) / 100 : null
  for (const [pattern, state] of STATES) {
    if (pattern.test(folded)) return { state, progress: state === 'done' ? 1 : progress, text }
  }
  // A bare percentage means work has started.
  if (percent && /^\d/.test(folded)) return { state: progress === 1 ? 'done' : 'in-progress', progress, text }
  return null
}
