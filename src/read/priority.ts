/** Priority words → a level: `Low`, `medium-high`, `P1`, MoSCoW's `must`/`should`/`could`. */
import type { PriorityLevel } from '../model/document.js'
import { foldText } from '../text/fold.js'

const WORDS: Readonly<Record<string, PriorityLevel>> = {
  low: 'low',
  lowest: 'low',
  minor: 'low',
  could: 'low',
  'could have': 'low',
  'nice to have': 'low',
  p3: 'low',
  'medium low': 'medium-low',
  'low medium': 'medium-low',
  medium: 'medium',
  normal: 'medium',
  moderate: 'medium',
  mid: 'medium',
  should: 'medium',
  'should have': 'medium',
  p2: 'medium',
  'medium high': 'medium-high',
  'high medium': 'medium-high',
  high: 'high',
  important: 'high',
  major: 'high',
  must: 'high',
  'must have': 'high',
  p1: 'high',
  critical: 'critical',
  highest: 'critical',
  urgent: 'critical',
  blocker: 'critical',
  p0: 'critical',
}

/** The level a priority text names, or `null` when it names none. */
export function priorityOf(text: string): PriorityLevel | null {
  const key = foldText(text)
    .replace(/\(.*?\)/g, ' ')
    .replace(/[-_/]+/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  // Own words only: `constructor` and `toString` are no priorities.
  return Object.hasOwn(WORDS, key) ? (WORDS[key] as PriorityLevel) : null
}
