/** The topic matcher on its own: exact names, ranked titles for prose prerequisites, and mentions in prose. */
import { describe, expect, it } from 'vitest'
import { MAX_QUERY_WORDS, TopicMatcher } from '../../src/resolve/topic-matcher.js'

const topic = (id: string, title: string, aliases: string[] = []) => ({ id, title, aliases, anchor: id })
const matcher = new TopicMatcher([
  topic('gdb-stub', 'GDB stub'),
  topic('posix-mmap', 'POSIX mmap / mprotect'),
  topic('signals', 'Signal handling', ['uksignal']),
  topic('kubernetes', 'Kubernetes (containerd integration)'),
  topic('loader', 'Unikernel Loader'),
])

describe('TopicMatcher', () => {
  it('finds a topic by id, anchor, title or alias, case and accents aside', () => {
    expect(matcher.exact('gdb-stub')).toBe('gdb-stub')
    expect(matcher.exact('gdb STUB')).toBe('gdb-stub')
    expect(matcher.exact('UKSIGNAL')).toBe('signals')
    expect(matcher.exact('GDB')).toBeNull()
  })

  it('ranks titles for a prerequisite written in other words, best first, and can leave one out', () => {
    const ranked = matcher.rank('mmap and mprotect support')
    expect(ranked[0]?.id).toBe('posix-mmap')
    expect(ranked[0]?.score).toBeGreaterThan(0.5)
    expect(matcher.rank('mmap and mprotect support', 'posix-mmap').map((r) => r.id)).not.toContain('posix-mmap')
    expect(matcher.rank('something else entirely')).toEqual([])
  })

  it('scores a query by recall and precision, both between 0 and 1', () => {
    for (const r of matcher.rank('containerd for kubernetes')) {
      expect(r.recall).toBeGreaterThanOrEqual(0)
      expect(r.recall).toBeLessThanOrEqual(1)
      expect(r.precision).toBeGreaterThanOrEqual(0)
      expect(r.precision).toBeLessThanOrEqual(1)
    }
  })

  it('finds topics named in prose, with where, and not the topic itself', () => {
    const prose = 'This needs the unikernel loader first; the GDB stub helps with debugging.'
    const found = matcher.mentions(prose)
    expect(found.map((m) => m.id).sort()).toEqual(['gdb-stub', 'loader'])
    for (const m of found) expect(prose.slice(m.index, m.index + m.text.length)).toBe(m.text)
    expect(matcher.mentions(prose, 'loader').map((m) => m.id)).toEqual(['gdb-stub'])
  })

  it('stays bounded on a query longer than it reads', () => {
    const long = Array.from({ length: MAX_QUERY_WORDS * 4 }, (_, i) => `word${i}`).join(' ') + ' gdb stub'
    expect(() => matcher.rank(long)).not.toThrow()
  })
})
