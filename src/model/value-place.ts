/** Where a character of a field value's text is in the file. */
import type { TextAnchor, ValueItem } from './document.js'
import type { Place } from './place.js'

/**
 * The place of `item.text[index]`: the place of the last anchor at or before it, moved
 * right along that line (markup, indentation and escapes between anchors are not in the text).
 */
export function placeInValue(item: ValueItem, index: number): Place {
  // No anchors: the text starts at the item's place and runs along its line.
  if (item.anchors.length === 0) return { ...item.place, column: item.place.column + index }
  let anchor = item.anchors[0] as TextAnchor
  for (const a of item.anchors) {
    if (a.index > index) break
    anchor = a
  }
  return { ...anchor.place, column: anchor.place.column + Math.max(0, index - anchor.index) }
}
