/** The roadmap's deadline: the setting, or the window the notes give the roadmap. */
import { describe, expect, it } from 'vitest'
import { roadmapDeadline } from '../../src/plan/roadmap-deadline.js'
import { check, SEED_FILE, SEED_TEXT } from '../helpers.js'

const withAgenda = (item: string, title = 'Meeting') =>
  check({ 'n.md': `---\ntitle: ${title}\n---\n\n## Agenda\n\n- ${item}\n\n### Topic: A\n\n**Owner**: Ana Lima\n` }).roadmap

describe('roadmapDeadline', () => {
  it('ends the seed’s “OSS Roadmap (2022-2023)” on 2023-12-31', () => {
    const { roadmap } = check({ [SEED_FILE]: SEED_TEXT })
    expect(roadmapDeadline(roadmap, undefined)).toEqual({
      date: '2023-12-31',
      source: {
        kind: 'roadmap-window',
        text: 'OSS Roadmap (2022-2023)',
        place: expect.objectContaining({ file: SEED_FILE, line: 1 }),
      },
    })
  })

  it.each([
    ['Roadmap 2024', '2024-12-31'],
    ['The 2022–23 roadmap', '2023-12-31'],
    ['roadmap for 2025 to 2027', '2027-12-31'],
    ['Roadmap 2027 H1', '2027-06-30'],
    ['H2 2026 roadmap', '2026-12-31'],
    ['Roadmap Q3 2027', '2027-09-30'],
    ['FY2027 roadmap', '2027-12-31'],
  ])('reads “%s” as ending %s', (item, date) => {
    expect(roadmapDeadline(withAgenda(item), undefined)?.date).toBe(date)
  })

  it('reads a roadmap title too, and nothing without the word roadmap', () => {
    expect(roadmapDeadline(withAgenda('Intro', 'Roadmap 2026 kickoff'), undefined)?.date).toBe('2026-12-31')
    expect(roadmapDeadline(withAgenda('Plans for 2024'), undefined)).toBeNull()
    expect(roadmapDeadline(withAgenda('Roadmap, spring edition'), undefined)).toBeNull()
  })

  it('reads a fiscal year from the month it starts in', () => {
    expect(roadmapDeadline(withAgenda('FY2027 roadmap'), undefined, 4)?.date).toBe('2027-03-31')
  })

  it('lets the setting win', () => {
    expect(roadmapDeadline(withAgenda('Roadmap 2024'), '2024-06-30')).toEqual({ date: '2024-06-30', source: { kind: 'setting' } })
  })
})
