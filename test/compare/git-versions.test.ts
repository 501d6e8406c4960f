/**
 * Versions of a note in git that are not notes — a binary commit, bytes that are not
 * UTF-8 — are read exactly as the same bytes on disk would be: refused by `diff`, left out
 * of `history`, `report` and the page with a warning naming the commit. And a note is
 * followed in its own repository, wherever Waymark is run from.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { realIO } from '../support/real-io.js'

const note = (weeks: number): string =>
  `---\ntitle: Plan\ndate: 2024-01-0${weeks}\n---\n\n# Plan\n\n### Topic: Loader\n\n**Owner**: Ada Lovelace\n\n**Estimated duration**: ${weeks} weeks\n\n### Topic: Shell\n\n**Owner**: Alan Turing\n\n**Estimated duration**: 2 weeks\n`

let repo = ''
let elsewhere = ''
const commits: string[] = []

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'waymark-versions-'))
  elsewhere = mkdtempSync(join(tmpdir(), 'waymark-elsewhere-'))
  const git = (args: string[], date: string): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    })
  git(['init', '-q', '-b', 'main'], '2024-01-01')
  git(['config', 'user.email', 'test@example.com'], '2024-01-01')
  git(['config', 'user.name', 'Test'], '2024-01-01')
  const versions: [string, Buffer][] = [
    ['2024-01-01', Buffer.from(note(1))],
    ['2024-01-08', Buffer.concat([Buffer.from(note(2)), Buffer.from([0, 1, 2, 0])])],
    ['2024-01-15', Buffer.concat([Buffer.from(note(3)), Buffer.from([0xff, 0xfe, 0x41])])],
    ['2024-01-22', Buffer.from(note(4))],
  ]
  for (const [date, bytes] of versions) {
    writeFileSync(join(repo, 'notes.md'), bytes)
    git(['add', 'notes.md'], date)
    git(['commit', '-q', '-m', `Meeting ${date}`], date)
    commits.push(git(['rev-parse', 'HEAD'], date).trim())
  }
})
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(elsewhere, { recursive: true, force: true })
})

/** Runs the CLI with git run from `cwd` (the repository unless said), on the note by its absolute path. */
const run = async (args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> => {
  const { io, stdout, stderr } = realIO({ gitDir: cwd, today: '2024-02-01' })
  const code = await runCli(
    args.map((a) => (a === 'notes.md' ? join(repo, a) : a)),
    io,
  )
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('unreadable versions in git', () => {
  it('history leaves the binary and the non-UTF-8 commit out, naming each', async () => {
    const { code, stdout, stderr } = await run(['history', 'notes.md', '--json', '--samples', '20'])
    expect(code).toBe(0)
    const history = JSON.parse(stdout) as { versions: { date: string }[] }
    expect(history.versions.map((v) => v.date)).toEqual(['2024-01-01', '2024-01-22'])
    const warnings = stderr.trim().split('\n')
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(
      new RegExp(
        `^waymark: warning: skipping commit ${commits[1]?.slice(0, 7)} \\(2024-01-08\\): .*notes\\.md: not a text file \\(binary data: a NUL byte at offset`,
      ),
    )
    expect(warnings[1]).toMatch(
      new RegExp(`skipping commit ${commits[2]?.slice(0, 7)} \\(2024-01-15\\): .*invalid UTF-8 \\(byte 0xff at line 19`),
    )
  })

  it('the report keeps its slip section', async () => {
    const out = join(repo, 'out')
    mkdirSync(out, { recursive: true })
    const { code, stderr } = await run(['report', 'notes.md', '--samples', '20', '-o', join(out, 'ROADMAP.md')])
    expect(code).toBe(0)
    expect(stderr).toContain('skipping commit')
    expect(readFileSync(join(out, 'ROADMAP.md'), 'utf8')).toContain('## Slip')
  })

  it('diff refuses a non-UTF-8 revision with the words a file on disk gets', async () => {
    const { code, stderr } = await run(['diff', commits[2] as string, commits[3] as string, '--', 'notes.md'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/notes\.md: invalid UTF-8 \(byte 0xff at line 19, column 1\); save the file as UTF-8\n$/)
    const disk = join(elsewhere, 'bad.md')
    writeFileSync(disk, Buffer.concat([Buffer.from(note(3)), Buffer.from([0xff, 0xfe, 0x41])]))
    const onDisk = await run(['lint', disk])
    expect(onDisk.stderr).toMatch(/invalid UTF-8 \(byte 0xff at line 19, column 1\); save the file as UTF-8\n$/)
  })
})

describe('a note in another repository', () => {
  it('is followed in its own repository when Waymark runs outside it', async () => {
    const { code, stdout } = await run(['history', 'notes.md', '--json', '--samples', '20'], elsewhere)
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as { versions: unknown[] }).versions).toHaveLength(2)
  })
})

describe('git outside a repository', () => {
  it("says what git said in one line (git's complaint comes as bytes)", async () => {
    const { nodeGit } = await import('../../src/cli/node/git.js')
    const outside = mkdtempSync(join(tmpdir(), 'waymark-no-repo-'))
    try {
      writeFileSync(join(outside, 'n.md'), '### Topic: A\n')
      const error = await nodeGit(outside)
        .log('n.md')
        .then(() => null)
        .catch((e: unknown) => e)
      // Either git says there is no repository (an input error, one line), or the folder is inside one.
      if (error !== null) {
        expect((error as Error).constructor.name).toBe('InputError')
        expect((error as Error).message).toMatch(/^git [a-z-]+: not a git repository/)
        expect((error as Error).message).not.toContain('\n')
      }
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})
