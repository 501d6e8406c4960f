/**
 * Outputs never destroy what is at the path: devices and pipes are written in place, not
 * replaced by regular files; links are written through, never replaced; folders and links
 * to nothing are refused; `fmt --write` refuses what the user may not write and keeps a
 * file's mode, owner and group. Run on real files with the real executable; the cases
 * that need root (device nodes, another user) are skipped, saying so, without it.
 */
import { execFile, spawn } from 'node:child_process'
import { chmod, chown, lstat, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_FILE, ROOT } from '../helpers.js'
import { runWaymark } from '../support/executable.js'

const NOBODY = 65534
const isRoot = process.getuid?.() === 0
const note = join(ROOT, SEED_FILE)
/** A note `fmt` changes (three blank lines become one). */
const UNFORMATTED = '# Plan\n\n\n\n### Topic: Loader\n\n**Owner**: Ada Lovelace\n'

let dir = ''
/** Whether the executable can run as `nobody` here (the checkout must be readable by all). */
let nobodyCanRun = false

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-output-'))
  await chmod(dir, 0o755)
  if (isRoot) nobodyCanRun = (await runWaymark(['--version'], { uid: NOBODY, gid: NOBODY })).code === 0
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const mknod = (path: string, major: number, minor: number): Promise<unknown> =>
  promisify(execFile)('mknod', [path, 'c', String(major), String(minor)])

describe('-o to what is not a regular file', () => {
  it.runIf(isRoot)('writes a character device in place and reports a full one in one line', async () => {
    const full = join(dir, 'full')
    const sink = join(dir, 'null')
    await mknod(full, 1, 7) // as /dev/full
    await mknod(sink, 1, 3) // as /dev/null
    const failed = await runWaymark(['gantt', note, '-o', full])
    expect(failed.code).toBe(2)
    expect(failed.stderr).toBe(`waymark: ${full}: cannot be written: no space left on the device (ENOSPC)\n`)
    expect((await lstat(full)).isCharacterDevice()).toBe(true)
    const written = await runWaymark(['gantt', note, '-o', sink])
    expect(written).toMatchObject({ code: 0, stderr: '' })
    expect((await lstat(sink)).isCharacterDevice()).toBe(true)
  })

  it('writes /dev/null in place', async () => {
    const run = await runWaymark(['graph', note, '-o', '/dev/null'])
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true)
  })

  it('writes through a link to its own standard output (a pipe, as a shell makes one), and the link stays a link', async () => {
    const link = join(dir, 'stdout-link')
    await symlink('/proc/self/fd/1', link)
    const script = `"$0" bin/waymark.js gantt "$1" -o "$2" | cat; echo "exit \${PIPESTATUS[0]}"`
    const { stdout } = await promisify(execFile)('bash', ['-c', script, process.execPath, note, link], { cwd: ROOT })
    expect(stdout).toMatch(/^gantt\n[^]*\nexit 0\n$/)
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
  })

  it('writes into a FIFO for the program reading it', async () => {
    const fifo = join(dir, 'fifo')
    await promisify(execFile)('mkfifo', [fifo])
    const reader = spawn('cat', [fifo])
    let read = ''
    reader.stdout.on('data', (chunk: Buffer) => void (read += chunk.toString('utf8')))
    const closed = new Promise((resolve) => reader.on('close', resolve))
    const run = await runWaymark(['gantt', note, '-o', fifo])
    await closed
    expect(run.code).toBe(0)
    expect(read).toMatch(/^gantt\n/)
    expect((await lstat(fifo)).isFIFO()).toBe(true)
  })

  it('refuses a folder, a link to nothing and a link loop in one line each, and changes none of them', async () => {
    const folder = join(dir, 'folder')
    const dangling = join(dir, 'dangling')
    const loop = join(dir, 'loop-a')
    await mkdir(folder)
    await symlink(join(dir, 'nowhere'), dangling)
    await symlink(join(dir, 'loop-b'), loop)
    await symlink(loop, join(dir, 'loop-b'))
    const cases: [string, RegExp][] = [
      [folder, /is a folder, not a file to write; give a file name$/],
      [dangling, /a symbolic link to nothing; refusing to replace the link/],
      [loop, /cannot be written: too many symbolic links \(a link loop\?\) \(ELOOP\)$/],
    ]
    for (const [path, message] of cases) {
      const run = await runWaymark(['gantt', note, '-o', path])
      expect(run.code).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr.trim()).toMatch(message)
      expect(run.stderr).not.toContain('internal error')
    }
    expect((await lstat(folder)).isDirectory()).toBe(true)
    expect((await lstat(dangling)).isSymbolicLink()).toBe(true)
    expect((await lstat(loop)).isSymbolicLink()).toBe(true)
  })

  it('reads a link loop given as a note as an input error, not a bug', async () => {
    const loop = join(dir, 'read-loop.md')
    await symlink(loop, loop)
    const run = await runWaymark(['lint', loop])
    expect(run).toMatchObject({
      code: 2,
      stderr: `waymark: ${loop}: cannot be read: too many symbolic links (a link loop?) (ELOOP)\n`,
    })
  })
})

