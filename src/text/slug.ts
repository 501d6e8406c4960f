/** Stable ASCII ids from titles and names: GitHub's slug of the text with accents folded. */
import { slug } from 'github-slugger'
import { foldText } from './fold.js'

/** `Răzvan Deaconescu` → `razvan-deaconescu`; `POSIX mmap / mprotect` → `posix-mmap-mprotect`. */
export function slugId(text: string, fallback: string): string {
  return (
    slug(foldText(text))
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  )
}

/**
 * GitHub's anchor for a heading's text (`## Topic: Fast boot` → `topic-fast-boot`), as one
 * flat string. github-slugger builds it a piece at a time, which V8 keeps as a tree of the
 * pieces, several times the size of the flat text; a roadmap keeps one per topic (at 10,000
 * topics 1.3 MB of such trees, `bench/memory-stages.ts --snapshot`).
 */
export function headingAnchor(text: string): string {
  const anchor = slug(text)
  // Reading a character makes V8 flatten the string in place (it stays the same string).
  anchor.charCodeAt(0)
  return anchor
}
