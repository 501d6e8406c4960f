/** The CLI's heap growth: set once, unless the user chose their own. */
import { describe, expect, it } from 'vitest'
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from '../../src/cli/node/heap-growth.js'

describe('limitHeapGrowth', () => {
  const recorded = (): { set: (flags: string) => void; flags: string[] } => {
    const flags: string[] = []
    return { set: (f) => void flags.push(f), flags }
  }

  it('sets V8 heap growth when the user chose none', () => {
    const { set, flags } = recorded()
    expect(limitHeapGrowth([], undefined, set)).toBe(true)
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`])
  })

  it.each([
    [['--heap-growing-percent=200'], undefined],
    [['--heap_growing_percent', '200'], undefined],
    [[], '--max-old-space-size=4096 --heap-growing-percent=10'],
  ])('leaves the user’s own choice alone (%j, %j)', (execArgv, nodeOptions) => {
    const { set, flags } = recorded()
    expect(limitHeapGrowth(execArgv, nodeOptions, set)).toBe(false)
    expect(flags).toEqual([])
  })

  it('is not fooled by other flags', () => {
    const { set, flags } = recorded()
    expect(limitHeapGrowth(['--max-old-space-size=4096'], '--trace-gc', set)).toBe(true)
    expect(flags).toHaveLength(1)
  })
})
