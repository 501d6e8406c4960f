/**
 * The CLI's side effects, passed in: file system, output streams, environment. Tests
 * run the whole CLI in memory with a fake; `node/io.ts` is the real one.
 */

import type { SampleRunner } from '../forecast/sample-runner.js'
import type { ChunkParser } from '../read/markdown.js'

/** What the CLI needs to know of a path. */
export interface PathInfo {
  readonly kind: 'file' | 'directory' | 'other'
  readonly size: number
}

/** A folder entry. */
export interface DirectoryEntry {
  readonly name: string
  readonly kind: 'file' | 'directory' | 'other'
}

/** File access. Paths are as the user wrote them (relative to the working directory). */
export interface FileSystem {
  /** `null` when nothing is at the path. */
  stat(path: string): Promise<PathInfo | null>
  readFile(path: string): Promise<Uint8Array>
  readDirectory(path: string): Promise<DirectoryEntry[]>
  /**
   * Writes an output: a regular file is replaced or created at once (readers see the old
   * or the new content, never a mix), keeping its mode and owner; a device or a pipe is
   * written in place; a link is written through; anything else is refused. Resolves to
   * what the user should be told (an owner that could not be kept).
   */
  writeFile(path: string, data: string): Promise<readonly string[]>
  /** The canonical absolute path (symlinks resolved), to tell whether two paths are one file. */
  realPath(path: string): Promise<string>
  /** Creates a folder and its parents (nothing if it exists). */
  makeDirectory(path: string): Promise<void>
}

/** A commit that changed a file. */
export interface Revision {
  /** The commit's hash. */
  readonly id: string
  /** The commit's date (ISO, the committer's). */
  readonly date: string
  readonly subject: string
  /** The file's path in that commit (it may have been renamed since), relative to the working directory. */
  readonly path: string
}

/** Reading files as they were in a git repository's history. Paths are relative to the working directory. */
export interface Git {
  /** The bytes of `path` at `revision`, or `null` if there was no such file then. */
  show(revision: string, path: string): Promise<Uint8Array | null>
  /** The Markdown files at or under `path` at `revision` (a file gives itself). */
  files(revision: string, path: string): Promise<string[]>
  /** The commits that changed `path`, oldest first, following renames. */
  log(path: string): Promise<Revision[]>
  /** The name of the repository `path` is in, from its `origin` remote (`unikraft/docs` → `docs`); `null` without one. */
  repositoryName?(path: string): Promise<string | null>
}

/** An output stream. */
export interface Output {
  write(text: string): void
  readonly isTTY: boolean
}

/** Everything the CLI touches. */
export interface CliIO {
  readonly fs: FileSystem
  readonly stdout: Output
  readonly stderr: Output
  readonly env: Readonly<Record<string, string | undefined>>
  /** The package version, for `--version` and SARIF. */
  readonly version: string
  /** Today's date (ISO), for plans without a meeting date and for `--as-of`. */
  today(): string
  /** A second thread for parsing large notes; without it, they are parsed on this one. */
  readonly parallelParsing?: ParallelParsing
  /** Where forecast samples are computed (worker threads); without it, on this thread. */
  readonly sampleRunner?: SampleRunner
  /** The git repository around the working directory, for `diff` and `history` of revisions. */
  readonly git?: Git
  /** Aborted when the user interrupts (Ctrl-C): long work stops and says so. */
  readonly interrupt?: AbortSignal
}

/** Parsing large notes on a second thread. */
export interface ParallelParsing {
  /** Parses the chunks of a note. */
  readonly parseChunks: ChunkParser
  /** Told the size of the largest note about to be parsed, while the notes are prepared: time to get ready. */
  prepare(chars: number): void
}
