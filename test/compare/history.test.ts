/**
 * Following a roadmap through its versions: a folder of dated notes (the sample history
 * of the seed) and a file's real git history give the same tracks; renames are followed;
 * slips are measured; the slip chart is valid SVG that names what it draws.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { nodeFileSystem } from '../../src/cli/node/io.js'
import { ROOT } from '../helpers.js'
import { realIO } from '../support/real-io.js'

const HISTORY = join(ROOT, 'examples/unikraft-history')

async function run(
  args: string[],
  cwd = ROOT,
): Promise<{ code: number; stdout: string; stderr: string; files: Map<string, string> }> {
  const files = new Map<string, string>()
  const fs = { ...nodeFileSystem, writeFile: async (path: string, data: string) => (files.set(path, data), []) }
  const { io, stdout, stderr } = realIO({ gitDir: cwd, fs })
  const code = await runCli(args, io)
  return { code, stdout: stdout(), stderr: stderr(), files }
}

interface Track {
  title: string
  slipDays: number
  done: boolean
  firstSeen: { date: string }
  points: { date: string; finish: string | null; title: string }[]
}

describe('waymark history of a folder of dated notes', () => {
  let history: { versions: { date: string; finish: string }[]; topics: Track[] }
  beforeAll(async () => {
    const { code, stdout } = await run(['history', HISTORY, '--json', '--samples', '100'])
    expect(code).toBe(0)
    history = JSON.parse(stdout)
  })

  it('reads the versions in date order, each planned from its own meeting', () => {
    expect(history.versions.map((v) => v.date)).toEqual(['2022-08-25', '2022-09-22', '2022-10-20', '2022-11-17'])
    expect(history.versions[0]?.finish).toBe('2023-06-15')
    const finishes = history.versions.map((v) => v.finish)
    expect([...finishes].sort()).toEqual(finishes)
  })

  it('follows the renamed loader as one topic and measures every slip', () => {
    const loader = history.topics.find((t) => t.title === 'Unikraft ELF Loader') as Track
    expect(loader.points.map((p) => p.title)).toEqual([
      'Unikernel Loader',
      'Unikernel Loader',
      'Unikraft ELF Loader',
      'Unikraft ELF Loader',
    ])
    expect(history.topics.length).toBe(24)
    const wx = history.topics.find((t) => t.title === 'W^X Support') as Track
    expect(wx).toMatchObject({ done: true, slipDays: 0 })
    const gdb = history.topics.find((t) => t.title === 'GDB stub') as Track
    expect(gdb.done).toBe(true)
    expect(gdb.slipDays).toBeGreaterThan(30)
    const slips = history.topics.map((t) => t.slipDays)
    expect([...slips].sort((a, b) => b - a)).toEqual(slips)
  })

  it('draws the slip chart', async () => {
    const { code, files } = await run(['history', HISTORY, '--samples', '100', '--svg', 'slip.svg'])
    expect(code).toBe(0)
    const svg = files.get('slip.svg') as string
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.match(/<polyline /g)?.length).toBe(9)
    expect(svg).toContain('The roadmap (+16 weeks)')
    expect(svg).toContain('<title id="slip-title">Slip chart: Community Meeting, November 17, 2022</title>')
  })
})

describe('waymark history of a file in git', () => {
  let repo = ''
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'waymark-history-'))
    const git = (args: string[], date?: string): void => {
      execFileSync('git', args, {
        cwd: repo,
        stdio: 'ignore',
        env: {
          ...process.env,
          ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
        },
      })
    }
    git(['init', '-q', '-b', 'main'])
    git(['config', 'user.email', 'test@example.com'])
    git(['config', 'user.name', 'Test'])
    for (const name of ['2022-08-25.md', '2022-09-22.md', '2022-10-20.md', '2022-11-17.md']) {
      const date = name.slice(0, 10)
      // The notes moved to a folder after the second meeting: history follows the rename.
      const path = date < '2022-10-01' ? 'notes.md' : 'roadmap/notes.md'
      if (date === '2022-10-20') {
        execFileSync('mkdir', ['-p', join(repo, 'roadmap')])
        git(['mv', 'notes.md', path])
      }
      writeFileSync(join(repo, path), readFileSync(join(HISTORY, name), 'utf8'))
      git(['add', path], date)
      git(['commit', '-q', '-m', `Notes of ${date}`], date)
    }
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  it('gives the same history as the folder, dated by the commits', async () => {
    const fromGit = await run(['history', join(repo, 'roadmap/notes.md'), '--json', '--samples', '100'], repo)
    expect(fromGit.stderr).toBe('')
    expect(fromGit.code).toBe(0)
    const fromFolder = await run(['history', HISTORY, '--json', '--samples', '100'])
    const a = JSON.parse(fromGit.stdout)
    const b = JSON.parse(fromFolder.stdout)
    expect(a.versions.map((v: { subject: string }) => v.subject)).toEqual([
      'Notes of 2022-08-25',
      'Notes of 2022-09-22',
      'Notes of 2022-10-20',
      'Notes of 2022-11-17',
    ])
    expect(a.versions.map((v: { finish: string }) => v.finish)).toEqual(b.versions.map((v: { finish: string }) => v.finish))
    expect(a.topics.map((t: Track) => [t.title, t.slipDays])).toEqual(b.topics.map((t: Track) => [t.title, t.slipDays]))
  })

  it('says so when the file has no commits', async () => {
    writeFileSync(join(repo, 'new.md'), '### Topic: A\n')
    const { code, stderr } = await run(['history', join(repo, 'new.md')], repo)
    expect(code).toBe(2)
    expect(stderr).toMatch(/git has no commits of this file/)
  })
})
