/** Action items across meetings: open until a later note marks them done; carried over when no longer listed. */
import { describe, expect, it } from 'vitest'
import { carriedActions } from '../../src/compare/carried-actions.js'
import { check } from '../helpers.js'

const meeting = (date: string, items: string): { date: string; roadmap: ReturnType<typeof check>['roadmap'] } => ({
  date,
  roadmap: check({
    [`${date}.md`]: `---\ntitle: Meeting\ndate: ${date}\nparticipants: [Ana Lima, Bo Chen]\n---\n\n## TODOs\n\n${items}\n`,
  }).roadmap,
})

describe('carriedActions', () => {
  it('closes an item marked done later, keeps one no longer listed, and measures their age', () => {
    const open = carriedActions([
      meeting('2024-01-04', '- [ ] Ana Lima: Draft version of roadmap\n- [ ] Bo Chen: Ask the foundation for CI credits'),
      meeting('2024-02-01', '- [x] Ana Lima: Draft the roadmap version\n- [ ] Bo Chen: Book the venue'),
      meeting('2024-03-07', '- [ ] Bo Chen: Book the venue'),
    ])
    expect(open.map((a) => [a.assignees.join(', '), a.text, a.firstSeen, a.lastSeen, a.ageDays])).toEqual([
      ['Bo Chen', 'Ask the foundation for CI credits', '2024-01-04', '2024-01-04', 63],
      ['Bo Chen', 'Book the venue', '2024-02-01', '2024-03-07', 35],
    ])
  })

  it('reads “— done” at the end of an item as done', () => {
    const open = carriedActions([
      meeting('2024-01-04', '- Ana Lima: Send the PR for review'),
      meeting('2024-02-01', '- Ana Lima: Send the PR for review — done'),
    ])
    expect(open).toEqual([])
  })

  it('does not take another person’s item for the same one', () => {
    const open = carriedActions([
      meeting('2024-01-04', '- [ ] Ana Lima: Book the venue'),
      meeting('2024-02-01', '- [x] Bo Chen: Book the venue'),
    ])
    expect(open.map((a) => a.assignees)).toEqual([['Ana Lima']])
  })
})
