/**
 * Input files: each argument is a document (Markdown, reStructuredText, a CSV/TSV export,
 * a YAML metadata file) or a folder of them (searched recursively, hidden folders and
 * node_modules skipped, the folder's `waymark.yaml` settings left out), read and decoded
 * with the checks of `read/decode.ts`.
 */
import type { SourceDocument } from '../model/document.js'
import { decodeNote, sizeProblem } from '../read/decode.js'
import { InputError } from './errors.js'
import { readFailure } from './system-errors.js'
import type { FileSystem } from './io.js'

/** Whether a path names a note, by its extension. */
export function isNotePath(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path)
}

/**
 * Whether a folder's file is a document Waymark reads: a note, an `.rst` page, a CSV/TSV
 * export or a YAML metadata file — not the settings (`waymark.yaml`). Each one found is
 * read, and one it cannot read says so (`unreadable-file`): none is skipped silently.
 */
export function isDocumentPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (/^waymark\.ya?ml$/i.test(name)) return false
  return isNotePath(name) || /\.(?:rst|csv|tsv|ya?ml)$/i.test(name)
}

/** Expands arguments into files, in argument order, folders sorted by path; duplicates dropped. */
export async function inputFiles(args: readonly string[], fs: FileSystem): Promise<string[]> {
  const files: string[] = []
  for (const arg of args) {
    const info = await fs.stat(arg).catch((error: unknown) => Promise.reject(readFailure(arg, error)))
    if (info === null) throw new InputError(`${arg}: no such file or folder`)
    if (info.kind === 'directory') {
      const found = await documentsIn(arg, fs)
      if (found.length === 0)
        throw new InputError(`${arg}: no documents in this folder (Markdown *.md, *.rst, *.csv, *.tsv or *.yaml)`)
      files.push(...found)
    } else if (info.kind === 'file') files.push(arg)
    else throw new InputError(`${arg}: not a file or folder`)
  }
  return [...new Set(files)]
}

async function documentsIn(dir: string, fs: FileSystem): Promise<string[]> {
  const out: string[] = []
  const listed = await fs.readDirectory(dir).catch((error: unknown) => Promise.reject(readFailure(dir, error)))
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = `${dir.replace(/\/+$/, '')}/${entry.name}`
    if (entry.kind === 'directory' && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      out.push(...(await documentsIn(path, fs)))
    else if (entry.kind === 'file' && isDocumentPath(entry.name)) out.push(path)
  }
  return out
}

/** Reads and decodes files; the first that cannot be read stops with a one-line error. */
export async function loadDocuments(files: readonly string[], fs: FileSystem, maxBytes: number): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = []
  for (const file of files) {
    const info = await fs.stat(file)
    if (info === null) throw new InputError(`${file}: no such file`)
    // Checked before reading, so a 50 MB file is refused without being loaded.
    const tooLarge = sizeProblem(info.size, maxBytes)
    if (tooLarge !== null) throw new InputError(`${file}: ${tooLarge}`)
    const bytes = await fs.readFile(file).catch((error: unknown) => Promise.reject(readFailure(file, error)))
    const decoded = decodeNote(bytes, maxBytes)
    if (!decoded.ok) throw new InputError(`${file}${decoded.line ? `:${decoded.line}:${decoded.column}` : ''}: ${decoded.reason}`)
    documents.push({ file, text: decoded.text })
  }
  return documents
}
