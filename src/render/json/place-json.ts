/** A place as JSON: `{ file, line, column }`, the shape every JSON output uses. */
import type { Place } from '../../model/place.js'

/** The place as JSON; `null` stays `null`. */
export function placeJson(p: Place): { file: string; line: number; column: number }
export function placeJson(p: Place | null): { file: string; line: number; column: number } | null
export function placeJson(p: Place | null): { file: string; line: number; column: number } | null {
  return p === null ? null : { file: p.file, line: p.line, column: p.column }
}
