/**
 * A note's past from git, for the report, the page and `history`: which revisions to
 * read (the last commit, `--since`, the log), read by `notes.ts` and made into versions
 * by the pipeline (`roadmapVersion`, `historyVersion`). git's problems only stop what
 * the user asked for explicitly; an implicit past is optional.
 */
import type { RoadmapDiff } from '../model/roadmap-diff.js'
import type { RoadmapHistory } from '../model/roadmap-history.js'
import { SLIP_VERSIONS } from '../model/defaults.js'
import type { HistoryVersion, RoadmapVersion } from '../model/roadmap-version.js'
import type { PlannedRoadmap } from '../pipeline/plan.js'
import type { BuiltVersion } from '../pipeline/roadmap-version.js'
import { InputError, UnreadableVersion, UsageError } from './errors.js'
import type { CliIO, Git, Revision } from './io.js'
import { notesAtRevision } from './notes.js'
import type { ForecastFlags } from './options.js'
import { forecastChoicesOf, stageRunner } from './run-stages.js'

/** What the report and the page show of the note's past. */
export interface NotePast {
  /** The latest changes: against `--since REV`, else the note's previous version in git. */
  readonly changes: RoadmapDiff | null
  /** The note's versions in git (the latest `SLIP_VERSIONS`), when there are at least two. */
  readonly history: RoadmapHistory | null
}

/** The notes at `paths` as they were at `revision`, as a version called `label` (planned against `baseline` when given). */
export async function builtAtRevision(
  revision: string,
  label: string,
  paths: readonly string[],
  flags: ForecastFlags,
  io: CliIO,
  maxBytes: number,
  baseline?: PlannedRoadmap,
): Promise<BuiltVersion> {
  const { roadmapVersion } = await import('../pipeline/roadmap-version.js')
  const notes = await notesAtRevision(revision, paths, io, maxBytes)
  const choices = { ...forecastChoicesOf(flags, io), ...(baseline === undefined ? {} : { baseline }) }
  return roadmapVersion({ label, ...notes }, choices, stageRunner(io, notes.sources))
}

/**
 * The version the latest changes are against: `--since REV` if given, else — when the one
 * note given is in git — its last commit (or the one before, when the file has not
 * changed since); `null` when there is none. The current plan is made against it.
 */
export async function previousVersion(
  paths: readonly string[],
  since: string | undefined,
  flags: ForecastFlags,
  io: CliIO,
  maxBytes: number,
): Promise<BuiltVersion | null> {
  const load = (revision: string, label: string): Promise<BuiltVersion> =>
    builtAtRevision(revision, label, paths, flags, io, maxBytes)
  if (since !== undefined) return load(since, since)
  const tracked = await trackedNote(paths, io)
  const log = tracked === null ? null : await quietly(() => tracked.git.log(tracked.file))
  if (tracked === null || log === null) return null
  return quietly(async () => {
    const last = log[log.length - 1]
    if (last === undefined) return null
    const committed = await tracked.git.show(last.id, last.path)
    const unchanged = committed !== null && Buffer.from(committed).equals(await io.fs.readFile(tracked.file))
    const previous = unchanged ? log[log.length - 2] : last
    return previous === undefined ? null : load(previous.id, `${previous.id.slice(0, 7)} (${previous.date})`)
  })
}

/**
 * The past of the notes given, for the report and the page: the changes since `previous`
 * (see `previousVersion`), and the note's versions in git.
 */
export async function notePast(
  paths: readonly string[],
  current: RoadmapVersion,
  previous: RoadmapVersion | null,
  flags: ForecastFlags,
  io: CliIO,
  maxBytes: number,
): Promise<NotePast> {
  // Every version is forecast with the page's samples: one P85 for one version everywhere.
  const tracked = await trackedNote(paths, io)
  const log = tracked === null ? null : await quietly(() => tracked.git.log(tracked.file))
  const { diffRoadmaps } = await import('../compare/roadmap-diff.js')
  const { roadmapHistory } = await import('../compare/roadmap-history.js')
  const versions =
    tracked === null || log === null || log.length < 2
      ? null
      : await quietly(() => versionsAt(log.slice(-SLIP_VERSIONS), flags, io, maxBytes))
  return {
    changes: previous === null ? null : diffRoadmaps(previous, current),
    history: versions === null ? null : roadmapHistory(versions),
  }
}

/** The one note given, when it is a file and there is git to follow it with; else `null`. */
async function trackedNote(paths: readonly string[], io: CliIO): Promise<{ file: string; git: Git } | null> {
  const [file] = paths
  if (io.git === undefined || paths.length !== 1 || file === undefined) return null
  return (await io.fs.stat(file))?.kind === 'file' ? { file, git: io.git } : null
}

/** `run`'s result, or `null` when git or a version's text fails it. */
async function quietly<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof InputError) return null
    throw error
  }
}

/** Each commit that changed `file` is a version, dated by the commit and planned as of its date. */
export async function gitHistory(file: string, flags: ForecastFlags, io: CliIO, maxBytes: number): Promise<HistoryVersion[]> {
  if (io.git === undefined) throw new UsageError('following a file through its history needs git')
  const log = await io.git.log(file)
  if (log.length === 0)
    throw new InputError(`${file}: git has no commits of this file; commit it, or give a folder of dated notes`)
  return versionsAt(log, flags, io, maxBytes)
}

/** The versions of a note at the revisions of its log; revisions without topics are skipped. */
async function versionsAt(
  log: readonly Revision[],
  flags: ForecastFlags,
  io: CliIO,
  maxBytes: number,
): Promise<HistoryVersion[]> {
  const { historyVersion } = await import('../pipeline/roadmap-version.js')
  const versions: HistoryVersion[] = []
  // Each version is planned against the one before: moves are the edits', not the optimiser's.
  let baseline: PlannedRoadmap | undefined
  for (const r of log) {
    let notes
    try {
      notes = await notesAtRevision(r.id, [r.path], io, maxBytes)
    } catch (error) {
      // One unreadable commit (a binary file, bytes that are not UTF-8) is left out, saying so.
      if (!(error instanceof UnreadableVersion)) throw error
      io.stderr.write(`waymark: warning: skipping commit ${r.id.slice(0, 7)} (${r.date}): ${error.message}\n`)
      continue
    }
    const built = await historyVersion(
      { label: r.id.slice(0, 7), date: r.date, subject: r.subject, ...notes },
      { ...forecastChoicesOf(flags, io), ...(baseline === undefined ? {} : { baseline }) },
      stageRunner(io, notes.sources),
    )
    if (built === null) continue
    versions.push(built.version)
    baseline = built.planned
  }
  return versions
}
