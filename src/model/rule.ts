/** The rules Waymark reports, and the parameters each one's message is made from. */

/** Parameters each rule's message needs; the words are in `diagnostics/catalog.ts`. */
export interface RuleParams {
  'flattened-input': { lines: number; breaks: number }
  'deep-nesting': { kind: 'blocks' | 'containers' | 'marks'; limit: number; count: number }
  'template-ignored': { title: string }
  'unknown-field': { topic: string; label: string }
  'unread-section': { title: string; labels: string[] }
  'duplicate-field': { topic: string; label: string }
  'front-matter-invalid': { reason: string }
  'invalid-setting': { key: string; reason: string }
  'unknown-setting': { key: string; suggestion: string | null }
  'settings-not-yaml': { file: string; reason: string }
  'empty-topic-title': Record<string, never>
  'no-topics': { file: string }
  'unreadable-file': { reason: string }
  'not-a-duration': { topic: string; text: string; reason: string }
  'not-a-date': { topic: string; label: string; text: string }
  'unknown-priority': { topic: string; text: string }
  'unknown-status': { topic: string; text: string }
  'person-merged': { text: string; name: string; reason: string }
  'issue-merged': { topic: string; issue: string; title: string }
  'possible-typo': { text: string; name: string }
  'role-not-person': { text: string; word: string | null }
  'ambiguous-person': { text: string; candidates: readonly string[] }
  'duplicate-topic': { title: string; first: string }
  'broken-link': { topic: string; target: string }
  'unresolved-prerequisite': { topic: string; text: string; candidates: readonly string[] }
  'external-prerequisite': { topic: string; text: string }
  'suggested-relation': { topic: string; other: string; field: string; text: string }
  'dependency-cycle': { cycle: readonly string[] }
  /** `roles`: the owners written that are roles, not people (`GSoC student`). */
  'missing-owner': { topic: string; text: string | null; mentors: readonly string[]; roles: readonly string[] }
  'missing-estimate': { topic: string; text: string | null }
  placeholder: { topic: string; label: string; text: string }
  'cycle-broken': { topic: string; prerequisite: string; cycle: readonly string[] }
  'assumed-estimate': { topic: string; days: number; basis: string }
  'zero-estimate': { topic: string }
  'long-estimate': { topic: string; days: number }
  'unavailable-person': { person: string; topics: readonly string[] }
  'unschedulable-topic': { topic: string; because: string }
  'unknown-person-setting': { name: string }
  'deadline-missed': { topic: string; finish: string; deadline: string }
  'roadmap-deadline-missed': { finish: string; deadline: string }
  'small-budget': { topics: number; budget: number }
  'priority-inversion': { topic: string; priority: string; other: string; otherPriority: string; person: string }
  'late-topics': { asOf: string; late: readonly string[]; unstarted: readonly string[] }
}

/** A rule id, e.g. `missing-owner`. */
export type RuleId = keyof RuleParams
