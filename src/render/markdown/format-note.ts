/**
 * `waymark fmt`: the note in canonical multi-line Markdown — the structure recovery's
 * text. Lossless (only whitespace changes) and idempotent by construction; see
 * `read/structure/recover.ts`.
 */
import { recoverStructure } from '../../read/structure/recover.js'

/** Formats a note. */
export function formatNote(text: string): string {
  return recoverStructure(text).text
}
