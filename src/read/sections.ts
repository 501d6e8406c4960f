/** What a non-topic heading opens: the agenda, discussions, action items, proposals. */
import { foldText } from '../text/fold.js'

/** The kinds of meeting sections Waymark reads. */
export type SectionKind = 'agenda' | 'discussions' | 'actions' | 'proposals' | 'roadmap' | 'other'

/** Heading text without emoji shortcodes (`:dart:`) and emoji. */
export function headingTitle(text: string): string {
  return text
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A section's word at either end of a short heading: `Action items`, `Proposed project ideas`, `Ideas for 2024`. */
// At the start, the word is the heading's subject only alone or before a preposition or a
// number (`Ideas for 2024`, `Projects 2026`), not a title's first word (`Project scoped repositories`).
const edgeWords = (words: string): RegExp =>
  new RegExp(`^(?:${words})(?:$|\\s+(?:for|in|of|from|to|and|\\d)\\b|\\s+\\d)|\\b(?:${words})$`)
const ACTION_WORDS = edgeWords('todos?|to-dos?|action items?|actions?|decisions?|next steps?|follow[- ]?ups?|tasks?')
const PROPOSAL_WORDS = edgeWords('proposals?|topics?|features?|projects?|initiatives?|epics?|ideas?|project ideas?')
const ROADMAP_WORDS = edgeWords('roadmaps?|goals?|deliverables?|work items?|backlog|priorities|planned work')
const ABOUT_PROPOSALS =
  /\S\s+(?:the|this|our)\s+roadmap$|\b(?:your|a|an)\s+(?:proposals?|project ideas?|ideas?|projects?)$|^(?:criteria|guidelines?|rules|requirements|instructions|tips|advice|templates?)\b.*\b(?:ideas?|proposals?|projects?)$|\b(?:ideas?|proposals?|projects?)\s+(?:templates?|guidelines|criteria|process)$/
/** A heading of more words is a title (`Add new features to the editor`), not a section. */
const MAX_SECTION_WORDS = 6

/** Classifies a section heading by its words. */
export function sectionKind(text: string): SectionKind {
  const t = foldText(headingTitle(text))
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (/\bagenda\b/.test(t)) return 'agenda'
  if (/\b(?:discussions?|minutes|meeting notes)\b/.test(t)) return 'discussions'
  if (t.split(' ').length > MAX_SECTION_WORDS) return 'other'
  if (ACTION_WORDS.test(t)) return 'actions'
  // About proposals or the roadmap, not a list of them: `Submit your proposal`, `Criteria
  // for ideas`, `Project idea template`, `Using the roadmap`, `Sharing feedback on the roadmap`.
  if (ABOUT_PROPOSALS.test(t)) return 'other'
  if (PROPOSAL_WORDS.test(t)) return 'proposals'
  if (ROADMAP_WORDS.test(t)) return 'roadmap'
  return 'other'
}

/**
 * Headings that are about the document, never a piece of work in it: under a roadmap
 * they stay headings (`Table of contents`, `Overview`, `How to contribute`…).
 */
export function isAboutTheDocument(text: string): boolean {
  const t = foldText(headingTitle(text))
  const words = t
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (ABOUT_PROPOSALS.test(words)) return true
  return /^(?:(?:table of )?contents|toc|overview|introduction|intro|background|summary|motivation|references?|links|notes?|faq|glossary|appendix|about|changelog|changes|license|contributing|how to .*|getting started|contact|legend|timeline|schedule|status|credits|acknowledge?ments|thanks|see also|(?:project |our )?(?:vision|mission)(?: statement)?|principles|values)$/.test(
    t,
  )
}