describe('fmt --write and the file it replaces', () => {
  it('keeps the mode whatever the umask, set-group-id bit included', async () => {
    for (const mode of [0o664, 0o2775, 0o600]) {
      const file = join(dir, `mode-${mode.toString(8)}.md`)
      await writeFile(file, UNFORMATTED)
      await chmod(file, mode)
      const run = await runWaymark(['fmt', '--write', file], { umask: 0o077 })
      expect(run.code).toBe(0)
      expect(await readFile(file, 'utf8')).not.toBe(UNFORMATTED)
      expect((await stat(file)).mode & 0o7777).toBe(mode)
    }
  })

  it.runIf(isRoot)("keeps another user's file theirs when root formats it", async () => {
    const file = join(dir, 'theirs.md')
    await writeFile(file, UNFORMATTED)
    await chown(file, NOBODY, NOBODY)
    expect((await runWaymark(['fmt', '--write', file])).code).toBe(0)
    const info = await stat(file)
    expect([info.uid, info.gid]).toEqual([NOBODY, NOBODY])
  })

  it.runIf(isRoot)('refuses, as the OS would, a file the user may not write, even in a folder open to all', async (ctx) => {
    if (!nobodyCanRun) ctx.skip('the checkout is not readable by nobody here')
    const open = join(dir, 'open')
    await mkdir(open)
    await chmod(open, 0o777)
    const rootsFile = join(open, 'roots.md')
    const readOnly = join(open, 'read-only.md')
    await writeFile(rootsFile, UNFORMATTED)
    await chmod(rootsFile, 0o644)
    await writeFile(readOnly, UNFORMATTED)
    await chown(readOnly, NOBODY, NOBODY)
    await chmod(readOnly, 0o444)
    for (const file of [rootsFile, readOnly]) {
      const before = await stat(file)
      const run = await runWaymark(['fmt', '--write', file], { uid: NOBODY, gid: NOBODY })
      expect(run).toMatchObject({ code: 2, stderr: `waymark: ${file}: cannot be written: permission denied (EACCES)\n` })
      expect(await readFile(file, 'utf8')).toBe(UNFORMATTED)
      const after = await stat(file)
      expect([after.uid, after.gid, after.mode, after.ino]).toEqual([before.uid, before.gid, before.mode, before.ino])
    }
  })

  it.runIf(isRoot)('says when a group cannot be kept (only root may give a file away)', async (ctx) => {
    if (!nobodyCanRun) ctx.skip('the checkout is not readable by nobody here')
    const open = join(dir, 'shared')
    await mkdir(open)
    await chmod(open, 0o777)
    const file = join(open, 'group-root.md')
    await writeFile(file, UNFORMATTED)
    await chown(file, NOBODY, 0)
    await chmod(file, 0o664)
    const run = await runWaymark(['fmt', '--write', file], { uid: NOBODY, gid: NOBODY })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      `waymark: warning: ${file}: written, but its group (gid 0, now ${NOBODY}) could not be kept: only root may give a file away\n`,
    )
    expect(await readFile(file, 'utf8')).not.toBe(UNFORMATTED)
    expect((await stat(file)).mode & 0o7777).toBe(0o664)
  })
})
