/**
 * The notes a command is given, as sources for the pipeline: files and folders on disk,
 * or the same paths as they were at a git revision — each with the settings file that
 * belongs to them (src/settings/settings-files.ts). Reading only: no stage runs here.
 */
import type { SourceDocument } from '../model/document.js'
import { decodeNote } from '../read/decode.js'
import { settingsPaths } from '../settings/settings-files.js'
import { InputError, UnreadableVersion, UsageError } from './errors.js'
import { inputFiles, isNotePath, loadDocuments } from './inputs.js'
import type { CliIO } from './io.js'

/** Notes read for the pipeline: the sources and their settings file. */
export interface Notes {
  readonly sources: readonly SourceDocument[]
  readonly settingsFile: SourceDocument | null
}

/** Reads the files and folders named on the command line, and the settings beside them. */
export async function readNotes(command: string, paths: readonly string[], io: CliIO, maxBytes: number): Promise<Notes> {
  if (paths.length === 0) throw new UsageError(`waymark ${command}: no file given. Example: \`waymark ${command} notes.md\`.`)
  const files = await inputFiles(paths, io.fs)
  const sources = await loadDocuments(files, io.fs, maxBytes)
  return { sources, settingsFile: await settingsFileFor(paths, io, maxBytes) }
}

/** The settings file of the notes at `paths` on disk; `null` when there is none. */
export async function settingsFileFor(paths: readonly string[], io: CliIO, maxBytes: number): Promise<SourceDocument | null> {
  const first = paths[0]
  if (first === undefined) return null
  for (const path of settingsPaths(first, (await io.fs.stat(first))?.kind === 'directory')) {
    if ((await io.fs.stat(path))?.kind === 'file') return (await loadDocuments([path], io.fs, maxBytes))[0] ?? null
  }
  return null
}

/** The notes at `paths` as they were at `revision` in git, with the settings file beside the first. */
export async function notesAtRevision(revision: string, paths: readonly string[], io: CliIO, maxBytes: number): Promise<Notes> {
  const git = io.git
  if (git === undefined) throw new UsageError('reading revisions needs git, which this Waymark cannot run')
  const decode = (path: string, bytes: Uint8Array): SourceDocument => {
    // Decoded as a file on disk is: the same bytes are refused or read alike.
    const decoded = decodeNote(bytes, maxBytes)
    if (!decoded.ok) throw new UnreadableVersion(`${revision}:${path}: ${decoded.reason}`)
    return { file: `${revision}:${path}`, text: decoded.text }
  }
  const sources: SourceDocument[] = []
  for (const path of paths) {
    const files = await git.files(revision, path)
    if (files.length === 0) throw new InputError(`${revision}:${path}: no such file or folder in that revision`)
    for (const file of files) sources.push(decode(file, (await git.show(revision, file)) ?? new Uint8Array()))
  }
  const first = paths[0] ?? '.'
  // A path in a revision cannot be asked whether it is a folder: a note is named by its extension.
  for (const path of settingsPaths(first, !isNotePath(first))) {
    const bytes = await git.show(revision, path)
    if (bytes !== null) return { sources, settingsFile: decode(path, bytes) }
  }
  return { sources, settingsFile: null }
}
