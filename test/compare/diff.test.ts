/**
 * Comparing versions of a roadmap: topics paired by id and by likeness (renames), every
 * kind of change, how the plan moved — on the sample history of the seed in
 * examples/unikraft-history/, and on revisions read from a real git repository.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffRoadmaps } from '../../src/compare/roadmap-diff.js'
import type { RoadmapVersion } from '../../src/model/roadmap-version.js'
import { pairTopics } from '../../src/compare/topic-pairs.js'
import { runCli } from '../../src/cli/main.js'
import { ROOT } from '../helpers.js'
import { forecastNotes, planNotes } from '../support/planned.js'
import { realIO } from '../support/real-io.js'

const HISTORY = join(ROOT, 'examples/unikraft-history')
const revision = (name: string): string => readFileSync(join(HISTORY, name), 'utf8')

async function version(name: string, text: string): Promise<RoadmapVersion> {
  const p = planNotes({ [name]: text }, 300)
  return { label: name, roadmap: p.roadmap, plan: p.plan, forecast: await forecastNotes(p, 200) }
}

describe('pairTopics', () => {
  it('pairs the same ids, finds the rename, and nothing else', () => {
    const before = planNotes({ 'a.md': revision('2022-09-22.md') }).roadmap.topics
    const after = planNotes({ 'b.md': revision('2022-10-20.md') }).roadmap.topics
    const { pairs, added, removed } = pairTopics(before, after)
    expect(added).toEqual([])
    expect(removed).toEqual([])
    const renamed = pairs.filter((p) => p.renamed)
    expect(renamed.map((p) => [p.before.title, p.after.title])).toEqual([['Unikernel Loader', 'Unikraft ELF Loader']])
    expect(pairs.length).toBe(24)
  })

  it('does not take different topics for a rename', () => {
    const before = planNotes({ 'a.md': '### Topic: GDB stub\n\n**Owner**: Ana Lima\n' }).roadmap.topics
    const after = planNotes({ 'b.md': '### Topic: Kubernetes integration\n\n**Owner**: Bo Chen\n' }).roadmap.topics
    const { pairs, added, removed } = pairTopics(before, after)
    expect(pairs).toEqual([])
    expect(added.map((t) => t.title)).toEqual(['Kubernetes integration'])
    expect(removed.map((t) => t.title)).toEqual(['GDB stub'])
  })
})

describe('diffRoadmaps', () => {
  it('tells what changed from one meeting to the next and how the plan moved', async () => {
    const diff = diffRoadmaps(
      await version('2022-08-25', revision('2022-08-25.md')),
      await version('2022-09-22', revision('2022-09-22.md')),
    )
    const byTitle = new Map(diff.changed.map((c) => [c.title, c]))
    expect(byTitle.get('W^X Support')?.changes).toEqual([{ field: 'status', before: 'not started', after: 'done' }])
    expect(byTitle.get('W^X Support')?.finish).toEqual({ before: '2022-09-01', after: null, days: null })
    expect(byTitle.get('GDB stub')?.changes).toEqual([
      {
        field: 'estimate',
        before: '2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)',
        after: '4 - 6 weeks',
      },
      { field: 'status', before: 'not started', after: 'in progress (30%)' },
    ])
    expect(byTitle.get('Platform Rearchitecting')?.changes).toEqual([
      { field: 'owners', before: 'nobody', after: 'Simon Kuenzer' },
      { field: 'estimate', before: 'TODO months', after: '3 months' },
    ])
    // Four weeks later, nothing else done: the rest of the plan moves with the calendar.
    expect(diff.roadmap.finish.before).toBe('2023-06-15')
    expect(diff.roadmap.finish.days).toBeGreaterThan(0)
    expect(diff.roadmap.deadline.date).toBe('2023-12-31')
  })

  it('sees added and removed topics and changed prerequisites', async () => {
    const a =
      '### Topic: Core\n\n**Owner**: Ana Lima\n\n**Estimate**: 2 weeks\n\n---\n\n### Topic: Docs\n\n**Owner**: Bo Chen\n\n**Estimate**: 1 week\n'
    const b =
      '### Topic: Core\n\n**Owner**: Ana Lima\n\n**Estimate**: 2 weeks\n\n---\n\n### Topic: Website\n\n**Owner**: Bo Chen\n\n**Estimate**: 1 week\n\n**Prerequisites**: [[Core]]\n'
    const diff = diffRoadmaps(await version('a', a), await version('b', b))
    expect(diff.added.map((t) => t.title)).toEqual(['Website'])
    expect(diff.removed.map((t) => t.title)).toEqual(['Docs'])
    expect(diff.unchanged).toBe(1)
  })
})

describe('waymark diff on git revisions', () => {
  let repo = ''
  const gitIn = (args: string[], date: string): void => {
    execFileSync('git', args, {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      stdio: 'ignore',
    })
  }
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'waymark-git-'))
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo })
    execFileSync('git', ['config', 'user.email', 'test@example.com'], { cwd: repo })
    execFileSync('git', ['config', 'user.name', 'Test'], { cwd: repo })
    for (const name of ['2022-08-25.md', '2022-09-22.md', '2022-10-20.md']) {
      writeFileSync(join(repo, 'notes.md'), revision(name))
      gitIn(['add', 'notes.md'], name.slice(0, 10))
      gitIn(['commit', '-q', '-m', `Meeting ${name.slice(0, 10)}`], name.slice(0, 10))
    }
    writeFileSync(join(repo, 'notes.md'), revision('2022-11-17.md'))
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  const run = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const { io, stdout, stderr } = realIO({ gitDir: repo, today: '2022-11-17' })
    // Paths are absolute: test workers cannot change directory; git is run in the repository.
    const code = await runCli(
      args.map((a) => (a === 'notes.md' ? join(repo, a) : a)),
      io,
    )
    return { code, stdout: stdout(), stderr: stderr() }
  }

  it('reads both revisions with git', async () => {
    const { code, stdout } = await run(['diff', 'HEAD~2', 'HEAD', '--samples', '100', '--format', 'json', '--', 'notes.md'])
    expect(code).toBe(0)
    const diff = JSON.parse(stdout)
    expect(diff.before).toBe('HEAD~2')
    expect(diff.after).toBe('HEAD')
    expect(diff.changed.find((c: { renamed: boolean }) => c.renamed)?.title).toBe('Unikraft ELF Loader')
  })

  it('compares a revision with the files as they are', async () => {
    const { code, stdout } = await run(['diff', 'HEAD', '--samples', '100', '--', 'notes.md'])
    expect(code).toBe(0)
    expect(stdout).toContain('Changes from HEAD to the working tree')
    expect(stdout).toMatch(/GDB stub — no longer planned\n {4}status: in progress \(60%\) → done/)
  })

  it('puts the latest changes in the report: the working tree against the last commit', async () => {
    const { code, stdout } = await run(['report', 'notes.md', '--samples', '50'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^## Changes since [0-9a-f]{7} \(2022-10-20\)$/m)
    expect(stdout).toMatch(/\| GDB stub \| no longer planned \| status: in progress \(60%\) → done/)
    const explicit = await run(['report', 'notes.md', '--samples', '50', '--since', 'HEAD~2'])
    // Markdown escapes the tilde; GitHub shows HEAD~2.
    expect(explicit.stdout).toMatch(/^## Changes since HEAD\\~2$/m)
    expect(explicit.stdout).toContain('Unikraft ELF Loader (renamed from “Unikernel Loader”)')
  })

  it('puts the slip table and chart in the report and the page when git has versions of the note', async () => {
    const out = join(repo, 'out')
    mkdirSync(out, { recursive: true })
    const report = await run(['report', 'notes.md', '--samples', '50', '-o', join(out, 'ROADMAP.md')])
    expect(report.stderr).toBe('')
    expect(report.code).toBe(0)
    const page = readFileSync(join(out, 'ROADMAP.md'), 'utf8')
    expect(page).toContain('## Slip')
    expect(page).toContain('![Slip chart: the finish each version planned](ROADMAP-slip.svg)')
    expect(readFileSync(join(out, 'ROADMAP-slip.svg'), 'utf8')).toMatch(/^<svg xmlns=/)
    const site = await run(['site', 'notes.md', '--samples', '50', '-o', join(out, 'site')])
    expect(site.code).toBe(0)
    const html = readFileSync(join(out, 'site/index.html'), 'utf8')
    expect(html).toContain('<h2 id="slip-heading">Slip</h2>')
    expect(html).toContain('<figure class="slip-chart"><svg xmlns="http://www.w3.org/2000/svg"')
  })

  it('says what git says of a revision it does not know, in one line', async () => {
    const { code, stderr } = await run(['diff', 'nope', 'HEAD', '--', 'notes.md'])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/no revision nope/)
  })
})
