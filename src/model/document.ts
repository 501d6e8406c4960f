/**
 * The document model: what one Markdown file says, read faithfully with source positions,
 * before people and prerequisites are resolved across files (see `model/roadmap.ts`).
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { EstimateReading, EstimateUnits } from './estimate.js'
import type { FieldKey } from './field-key.js'
import type { Place } from './place.js'

/** An input document: its name and its decoded text. */
export interface SourceDocument {
  readonly file: string
  readonly text: string
}

/**
 * Why a value is missing. `placeholder`: a template marker such as `TODO` or
 * `[Please fill in here]` (someone still has to write it); `not-applicable`: `N/A`, a
 * deliberate "none", which may carry an explanation; `empty`: nothing was written.
 */
export interface Missing {
  readonly kind: 'placeholder' | 'not-applicable' | 'empty'
  /** The placeholder as written, e.g. `TODO` or `N/A (paging support already enabled)`. */
  readonly text: string
  /** The words in parentheses after `N/A`, e.g. `paging support already enabled`. */
  readonly explanation?: string
}

/**
 * A link written explicitly: `[[Topic title]]` (wiki), `[text](#topic-id)` (anchor), or
 * `#topic-id` in plain text (hashtag). A wiki or anchor link to no topic is an error; a
 * hashtag that names no topic is just text (`#monkey-business` is a chat channel).
 */
export interface ExplicitLink {
  readonly kind: 'wiki' | 'anchor' | 'hashtag'
  /** The target as written: a title for wiki links, an id or anchor for `#` links. */
  readonly target: string
}

/** One item of a field's value: a list item, or a paragraph. */
export interface ValueItem {
  /** Plain text (Markdown markup removed, link targets dropped). */
  readonly text: string
  readonly place: Place
  /** Set when the item is a placeholder or `N/A` rather than a value. */
  readonly missing: Missing | null
  readonly links: readonly ExplicitLink[]
  /** Nesting depth for list items (0 = top level). */
  readonly depth: number
  /** It comes from a code block: kept as text, never read as a name, date or duration. */
  readonly code: boolean
  /**
   * Where the characters of `text` are in the file (markup, indentation and escapes
   * between them left out): `text[index]` is at the last anchor at or before `index`,
   * moved right by the difference. Names found in the text are placed by them. Empty when
   * the text starts at `place` and runs along its line (most values).
   */
  readonly anchors: readonly TextAnchor[]
}

/** The place of a character of a value item's text; the characters up to the next anchor follow it on its line. */
export interface TextAnchor {
  readonly index: number
  readonly place: Place
}

/** A labelled field of a topic (`**Owner**: Alex`), as written. */
export interface Field {
  /** The canonical key, or `null` for a label Waymark does not know (kept, reported as info). */
  readonly key: FieldKey | null
  /** The label as written, without `**` and colon, e.g. `Owner(s)`. */
  readonly label: string
  /** The whole value as plain text, items joined by newlines. */
  readonly text: string
  readonly items: readonly ValueItem[]
  /** Where the label starts. */
  readonly place: Place
  /** Set when the whole value is missing (empty, a placeholder, or `N/A`). */
  readonly missing: Missing | null
}

/** A person as named in one place, before resolution. */
export interface NameMention {
  /** The name as written, e.g. `Marc Rittinhaus`, `Alex`, `RD`, `Everyone`. */
  readonly text: string
  readonly place: Place
}

/** Levels of `**Priority**`, lowest first. */
export type PriorityLevel = 'low' | 'medium-low' | 'medium' | 'medium-high' | 'high' | 'critical'

/** States of `**Status**` and title tags such as `[upcoming]`. */
export type StatusState = 'upcoming' | 'in-progress' | 'blocked' | 'done' | 'dropped'

/** A topic's status as read from `**Status**` or a title tag. */
export interface TopicStatus {
  readonly state: StatusState
  /** Share of the work done, 0..1, when written (`in progress (40%)`). */
  readonly progress: number | null
  readonly text: string
}

