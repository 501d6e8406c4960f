/**
 * A fix for micromark's `EditMap.consume` (micromark-util-edit-map 2.x), loaded before
 * any note is parsed.
 *
 * micromark's document tokenizer makes an edit map each time containers close (every
 * nested list item that ends, every lazy line) with edits near the end of the event list,
 * and `consume` then copies the whole list — everything before the first edit included —
 * and pushes it back. A note of nested bullets is therefore quadratic: 8,000 lines of
 * `- a` / `  - b` / `    - c` took 45 s. This `consume` leaves the events before the first
 * edit where they are and rebuilds only the rest, which gives the same events (a property
 * test compares it with the original on random edits) in time proportional to what
 * changes.
 */
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'

/** An edit as `EditMap` keeps it: at, how many to remove, what to add. */
type Change = [number, number, Event[]]

/** The original `consume`, kept for the test that compares the two. */
export const originalConsume: (this: EditMap, events: Event[]) => undefined = EditMap.prototype.consume

/** `consume` that rebuilds the events only from the first edit on. */
export function consumeFromFirstEdit(this: EditMap, events: Event[]): undefined {
  const map = (this as unknown as { map: Change[] }).map
  map.sort((a, b) => a[0] - b[0])
  if (map.length === 0) return undefined
  const pieces: Event[][] = []
  for (let k = map.length - 1; k >= 0; k--) {
    const [at, remove, add] = map[k] as Change
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  // `events` now holds what comes before the first edit; the pieces follow, in order.
  for (let piece = pieces.pop(); piece !== undefined; piece = pieces.pop()) for (const event of piece) events.push(event)
  map.length = 0
  ;(this as unknown as { index?: Map<number, Change> }).index?.clear()
  return undefined
}

EditMap.prototype.consume = consumeFromFirstEdit
