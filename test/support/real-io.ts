/** The CLI's IO on the real file system (and git), with the outputs captured — for tests of files, servers and revisions. */
import type { CliIO, FileSystem } from '../../src/cli/io.js'
import { nodeGit } from '../../src/cli/node/git.js'
import { nodeFileSystem } from '../../src/cli/node/io.js'

/** An IO and what it printed. */
export interface CapturedIO {
  readonly io: CliIO
  readonly stdout: () => string
  readonly stderr: () => string
}

/** Real files; git run in `gitDir` when given; the rest fixed or captured. */
export function realIO(options: { gitDir?: string; today?: string; interrupt?: AbortSignal; fs?: FileSystem } = {}): CapturedIO {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    fs: options.fs ?? nodeFileSystem,
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    env: {},
    version: '0.0.0-test',
    today: () => options.today ?? '2026-11-26',
    ...(options.gitDir === undefined ? {} : { git: nodeGit(options.gitDir) }),
    ...(options.interrupt === undefined ? {} : { interrupt: options.interrupt }),
  }
  return { io, stdout: () => stdout, stderr: () => stderr }
}