/** A topic proposal, read from one `Topic:` section. */
export interface TopicDraft {
  /** Stable id: the slug of the title (aliases and tags removed), unique in the roadmap. */
  readonly id: string
  readonly title: string
  /** Names from `(alias uksignal)` / `(aka …)` in the heading. */
  readonly aliases: readonly string[]
  /** Bracketed tags after the title, e.g. `upcoming` from `[upcoming]`. */
  readonly tags: readonly string[]
  /** GitHub's anchor for the heading, so `#topic-…` links written for GitHub resolve. */
  readonly anchor: string
  readonly place: Place
  readonly fields: readonly Field[]
  readonly authors: readonly NameMention[]
  readonly owners: readonly NameMention[]
  readonly team: readonly NameMention[]
  readonly techLeads: readonly NameMention[]
  /**
   * Mentors (`Mentor(s)`, `Possible mentors`): people attached to the work who are not
   * its capacity — an idea with mentors and no owner is unassigned, "mentored by …".
   */
  readonly mentors: readonly NameMention[]
  readonly estimate: EstimateReading | null
  /**
   * A size written as a word with no meaning Waymark knows (`M`, `Large` in a document
   * that does not say how large): kept as written, no estimate.
   */
  readonly size: string | null
  /** How hard the work is, as written (`Medium`, `3/5`, `Hard`): not a priority. */
  readonly difficulty: string | null
  readonly priority: PriorityLevel | null
  readonly status: TopicStatus | null
  readonly deadline: string | null
  /** Earliest start (`**Start**`): the topic may not begin before. */
  readonly start: string | null
  /** When work began (`**Started**`), and when it was done (`**Done**`). */
  readonly started: string | null
  readonly finished: string | null
  readonly rationale: string | null
  readonly objectives: readonly ValueItem[]
  readonly prerequisites: readonly ValueItem[]
  /** Tracking issues, discussions, proposals and other links (`Tracking issue`, `Links`). */
  readonly links: readonly ValueItem[]
  readonly notes: readonly ValueItem[]
}

/** Roadmap metadata from YAML front matter (and the first heading when there is none). */
export interface RoadmapMeta {
  readonly title: string | null
  /** The meeting date as a plain ISO date (`2022-08-25`), time and zone dropped. */
  readonly date: string | null
  readonly tags: readonly string[]
  readonly location: string | null
  readonly participants: readonly string[]
  readonly teams: readonly string[]
  /** Front matter keys Waymark does not interpret, kept as parsed YAML. */
  readonly extra: Readonly<Record<string, unknown>>
  /** The front matter's `waymark:` settings, validated later by the stage that uses them. */
  readonly settings: unknown
  /**
   * Where each key of the `waymark:` settings is written, by its path (`waymark.people.Ann
   * Lee.capacity`; list items by index), for findings about them. Empty without settings.
   */
  readonly settingsPlaces: Readonly<Record<string, Place>>
  readonly place: Place | null
}

/** An action item such as `RD: Draft version of roadmap`, before names are resolved. */
export interface ActionDraft {
  readonly text: string
  readonly assignees: readonly NameMention[]
  /** `true` for `[x]` items or items marked done. */
  readonly done: boolean
  readonly place: Place
}

/** A decision recorded in the meeting (an item of a TODOs/Decisions section with no assignee). */
export interface Decision {
  readonly text: string
  readonly place: Place
}

/** A dated event the document names (`- 3.13.0 beta 1: 2024-05-08`, a timeline table's row, `created:`). */
export interface Milestone {
  readonly title: string
  /** ISO date (`YYYY-MM-DD`). */
  readonly date: string
  readonly place: Place
}

/** One speaker's statement in a discussion (`SK: Musl work is going well.`). */
export interface Statement {
  readonly speaker: NameMention | null
  readonly text: string
  readonly place: Place
}

/** A discussion section with its statements. */
export interface Discussion {
  readonly title: string
  readonly place: Place
  readonly statements: readonly Statement[]
}

/** An agenda entry. */
export interface AgendaItem {
  readonly text: string
  readonly place: Place
}

/** Everything one file says. */
export interface DocumentModel {
  readonly file: string
  readonly meta: RoadmapMeta
  readonly topics: readonly TopicDraft[]
  readonly actions: readonly ActionDraft[]
  readonly decisions: readonly Decision[]
  readonly discussions: readonly Discussion[]
  readonly agenda: readonly AgendaItem[]
  /** Dated events, in reading order. */
  readonly milestones: readonly Milestone[]
  /** Whether the structure was recovered from flattened (one-line) input. */
  readonly recovered: boolean
  /** The conversion its estimates were read with. */
  readonly units: EstimateUnits
  readonly diagnostics: readonly Diagnostic[]
}
