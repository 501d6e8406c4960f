/** The publishing commands in memory: gantt, graph, report and export, their options and their errors. */
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { cli, MemoryFileSystem, SEED_FILE, SEED_TEXT } from '../helpers.js'

const seedFs = (): MemoryFileSystem => new MemoryFileSystem({ [SEED_FILE]: SEED_TEXT })

function oneLineError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('waymark gantt', () => {
  it('prints one Mermaid Gantt chart for the seed', async () => {
    const { code, stdout } = await cli(['gantt', SEED_FILE], seedFs())
    expect(code).toBe(0)
    expect(stdout.startsWith('gantt\n    title Community Meeting, August 25, 2022\n')).toBe(true)
    expect(stdout.match(/:(crit, )?t\d+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$/gm)?.length).toBe(24)
    expect(stdout).not.toMatch(/\bafter\b|\bexcludes\b/)
  })

  it('fences the chart with --markdown, and splits it into fenced parts with --max-rows', async () => {
    const fenced = await cli(['gantt', SEED_FILE, '--markdown'], seedFs())
    expect(fenced.stdout.startsWith('```mermaid\ngantt\n')).toBe(true)
    const split = await cli(['gantt', SEED_FILE, '--max-rows', '10'], seedFs())
    expect(split.stdout.match(/^```mermaid$/gm)?.length).toBe(3)
    expect(split.stdout).toContain('(part 3 of 3)')
  })

  it('groups by status, priority or nothing', async () => {
    const byPriority = await cli(['gantt', SEED_FILE, '--by', 'priority'], seedFs())
    expect(byPriority.stdout).toContain('section Low priority')
    expect(byPriority.stdout).toContain('section No priority')
    const none = await cli(['gantt', SEED_FILE, '--by', 'none'], seedFs())
    expect(none.stdout).not.toContain('section')
  })

  it('writes the chart to a file, atomically, and never over an input', async () => {
    const fs = seedFs()
    expect((await cli(['gantt', SEED_FILE, '-o', 'roadmap.mmd'], fs)).code).toBe(0)
    expect(fs.writes).toEqual(['roadmap.mmd'])
    expect(fs.text('roadmap.mmd').startsWith('gantt\n')).toBe(true)
    oneLineError(await cli(['gantt', SEED_FILE, '-o', SEED_FILE], fs), /refusing to write over an input file/)
    expect(fs.text(SEED_FILE)).toBe(SEED_TEXT)
  })

  it('rejects unknown choices in one line', async () => {
    oneLineError(
      await cli(['gantt', SEED_FILE, '--by', 'team'], seedFs()),
      /--by: expected one of owner, status, priority, none, got “team”/,
    )
    oneLineError(await cli(['gantt', SEED_FILE, '--max-rows', '0'], seedFs()), /--max-rows: expected a whole number from 1/)
    oneLineError(await cli(['gantt'], seedFs()), /no file given/)
  })
})

describe('waymark graph', () => {
  it('prints the dependency graph as a Mermaid flowchart, or as DOT', async () => {
    const mermaid = await cli(['graph', SEED_FILE], seedFs())
    expect(mermaid.code).toBe(0)
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true)
    expect(mermaid.stdout.match(/ --> /g)?.length).toBe(7)
    const dot = await cli(['graph', SEED_FILE, '--format', 'dot'], seedFs())
    expect(dot.stdout.startsWith('digraph roadmap {')).toBe(true)
    oneLineError(await cli(['graph', SEED_FILE, '--format', 'png'], seedFs()), /--format: expected one of mermaid, dot/)
  })

  it('warns when a graph is too large for GitHub to render', async () => {
    const { text } = generateRoadmap({ topics: 700, people: 100, prerequisites: 1.5, seed: 3 })
    const { code, stderr } = await cli(['graph', 'big.md', '--budget', '30'], new MemoryFileSystem({ 'big.md': text }))
    expect(code).toBe(0)
    expect(stderr).toMatch(/warning: the graph has .* so GitHub will not render it; use --format dot/)
  })
})

describe('waymark report', () => {
  it('writes ROADMAP.md with the roadmap, the queues and the to-do list', async () => {
    const fs = seedFs()
    const { code, stdout } = await cli(['report', SEED_FILE, '-o', 'ROADMAP.md'], fs)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const page = fs.text('ROADMAP.md')
    expect(page).toContain('# Roadmap: Community Meeting, August 25, 2022')
    expect(page).toContain('### Marc Rittinghaus')
    expect(page).toContain('- **Critical path:** Unikernel Loader → Memory Randomization (ASLR).')
    expect(page).toContain('`waymark report examples/unikraft-community-2022-08-25.md -o ROADMAP.md`')
  })

  it('states the owner gap, the staffing table with its chart beside the page, and who could own each topic', async () => {
    const fs = seedFs()
    await cli(['report', SEED_FILE, '-o', 'ROADMAP.md', '--samples', '200'], fs)
    const page = fs.text('ROADMAP.md')
    expect(page).toContain('- **Owner gap:** 19 of 24 topics have no owner; the finish assumes each finds one when it can start')
    expect(page).toContain('## Staffing')
    expect(page).toContain('![Staffing: the finish against the number of extra people](ROADMAP-staffing.svg)')
    expect(page).toMatch(/^\| 0 \| never \(nobody takes the unowned topics\) \| — \| — \| 0% \|$/m)
    expect(page).toMatch(/^\d+ more people taking the 19 unowned topics meet the deadline 2023-12-31/m)
    expect(page).toContain('- [ ] Name an owner: Memory Randomization (ASLR)')
    expect(page).toMatch(/Name an owner: Memory Randomization \(ASLR\) .* — could be Marc Rittinghaus \(is its tech lead\)/)
    expect(fs.writes).toEqual(['ROADMAP-staffing.svg', 'ROADMAP.md'])
    expect(fs.text('ROADMAP-staffing.svg')).toContain('<polyline')
  })
})

describe('waymark export', () => {
  it('writes JSON, CSV and iCalendar', async () => {
    const json = JSON.parse((await cli(['export', '--format', 'json', SEED_FILE], seedFs())).stdout)
    expect(json).toMatchObject({ format: 'waymark-export', version: 1, generator: { name: 'waymark', version: '0.0.0-test' } })
    expect(json.plan.topics.length).toBe(24)
    const csv = (await cli(['export', '--format', 'csv', SEED_FILE], seedFs())).stdout
    expect(csv.split('\r\n').length).toBe(26)
    const ics = (await cli(['export', '-f', 'ics', SEED_FILE, '--start', '2022-09-05'], seedFs())).stdout
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(24)
    expect(ics).toContain('DTSTAMP:20261126T000000Z')
    expect(ics).toContain('DTSTART;VALUE=DATE:20220905')
  })

  it('names the formats when the format is missing or unknown', async () => {
    oneLineError(await cli(['export', SEED_FILE], seedFs()), /--format must be one of json, csv, ics, tjp/)
    oneLineError(await cli(['export', '--format', 'xlsx', SEED_FILE], seedFs()), /got “xlsx”/)
  })
})

describe('waymark site', () => {
  it('writes index.html and roadmap.json into the folder, atomically', async () => {
    const fs = seedFs()
    const { code, stderr } = await cli(['site', SEED_FILE, '-o', 'public/'], fs)
    expect(code).toBe(0)
    expect(fs.directories).toEqual(['public'])
    expect(fs.writes).toEqual(['public/roadmap.json', 'public/index.html'])
    expect(stderr).toBe('waymark site: wrote public/index.html and public/roadmap.json\n')
    const html = fs.text('public/index.html')
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/,
    )
    expect(html).not.toMatch(/<script src=|<link /)
    expect(JSON.parse(fs.text('public/roadmap.json'))).toMatchObject({ version: 1, title: 'Community Meeting, August 25, 2022' })
    // The staffing section, its chart inline; the owner gap and who could own each topic in the data.
    expect(html).toContain('<section id="staffing-section"')
    expect(html).toContain('<figure class="staffing-chart"><svg')
    const data = JSON.parse(fs.text('public/roadmap.json'))
    expect(data.ownerGap).toMatch(/^19 of 24 topics have no owner/)
    const item = data.todo
      .flatMap((t: { items: unknown[] }) => t.items)
      .find((i: { ask: string; topic: string }) => i.ask === 'name an owner' && i.topic === 'memory-randomization-aslr')
    expect(item.suggested[0]).toMatch(/^Marc Rittinghaus — is its tech lead/)
  })

  it('writes to ./site by default, and never over an input', async () => {
    const fs = seedFs()
    expect((await cli(['site', SEED_FILE], fs)).code).toBe(0)
    expect(fs.writes).toEqual(['site/roadmap.json', 'site/index.html'])
    const notes = new MemoryFileSystem({ 'docs/index.html': SEED_TEXT })
    const refused = await cli(['site', 'docs/index.html', '-o', 'docs'], notes)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/refusing to write over an input file/)
    expect(notes.writes).toEqual([])
  })
})
