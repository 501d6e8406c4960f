/**
 * Writing an output file on the real file system without ever losing one:
 *
 * - a regular file (or a new path) is replaced atomically: the text goes to a temporary
 *   file beside it, which is renamed over the target, so a reader or a crash sees the old
 *   file or the new one, never half of one. The target's mode (set-id bits included),
 *   owner and group are kept where the OS allows; what cannot be kept is told back;
 * - a character device or a FIFO (`-o /dev/null`, `-o /dev/stdout` on a terminal or a
 *   pipe, a `mkfifo` pipe) is written in place, as `>` in a shell would: renaming over it
 *   would replace the device with a regular file;
 * - a symbolic link is never replaced: what it points to is written as above;
 * - a folder, a socket, a block device or a link to nothing is refused.
 *
 * A file the user may not write is refused as the OS would refuse it (`access(W_OK)`),
 * even where the folder would let a rename through.
 */
import { randomBytes } from 'node:crypto'
import { constants, type Stats } from 'node:fs'
import { access, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { OutputError } from '../errors.js'
import { describeSystemError, systemErrorCode } from '../system-errors.js'

/**
 * Writes `data` (UTF-8) to `path` as described above. Returns what the user should be
 * told: the owner or group of a replaced file that the new one could not keep. Throws an
 * `OutputError` (one line, naming the path) when it cannot write.
 */
export async function writeFileSafely(path: string, data: string): Promise<string[]> {
  const entry = await lstatOrNull(path)
  if (entry === null) return replaceFile(path, null, data, path)
  if (entry.isFile()) return replaceFile(path, entry, data, path)
  if (!entry.isSymbolicLink()) return writeInPlace(path, entry, data)
  let target: Stats
  try {
    target = await stat(path)
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT')
      throw new OutputError(`${path}: a symbolic link to nothing; refusing to replace the link (write to its target instead)`)
    throw cannotWrite(path, error)
  }
  if (!target.isFile()) return writeInPlace(path, target, data)
  return replaceFile(await realpathOf(path), target, data, path)
}

/** Writes a character device or a FIFO in place; refuses any other kind of file. */
async function writeInPlace(path: string, info: Stats, data: string): Promise<string[]> {
  refuseUnlessSpecial(path, info)
  // Neither O_CREAT nor O_TRUNC: if the path changed since `stat`, nothing is created or cut.
  let handle
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY)
  } catch (error) {
    throw cannotWrite(path, error)
  }
  try {
    const now = await handle.stat()
    if (now.isFile()) {
      // It became a regular file meanwhile: that one is replaced atomically instead.
      await handle.close()
      return await replaceFile(await realpathOf(path), now, data, path)
    }
    refuseUnlessSpecial(path, now)
    await handle.writeFile(data, 'utf8')
    return []
  } catch (error) {
    throw error instanceof OutputError ? error : cannotWrite(path, error)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * Replaces the regular file `target` (or creates it when `existing` is `null`) by renaming
 * a finished temporary file over it. `shown` is the path as the user wrote it.
 */
async function replaceFile(target: string, existing: Stats | null, data: string, shown: string): Promise<string[]> {
  if (existing !== null) {
    try {
      await access(target, constants.W_OK)
    } catch (error) {
      throw cannotWrite(shown, error)
    }
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const notes: string[] = []
  try {
    // A new file gets the usual mode (0666 less the umask); a replaced one its own, below.
    const handle = await open(temp, 'wx', existing === null ? 0o666 : 0o600)
    try {
      await handle.writeFile(data, 'utf8')
      if (existing !== null) {
        // Owner first: changing it clears the set-id bits, which the mode then restores.
        const fresh = await handle.stat()
        if (fresh.uid !== existing.uid || fresh.gid !== existing.gid) {
          try {
            await handle.chown(existing.uid, existing.gid)
          } catch {
            notes.push(...ownershipNotes(shown, existing, fresh))
          }
        }
        await handle.chmod(existing.mode & 0o7777)
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    const code = systemErrorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new OutputError(`${shown}: cannot be written: the folder ${dirname(target)} does not exist`)
    if (code === 'EACCES' && existing !== null)
      throw new OutputError(
        `${shown}: cannot be written: its folder is not writable (EACCES), and Waymark replaces a file only whole, through a temporary file beside it`,
      )
    throw cannotWrite(shown, error)
  }
  return notes
}

/** What was lost when the owner or group could not be kept. */
function ownershipNotes(shown: string, existing: Stats, fresh: Stats): string[] {
  const lost = [
    ...(fresh.uid === existing.uid ? [] : [`its owner (uid ${existing.uid}, now ${fresh.uid})`]),
    ...(fresh.gid === existing.gid ? [] : [`its group (gid ${existing.gid}, now ${fresh.gid})`]),
  ]
  return [`${shown}: written, but ${lost.join(' and ')} could not be kept: only root may give a file away`]
}

function refuseUnlessSpecial(path: string, info: Stats): void {
  if (info.isCharacterDevice() || info.isFIFO()) return
  const kind = info.isDirectory()
    ? 'is a folder'
    : info.isBlockDevice()
      ? 'is a block device'
      : info.isSocket()
        ? 'is a socket'
        : 'is not a regular file'
  throw new OutputError(`${path}: ${kind}, not a file to write; give a file name`)
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path)
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return null
    throw cannotWrite(path, error)
  }
}

async function realpathOf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    throw cannotWrite(path, error)
  }
}

function cannotWrite(path: string, error: unknown): OutputError {
  return new OutputError(`${path}: cannot be written: ${describeSystemError(error)}`)
}
