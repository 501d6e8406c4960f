/** The real executable, built by `npm test` before the tests run, on real files. */
import { execFile } from 'node:child_process'
import { chmod, lstat, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { nodeFileSystem } from '../../src/cli/node/io.js'
import { cli, MemoryFileSystem, ROOT, SEED_FILE, SEED_TEXT } from '../helpers.js'
import { runWaymark, type Run } from '../support/executable.js'

const run = (args: string[], cwd = ROOT): Promise<Run> => runWaymark(args, { cwd })

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-bin-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('bin/waymark.js', () => {
  it('lints the seed with exit 0', async () => {
    const { code, stdout } = await run(['lint', SEED_FILE])
    expect(code).toBe(0)
    expect(stdout).toContain('0 errors')
  })

  it('prints parse JSON for the seed', async () => {
    const { code, stdout } = await run(['parse', SEED_FILE, '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).topics).toHaveLength(24)
  })

  it('fails in one line with exit 2 on a missing file', async () => {
    const { code, stderr } = await run(['lint', 'missing.md'])
    expect(code).toBe(2)
    expect(stderr).toBe('waymark: missing.md: no such file or folder\n')
  })

  it('refuses a 50 MB file without reading it whole', async () => {
    const big = join(dir, 'big.md')
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x61))
    const { code, stderr } = await run(['lint', big])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('file is 50.0 MiB')
  })

  it('fmt --write replaces the file atomically and keeps its mode; nothing else is left behind', async () => {
    const file = join(dir, 'note.md')
    await writeFile(file, SEED_TEXT)
    await chmod(file, 0o640)
    const { code } = await run(['fmt', '--write', file])
    expect(code).toBe(0)
    const text = await readFile(file, 'utf8')
    expect(text.split('\n').length).toBeGreaterThan(300)
    expect((await stat(file)).mode & 0o777).toBe(0o640)
    expect((await readdir(dir)).filter((n) => n.includes('note'))).toEqual(['note.md'])
    const { stdout } = await run(['fmt', file])
    expect(stdout).toBe(text)
  })

  it('writes through a symlink to its target', async () => {
    const target = join(dir, 'target.md')
    const link = join(dir, 'link.md')
    await writeFile(target, '# A\ntext')
    await symlink(target, link)
    await nodeFileSystem.writeFile(link, '# B\n')
    expect(await readFile(target, 'utf8')).toBe('# B\n')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
  })

  it('reports a write it cannot do as one line', async () => {
    const ro = join(dir, 'no-such-folder')
    await expect(nodeFileSystem.writeFile(join(ro, 'x.md'), 'x')).rejects.toThrow(
      /x\.md: cannot be written: the folder .*no-such-folder does not exist$/,
    )
  })

  it('reads a large note on two threads into the same output as on one, and exits', async () => {
    // Over half a megabyte: large enough for the second thread.
    const text = generateRoadmap({ topics: 3500, people: 300, prerequisites: 2, seed: 1 }).text
    expect(text.length).toBeGreaterThan(512 * 1024)
    const file = join(dir, 'large.md')
    await writeFile(file, text)
    const twoThreads = await run(['parse', file, '--json'])
    const oneThread = await cli(['parse', file, '--json'], new MemoryFileSystem({ [file]: text }))
    expect(twoThreads.code).toBe(0)
    expect(twoThreads.stdout).toBe(oneThread.stdout)
  })

  it('exits quietly when the reader closes the pipe', async () => {
    const err = join(dir, 'stderr.txt')
    const script = `node bin/waymark.js parse ${SEED_FILE} --json 2>${err} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`
    const { stdout } = await promisify(execFile)('bash', ['-c', script], { cwd: ROOT })
    expect(stdout.trim()).toBe('0')
    expect(await readFile(err, 'utf8')).toBe('')
  })
})
