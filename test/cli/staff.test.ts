/** `waymark staff` in memory: the table and verdict, the JSON contract, the chart, and its text escaped. */
import { describe, expect, it } from 'vitest'
import { cli, MemoryFileSystem, SEED_FILE, SEED_TEXT } from '../helpers.js'

const seedFs = (): MemoryFileSystem => new MemoryFileSystem({ [SEED_FILE]: SEED_TEXT })

describe('waymark staff', () => {
  it('prints the finish for 0, 1, 2, … more people, the fewest for the deadline and the suggestions', async () => {
    const { code, stdout } = await cli(['staff', SEED_FILE, '--samples', '200'], seedFs())
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Staffing for “Community Meeting, August 25, 2022”: 19 unowned topics; 200 samples, seed 1$/m)
    expect(stdout).toMatch(/^0 +never \(nobody takes the unowned topics\)/m)
    expect(stdout).toMatch(/^1 +\d{4}-\d\d-\d\d +\d{4}-\d\d-\d\d +\d{4}-\d\d-\d\d +\S+%$/m)
    expect(stdout).toMatch(/^as planned \(up to 13 at once\) +2023-06-15 /m)
    expect(stdout).toMatch(
      /^\d+ more people taking the 19 unowned topics meet the deadline 2023-12-31 in at least 85% of the samples; fewer do not\.$/m,
    )
    expect(stdout).toContain('◀ fewest for the deadline')
    expect(stdout).toContain('  Memory Randomization (ASLR)\n    Marc Rittinghaus — is its tech lead')
  })

  it('prints the JSON contract, dates ISO', async () => {
    const { stdout } = await cli(['staff', SEED_FILE, '--json', '--samples', '200', '--most', '3'], seedFs())
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['deadline', 'unowned', 'options', 'smallestForDeadline', 'blockedBy', 'suggestions']),
    )
    expect(json.deadline).toBe('2023-12-31')
    expect(json.unowned).toHaveLength(19)
    expect(json.options.map((o: { extra: number }) => o.extra)).toEqual([0, 1, 2, 3])
    for (const o of json.options.slice(1)) {
      expect(Object.keys(o)).toEqual(['extra', 'finish', 'p50', 'p85', 'deadlineChance'])
      expect(o.finish).toMatch(/^\d{4}-\d\d-\d\d$/)
    }
    // Three more are too few, and more were not tried: none is known to meet it.
    expect(json.smallestForDeadline).toBeNull()
    expect(json.suggestions[0]).toMatchObject({ topic: 'memory-randomization-aslr' })
    expect(json.suggestions[0].candidates[0]).toMatchObject({ person: 'Marc Rittinghaus', reasons: expect.any(Array) })
  })

  it('writes the chart, its text escaped', async () => {
    const note = '# Roadmap <script>&\n\n### Topic: A\n**Owner**: TODO\n**Estimated duration**: 2 weeks\n'
    const fs = new MemoryFileSystem({ 'n.md': note })
    const { code } = await cli(['staff', 'n.md', '--samples', '50', '--chart', 'staff.svg'], fs)
    expect(code).toBe(0)
    const svg = fs.text('staff.svg')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('Staffing: Roadmap &#60;script&#62;&#38;')
    expect(svg).not.toContain('<script')
    expect(svg).toContain('<polyline')
  })
})
