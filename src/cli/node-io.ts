/** The real CLI side effects, on Node's file system and process streams. */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { OutputError } from './errors.js'
import { parallelChunkParser } from './parallel-markdown.js'
import { nodeGit } from './node-git.js'
import { parallelSampleRunner } from './parallel-samples.js'
import type { CliIO, DirectoryEntry, FileSystem, PathInfo } from './io.js'

const kindOf = (s: { isFile(): boolean; isDirectory(): boolean }): PathInfo['kind'] =>
  s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other'

/** Node's file system. */
export const nodeFileSystem: FileSystem = {
  async stat(path) {
    try {
      const s = await stat(path)
      return { kind: kindOf(s), size: s.size }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null
      throw error
    }
  },
  readFile: (path) => readFile(path),
  async readDirectory(path): Promise<DirectoryEntry[]> {
    const entries = await readdir(path, { withFileTypes: true })
    return entries.map((e) => ({ name: e.name, kind: kindOf(e) }))
  },
  realPath: (path) => realpath(path),
  async makeDirectory(path) {
    try {
      await mkdir(path, { recursive: true })
    } catch (error) {
      throw new OutputError(
        `${path}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      )
    }
  },
  /**
   * Writes beside the target and renames over it: a crash leaves the old file or the new
   * one, never half of one. The target's permissions are kept; a symlink's target is written.
   */
  async writeFileAtomic(path, data) {
    let target = path
    let mode = 0o644
    try {
      target = await realpath(path)
      mode = (await stat(target)).mode & 0o7777
    } catch {
      // A new file.
    }
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    try {
      const handle = await open(temp, 'wx', mode)
      try {
        await handle.writeFile(data, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temp, target)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw new OutputError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  },
}

/** The process's IO; `interrupt` is aborted on Ctrl-C. */
export function nodeIO(version: string, interrupt?: AbortSignal): CliIO {
  // The worker script is built beside this module (dist/cli/).
  const parallelParsing = parallelChunkParser(new URL('./markdown-worker.js', import.meta.url))
  return {
    fs: nodeFileSystem,
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    env: process.env,
    version,
    // The local calendar date: a plan is about the user's days, not UTC's.
    today: () => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    },
    parallelParsing,
    sampleRunner: parallelSampleRunner(new URL('./forecast-worker.js', import.meta.url)),
    git: nodeGit(),
    ...(interrupt === undefined ? {} : { interrupt }),
  }
}
