/**
 * What the check of a roadmap produces: its documents, the roadmap, its settings and
 * lint's findings with the to-do list per person. The pipeline's first output
 * (src/pipeline/check.ts); every later stage starts from it.
 */
import type { Diagnostic, Severity } from './diagnostic.js'
import type { DocumentModel } from './document.js'
import type { Place } from './place.js'
import type { Roadmap } from './roadmap.js'
import type { Settings } from './settings.js'

/** What a topic still needs. */
export type Need = 'owner' | 'estimate' | 'rationale' | 'objectives' | 'prerequisites' | 'tech lead' | 'field'

/** One thing one person should write. */
export interface TodoItem {
  readonly need: Need
  /** The field label as written, for placeholders (`Rationale for topic relevance`). */
  readonly label: string
  readonly topic: string
  readonly title: string
  readonly place: Place
}

/** A person's to-do list. `person` is `null` for topics with neither owner nor author. */
export interface PersonTodo {
  readonly person: string | null
  readonly items: readonly TodoItem[]
}

/** What lint finds. */
export interface LintReport {
  /** The reader's, the resolver's, the settings' and lint's own findings, sorted by place. */
  readonly diagnostics: readonly Diagnostic[]
  readonly counts: Readonly<Record<Severity, number>>
  readonly todo: readonly PersonTodo[]
}

/** Documents, the roadmap they make, its settings, and its lint report. */
export interface CheckedRoadmap {
  readonly documents: readonly DocumentModel[]
  readonly roadmap: Roadmap
  /** Read once: people in them by the roadmap's canonical names. */
  readonly settings: Settings
  readonly lint: LintReport
}
