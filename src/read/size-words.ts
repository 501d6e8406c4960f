/**
 * Sizes written as words — `Small`, `Medium`, `Large`, T-shirt letters — and what they
 * mean: a size is an estimate only when its meaning is known, from the settings
 * (`waymark: sizes: { M: 175 hours }`) or from the document itself (`Small: 90 hours`
 * written once near the top of an idea list). Without a meaning a size stays a size.
 */
import type { Estimate } from '../model/estimate.js'

/** What each size word (folded, e.g. `medium`, `m`) means. */
export type SizeTable = ReadonlyMap<string, Estimate>

/** The size words Waymark knows, longest first (letters only as whole words). */
const SIZE_WORDS = ['extra small', 'extra large', 'small', 'medium', 'large', 'xxs', 'xs', 'xxl', 'xl', 's', 'm', 'l']
const SIZE_WORD = SIZE_WORDS.join('|').replace(/ /g, '\\s+')

/** `Small`, `large project`, `M`, `Small to large`, `medium-large`: the words and how they join. */
const SIZE_TEXT = new RegExp(
  `^(?<low>${SIZE_WORD})(?:\\s*(?:-|–|to|or|/)\\s*(?<high>${SIZE_WORD}))?(?:\\s+(?:projects?|sized?|size))?\\s*[.!]?$`,
  'i',
)

/** The folded form a size table is keyed by: `Medium` → `medium`, `XL` → `xl`. */
export function sizeKeyOf(word: string): string {
  return word.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The size words of a text that is only a size (a note in brackets aside): `Large.`,
 * `Small to large. (Size is scalable)`, `medium-large`; `null` for other text.
 */
export function sizeWordsOf(text: string): { low: string; high: string } | null {
  const bare = text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[*_]/g, '')
    .trim()
  const m = SIZE_TEXT.exec(bare)
  if (!m?.groups) return null
  const low = sizeKeyOf(m.groups['low'] as string)
  return { low, high: m.groups['high'] === undefined ? low : sizeKeyOf(m.groups['high']) }
}

/** A size read through a table: `Small to large` = small's low end to large's high end. */
export function sizeEstimate(text: string, sizes: SizeTable): Estimate | null {
  const words = sizeWordsOf(text)
  if (words === null) return null
  const low = sizes.get(words.low)
  const high = sizes.get(words.high)
  if (low === undefined || high === undefined) return null
  return {
    kind: 'estimate',
    low: Math.min(low.low, high.low),
    high: Math.max(low.high, high.high),
    text,
    parts: [...low.parts, ...(words.high === words.low ? [] : high.parts)],
    approximate: low.approximate || high.approximate,
    notes: [],
  }
}

/**
 * Lines of a document that define a size (`Small: 90 hours`, `* **Medium** – 175 hours`,
 * `Large projects (350 hours)`, `| L | 350 hours |`): the word and the text of its meaning.
 * Only whole lines that say nothing else, so prose about sizes defines nothing.
 */
const DEFINITION = new RegExp(
  `^[ \\t]*(?:[-*+][ \\t]+|\\d+[.)][ \\t]+|\\|[ \\t]*)?(?:\\*\\*|__)?(?<word>${SIZE_WORD})(?:[ \\t]+projects?)?(?:\\*\\*|__)?[ \\t]*(?:[:=|(–—-]|\\*\\*:|:\\*\\*)[ \\t]*(?:\\*\\*|__)?[ \\t]*(?<meaning>~?[ \\t]*\\d+(?:[ \\t]*(?:-|–|to|or)[ \\t]*\\d+)?[ \\t]*(?:hours|hrs|hr|h|days|weeks|months)\\b)[^\\n]{0,40}$`,
  'gim',
)

/** The size definitions a document writes, each word's first one. */
export function definedSizes(text: string): { word: string; meaning: string }[] {
  const out: { word: string; meaning: string }[] = []
  const seen = new Set<string>()
  // Definitions sit in short lines; a scan over a huge note is one regular-expression pass.
  for (const m of text.matchAll(DEFINITION)) {
    const word = sizeKeyOf(m.groups?.['word'] as string)
    if (seen.has(word)) continue
    seen.add(word)
    out.push({ word, meaning: (m.groups?.['meaning'] as string).trim() })
  }
  return out
}
