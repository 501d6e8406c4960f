/**
 * Strips characters from the ends of a text in linear time. An end-anchored regular
 * expression such as `/[.:]+$/` is tried at every position of a long run that does not
 * reach the end, which is quadratic on document text (100,000 dots before a letter).
 */

/** `text` without the characters of `chars` at its end. */
export function stripEnd(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--
  return end === text.length ? text : text.slice(0, end)
}

/** `text` without the characters of `chars` at its start and its end. */
export function stripEnds(text: string, chars: string): string {
  let start = 0
  while (start < text.length && chars.includes(text.charAt(start))) start++
  return start === text.length ? '' : stripEnd(text.slice(start), chars)
}
