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
