/**
 * A progress bar on stderr for long work, drawn only on a terminal and at most ten
 * times a second: `  forecast ██████████░░░░░░░░░░  520/1,000`. It is erased when the
 * work ends, so it never mixes with the output.
 */
import type { Output } from './io.js'

/** A progress bar: `update` with the count done, `end` to erase it; `done` is the last count. */
export interface ProgressBar {
  readonly update: (done: number) => void
  readonly done: () => number
  readonly end: () => void
}

const WIDTH = 24

/** A bar for `total` steps on `stream`; drawn only when `shown` and `stream` is a terminal. */
export function progressBar(stream: Output, total: number, label: string, shown = true): ProgressBar {
  let last = 0
  let drawnAt = -Infinity
  let drawn = false
  const visible = shown && stream.isTTY
  return {
    update(done) {
      last = done
      if (!visible) return
      const now = performance.now()
      if (now - drawnAt < 100 && done < total) return
      drawnAt = now
      drawn = true
      const filled = Math.round((WIDTH * done) / Math.max(1, total))
      stream.write(
        `\r  ${label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}  ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
      )
    },
    done: () => last,
    end() {
      if (drawn) stream.write('\r\u001b[K')
    },
  }
}
