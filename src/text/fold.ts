/**
 * Case and accent folding, so `Răzvan` and `Razvan`, `Estimated Duration` and
 * `estimated duration` compare equal.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g
// Letters that NFD does not decompose but people type without their stroke.
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', ı: 'i' }

const ASCII = /^[\x00-\x7f]*$/

/** Lowercases and removes diacritics: `Ștefan Pîrvulescu` → `stefan pirvulescu`. */
export function foldText(text: string): string {
  // Most text is ASCII, which has nothing to decompose, strip or replace.
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßøđłæœı]/g, (c) => SPECIAL[c] ?? c)
}
