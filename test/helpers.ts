/** Shared test helpers: the seed, reading text into a roadmap, an in-memory CLI. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { check as checkSources } from '../src/pipeline/check.js'
import type { CheckedRoadmap } from '../src/model/lint-report.js'
import type { CliIO, DirectoryEntry, FileSystem, PathInfo } from '../src/cli/io.js'
import { runCli } from '../src/cli/main.js'
import type { Diagnostic } from '../src/model/diagnostic.js'
import { messageOf as diagnosticMessage } from '../src/diagnostics/words.js'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The flagship example, as the CLI would name it. */
export const SEED_FILE = 'examples/unikraft-community-2022-08-25.md'

/** The seed's text, exactly as received. */
export const SEED_TEXT = readFileSync(new URL(`../${SEED_FILE}`, import.meta.url), 'utf8')

/** Reads, resolves and lints texts as one roadmap, with `yaml` as the `waymark.yaml` beside them. */
export function check(files: Record<string, string>, yaml?: string): CheckedRoadmap {
  return checkSources(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    { settingsFile: yaml === undefined ? null : { file: 'waymark.yaml', text: yaml } },
  )
}

/** The seed, checked. */
export const seed = (): CheckedRoadmap => check({ [SEED_FILE]: SEED_TEXT })

/** Every non-whitespace character, in order. */
export const nonWhitespace = (text: string): string => text.replace(/\s+/g, '')

/** An in-memory file system: paths are keys; folders are implied by paths. */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>()
  readonly writes: string[] = []
  readonly directories: string[] = []
  /** Sizes to report instead of the real ones (a "50 MB" file without 50 MB). */
  readonly fakeSizes = new Map<string, number>()

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files))
      this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content)
  }

  async stat(path: string): Promise<PathInfo | null> {
    const p = path.replace(/\/+$/, '')
    const file = this.files.get(p)
    if (file) return { kind: 'file', size: this.fakeSizes.get(p) ?? file.length }
    if ([...this.files.keys()].some((k) => k.startsWith(`${p}/`))) return { kind: 'directory', size: 0 }
    return null
  }

  async readFile(path: string): Promise<Uint8Array> {
    const file = this.files.get(path)
    if (!file) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    return file
  }

  async readDirectory(path: string): Promise<DirectoryEntry[]> {
    const p = `${path.replace(/\/+$/, '')}/`
    const names = new Map<string, DirectoryEntry['kind']>()
    for (const k of this.files.keys()) {
      if (!k.startsWith(p)) continue
      const rest = k.slice(p.length)
      const [head, ...tail] = rest.split('/')
      names.set(head as string, tail.length > 0 ? 'directory' : 'file')
    }
    return [...names].map(([name, kind]) => ({ name, kind }))
  }

  async writeFile(path: string, data: string): Promise<readonly string[]> {
    this.writes.push(path)
    this.files.set(path, new TextEncoder().encode(data))
    return []
  }

  async makeDirectory(path: string): Promise<void> {
    this.directories.push(path)
  }

  async realPath(path: string): Promise<string> {
    return `/${path.replace(/^\.?\//, '')}`
  }

  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path))
  }
}

/** Runs the CLI in memory; returns exit code and outputs. */
export async function cli(
  argv: string[],
  fs: FileSystem = new MemoryFileSystem(),
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    fs,
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    env,
    version: '0.0.0-test',
    today: () => '2026-11-26',
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

/** A diagnostic's message (made from its parameters by the catalog), or `undefined` when there is none. */
export function messageOf(d: Diagnostic): string
export function messageOf(d: Diagnostic | undefined): string | undefined
export function messageOf(d: Diagnostic | undefined): string | undefined {
  return d === undefined ? undefined : diagnosticMessage(d)
}
