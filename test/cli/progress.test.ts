/** The progress bar: drawn only on a terminal, at most ten times a second, erased at the end. */
import { describe, expect, it } from 'vitest'
import { progressBar } from '../../src/cli/progress.js'

const stream = (isTTY: boolean) => {
  const writes: string[] = []
  return { writes, output: { write: (t: string) => void writes.push(t), isTTY } }
}

describe('progressBar', () => {
  it('draws on a terminal and erases itself', () => {
    const { writes, output } = stream(true)
    const bar = progressBar(output, 1000, 'forecast')
    bar.update(250)
    bar.update(260) // within 100 ms of the last: not drawn
    bar.update(1000) // the end is always drawn
    bar.end()
    expect(writes).toEqual([
      `\r  forecast ${'█'.repeat(6)}${'░'.repeat(18)}  250/1,000`,
      `\r  forecast ${'█'.repeat(24)}  1,000/1,000`,
      '\r\u001b[K',
    ])
    expect(bar.done()).toBe(1000)
  })

  it('draws nothing in a pipe, or when not asked to', () => {
    for (const [tty, shown] of [
      [false, true],
      [true, false],
    ] as const) {
      const { writes, output } = stream(tty)
      const bar = progressBar(output, 10, 'forecast', shown)
      bar.update(5)
      bar.end()
      expect(writes).toEqual([])
      expect(bar.done()).toBe(5)
    }
  })
})
