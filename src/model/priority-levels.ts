/** The priority levels, lowest first: what the reader reads priorities into, the planner weighs and renderers group by. */
import type { PriorityLevel } from './document.js'

/** Every priority level, lowest first, so that a level's rank is its index. */
export const PRIORITY_LEVELS: readonly PriorityLevel[] = ['low', 'medium-low', 'medium', 'medium-high', 'high', 'critical']
