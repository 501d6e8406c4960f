/** The real executable (`bin/waymark.js`, built by `npm test` before the tests run), as a user runs it. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../helpers.js'

/** What a run printed and how it ended. */
export interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** How to run it: where, and as whom (root may run it as another user). */
export interface RunOptions {
  readonly cwd?: string
  readonly uid?: number
  readonly gid?: number
  /** The file-creation mask of the process, as a shell's `umask` sets it. */
  readonly umask?: number
  readonly env?: Readonly<Record<string, string>>
}

/** Runs `node bin/waymark.js ARGS…` and waits for it to end (exit code, stdout, stderr). */
export function runWaymark(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const program = [join(ROOT, 'bin/waymark.js'), ...args]
  // A umask is the shell's to set: node has no option for a child's.
  const [command, argv] =
    options.umask === undefined
      ? [process.execPath, program]
      : ['sh', ['-c', `umask ${options.umask.toString(8)} && exec "$0" "$@"`, process.execPath, ...program]]
  return new Promise((resolve) => {
    execFile(
      command,
      argv,
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        ...(options.uid === undefined ? {} : { uid: options.uid }),
        ...(options.gid === undefined ? {} : { gid: options.gid }),
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      },
    )
  })
}
