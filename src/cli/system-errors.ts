/**
 * The operating system's errors in words: a file that cannot be read or written is the
 * user's to fix, so the message says what happened in plain words with the code after
 * it for searching (`permission denied (EACCES)`), never a stack trace.
 */

import { InputError } from './errors.js'

const WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EEXIST: 'already exists',
  ENXIO: 'no such device, or a pipe with no reader',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
  EXDEV: 'the temporary file is on another device',
  EINVAL: 'not possible on this kind of file',
  EPIPE: 'the reader went away',
}

/** The error's code, when it is one of the operating system's (`EACCES`, `ELOOP`, …). */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : null
}

/** Whether `error` is one of the operating system's, about a file (not a bug of Waymark's). */
export function isSystemError(error: unknown): boolean {
  return systemErrorCode(error) !== null
}

/** The error in words, with its code: `permission denied (EACCES)`. */
export function describeSystemError(error: unknown): string {
  const code = systemErrorCode(error)
  if (code === null) return error instanceof Error ? error.message : String(error)
  const words = WORDS[code]
  return words === undefined ? code : `${words} (${code})`
}

/** An OS error while reading `path` as a one-line input error naming it; any other error stays what it is. */
export function readFailure(path: string, error: unknown): unknown {
  if (error instanceof InputError || !isSystemError(error)) return error
  return new InputError(`${path}: cannot be read: ${describeSystemError(error)}`)
}
