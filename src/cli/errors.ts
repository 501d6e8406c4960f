/**
 * Errors the CLI reports in one line and exit code 2: the command line was wrong, or an
 * input could not be read. Anything else reaching the top is a bug and says so.
 */

/** The command line is wrong (unknown option, missing file argument). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** An input cannot be read as a note (missing, binary, invalid UTF-8, too large). */
export class InputError extends Error {
  override readonly name: string = 'InputError'
}

/** A version of a note in git that cannot be read as a note (binary, invalid UTF-8, too large). */
export class UnreadableVersion extends InputError {
  override readonly name = 'UnreadableVersion'
}

/** An output cannot be written (or would overwrite an input). */
export class OutputError extends Error {
  override readonly name = 'OutputError'
}

/** The user interrupted the work (Ctrl-C). */
export class Interrupted extends Error {
  override readonly name = 'Interrupted'
  constructor(message = 'interrupted') {
    super(message)
  }
}

/**
 * Exit codes: success, the roadmap has errors (lint) or needs formatting (fmt --check),
 * Waymark could not do its job, interrupted (128 + SIGINT, as shells report it).
 */
export const EXIT = { ok: 0, problems: 1, failure: 2, interrupted: 130 } as const
