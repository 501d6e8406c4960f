/**
 * The resolved roadmap: documents merged, people's spellings resolved to one name each,
 * prerequisites linked to topics (or kept as external), loose mentions kept as
 * suggested relations. This is what lint, plan and the renderers read.
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { Milestone, Missing, RoadmapMeta, TopicDraft } from './document.js'
import type { EstimateUnits } from './estimate.js'
import type { Place } from './place.js'

/** A person: one name, every spelling seen. */
export interface Person {
  /** Slug of the name, unique in the roadmap. */
  readonly id: string
  /** The canonical spelling (the most used full name). */
  readonly name: string
  /** Every spelling that was read as this person, including `name`. */
  readonly spellings: readonly string[]
  /** Ids of the topics the person authored, owns, leads or works on. */
  readonly authorOf: readonly string[]
  readonly owns: readonly string[]
  readonly techLeadOf: readonly string[]
  readonly teamOf: readonly string[]
  readonly mentorOf: readonly string[]
}

/** The group named by `Everyone`, `Everybody` or `All`. */
export const EVERYONE = 'Everyone'

/**
 * A prerequisite: `linked` to a topic of the roadmap, or `external` (something outside
 * it, such as "Requires a second serial connection to Unikraft").
 */
export interface Prerequisite {
  readonly text: string
  /** The id of the linked topic, or `null` for an external prerequisite. */
  readonly topic: string | null
  readonly kind: 'linked' | 'external'
  /** How the link was made: written explicitly, or matched by name (with its score). */
  readonly via: 'explicit' | 'name' | null
  readonly score: number | null
  readonly place: Place
}

/** A suggested relation: prose of one topic mentions another (not a dependency). */
export interface Relation {
  readonly from: string
  readonly to: string
  /** The field whose text mentions it: rationale, objectives, notes or prerequisites. */
  readonly field: string
  readonly text: string
  readonly place: Place
}

/** A topic with people and prerequisites resolved. */
export interface Topic extends Omit<TopicDraft, 'authors' | 'owners' | 'team' | 'techLeads' | 'mentors' | 'prerequisites'> {
  /** The file the topic is in. */
  readonly file: string
  /** Resolved names (canonical spellings); `TODO` is no name. */
  readonly authors: readonly string[]
  readonly owners: readonly string[]
  readonly team: readonly string[]
  readonly techLeads: readonly string[]
  readonly mentors: readonly string[]
  readonly prerequisites: readonly Prerequisite[]
  /** Set when the prerequisites field is `N/A` or still a placeholder. */
  readonly prerequisitesMissing: Missing | null
}

/** An action item with its assignees resolved. */
export interface Action {
  readonly text: string
  /** Resolved names; `Everyone` for the whole group. */
  readonly assignees: readonly string[]
  readonly done: boolean
  readonly place: Place
}

/** A discussion with its speakers resolved. */
export interface ResolvedDiscussion {
  readonly title: string
  readonly place: Place
  readonly statements: readonly { readonly speaker: string | null; readonly text: string; readonly place: Place }[]
}

/** The whole roadmap, from one or more files. */
export interface Roadmap {
  readonly files: readonly string[]
  readonly meta: RoadmapMeta
  readonly topics: readonly Topic[]
  readonly people: readonly Person[]
  readonly actions: readonly Action[]
  readonly decisions: readonly { readonly text: string; readonly place: Place }[]
  readonly discussions: readonly ResolvedDiscussion[]
  readonly agenda: readonly { readonly text: string; readonly place: Place }[]
  /** Dated events the documents name, by date (then in reading order). */
  readonly milestones: readonly Milestone[]
  readonly relations: readonly Relation[]
  /** How estimates convert to working days (the first file's; see docs/model.md, Settings). */
  readonly units: EstimateUnits
  /** Diagnostics of reading and resolving (lint adds its own). */
  readonly diagnostics: readonly Diagnostic[]
}
