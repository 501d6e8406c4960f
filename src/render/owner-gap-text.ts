/**
 * The owner gap in words, the same in every output: who a topic's people are (a topic no
 * person owns says so), and what the plan's finish assumes about the unowned topics.
 */
import type { OwnerSuggestion, Plan, PlannedTopic } from '../model/plan.js'

/**
 * A planned topic's people as shown: owners, then team; `unassigned` when no person owns
 * it, with the roles or team written (`unassigned (GSoC student)`). `escape` is applied to
 * each name (Markdown, HTML).
 */
export function ownerLabel(
  t: Pick<PlannedTopic, 'owners' | 'team' | 'unowned'>,
  escape: (text: string) => string = (x) => x,
): string {
  const names = [...t.owners, ...t.team.filter((m) => !t.owners.includes(m))].map(escape)
  if (!t.unowned) return names.join(', ')
  return names.length === 0 ? 'unassigned' : `unassigned (${names.join(', ')})`
}

/**
 * One sentence on the owner gap, or `null` when every planned topic has an owner:
 * "19 of 24 topics have no owner; the finish assumes each finds one when it can start (up
 * to 13 at once)."
 */
export function ownerGapSentence(plan: Plan): string | null {
  const { topics, peakAtOnce, poolCapacity } = plan.ownerGap
  if (topics.length === 0) return null
  const count = `${topics.length} of ${plan.topics.length} topics ${topics.length === 1 ? 'has' : 'have'} no owner`
  if (poolCapacity !== null)
    return `${count}; the finish assumes ${poolCapacity === 1 ? 'one more person takes them' : `${poolCapacity} more people take them`}, one topic each at a time (\`unassigned: { capacity: ${poolCapacity} }\`).`
  return `${count}; the finish assumes each finds one when it can start (${peakAtOnce === 1 ? 'one at a time' : `up to ${peakAtOnce} at once`}), and is that much too early if nobody comes forward.`
}

/**
 * Owner suggestions as indented lines: a topic, then its best `most` candidates with
 * their reasons; `escape` makes each text safe for the output.
 */
export function ownerSuggestionLines(
  suggestions: readonly OwnerSuggestion[],
  escape: (text: string) => string,
  most = 3,
): string[] {
  const lines: string[] = []
  for (const suggestion of suggestions) {
    lines.push(`  ${escape(suggestion.title)}`)
    if (suggestion.candidates.length === 0) lines.push('    nobody in the notes fits yet')
    for (const c of suggestion.candidates.slice(0, most)) lines.push(`    ${escape(c.person)} — ${escape(c.reasons.join('; '))}`)
  }
  return lines
}
