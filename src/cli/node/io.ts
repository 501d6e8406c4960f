/** The real CLI side effects, on Node's file system and process streams. */
import { mkdir, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { OutputError } from '../errors.js'
import { writeFileSafely } from './file-writer.js'
import { parallelChunkParser } from './parallel-markdown.js'
import { nodeGit } from './git.js'
import { parallelSampleRunner } from './parallel-samples.js'
import type { CliIO, DirectoryEntry, FileSystem, PathInfo } from '../io.js'
import { describeSystemError, readFailure, systemErrorCode } from '../system-errors.js'

const kindOf = (s: { isFile(): boolean; isDirectory(): boolean }): PathInfo['kind'] =>
  s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other'

/** Node's file system. The OS's errors become one-line errors naming the path. */
export const nodeFileSystem: FileSystem = {
  async stat(path) {
    try {
      const s = await stat(path)
      return { kind: kindOf(s), size: s.size }
    } catch (error) {
      const code = systemErrorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw readFailure(path, error)
    }
  },
  async readFile(path) {
    try {
      return await readFile(path)
    } catch (error) {
      throw readFailure(path, error)
    }
  },
  async readDirectory(path): Promise<DirectoryEntry[]> {
    try {
      const entries = await readdir(path, { withFileTypes: true })
      return entries.map((e) => ({ name: e.name, kind: kindOf(e) }))
    } catch (error) {
      throw readFailure(path, error)
    }
  },
  async realPath(path) {
    try {
      return await realpath(path)
    } catch (error) {
      throw readFailure(path, error)
    }
  },
  async makeDirectory(path) {
    try {
      await mkdir(path, { recursive: true })
    } catch (error) {
      throw new OutputError(`${path}: cannot create the folder: ${describeSystemError(error)}`)
    }
  },
  writeFile: writeFileSafely,
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
