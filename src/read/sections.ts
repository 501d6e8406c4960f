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

/** Classifies a section heading by its words. */
export function sectionKind(text: string): SectionKind {
  const t = foldText(headingTitle(text))
  if (/\bagenda\b/.test(t)) return 'agenda'
  if (/\b(?:todos?|to-dos?|action items?|actions?|decisions?|next steps?|follow[- ]?ups?|tasks?)\b/.test(t)) return 'actions'
  if (/\b(?:discussions?|minutes|meeting notes)\b/.test(t)) return 'discussions'
  if (/\b(?:proposals?|topics?|features?|projects?|initiatives?|epics?|ideas?)\b/.test(t)) return 'proposals'
  if (/\b(?:roadmaps?|goals?|deliverables?|work items?|backlog|priorities|planned work)\b/.test(t)) return 'roadmap'
  return 'other'
}

/**
 * Headings that are about the document, never a piece of work in it: under a roadmap
 * they stay headings (`Table of contents`, `Overview`, `How to contribute`…).
 */
export function isAboutTheDocument(text: string): boolean {
  const t = foldText(headingTitle(text))
  return /^(?:(?:table of )?contents|toc|overview|introduction|intro|background|summary|motivation|references?|links|notes?|faq|glossary|appendix|about|changelog|changes|license|contributing|how to .*|getting started|contact|legend|timeline|schedule|status)$/.test(
    t,
  )
}
