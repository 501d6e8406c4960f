/**
 * Git, the real one: `git show`, `git ls-tree` and `git log` run in the working
 * directory. A failure (not a repository, an unknown revision) becomes one line saying
 * what git said.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { dirname, relative as relativePath, resolve as resolvePath } from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../errors.js'
import type { Git, Revision } from '../io.js'
import { isNotePath } from '../inputs.js'

const run = promisify(execFile)

async function git(args: readonly string[], cwd: string): Promise<string> {
  return (await gitBytes(args, cwd)).toString('utf8')
}

/** git's output as bytes: a file's content is decoded as a note is, not by git's pipe. */
async function gitBytes(args: readonly string[], cwd: string): Promise<Buffer> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' })
    return stdout
  } catch (error) {
    // Asked for bytes, git's complaint comes as bytes too.
    const e = error as NodeJS.ErrnoException & { stderr?: string | Buffer }
    if (e.code === 'ENOENT') throw new InputError('git is not installed; install it to read revisions')
    const said =
      String(e.stderr ?? '')
        .trim()
        .split('\n')[0] ?? ''
    throw new InputError(`git ${args[0]}: ${said.replace(/^fatal: /, '') || e.message}`)
  }
}

/**
 * Git for paths relative to `cwd` (the working directory). Each command runs in the folder
 * of the path it is about, so a note in another repository — or given from outside its
 * repository — is read from its own repository.
 */
export function nodeGit(cwd = process.cwd()): Git {
  /** Where git runs for `path` (its folder, or itself when it is a folder) and the path from there. */
  const at = async (path: string): Promise<{ dir: string; rel: string }> => {
    const absolute = resolvePath(cwd, path)
    const folder = await stat(absolute)
      .then((s) => s.isDirectory())
      .catch(() => false)
    const dir = folder ? absolute : dirname(absolute)
    // A folder that no longer exists (renamed in history) is looked up from the nearest one that does.
    const existing = await nearestExisting(dir)
    return { dir: existing, rel: relativePath(existing, absolute) || '.' }
  }
  // `rev:./path` and `rev:../path` are relative to where git runs.
  const spec = (revision: string, rel: string): string =>
    `${revision}:${rel.startsWith('../') || rel.startsWith('./') ? rel : `./${rel}`}`
  /** A path git printed relative to `dir`, made relative to `cwd` again. */
  const back = (dir: string, name: string): string => relativePath(cwd, resolvePath(dir, name)) || '.'
  return {
    async show(revision, path) {
      const { dir, rel } = await at(path)
      const kind = await git(['cat-file', '-t', spec(revision, rel)], dir).catch(() => null)
      if (kind === null || kind.trim() !== 'blob') return null
      return new Uint8Array(await gitBytes(['show', spec(revision, rel)], dir))
    },
    async files(revision, path) {
      const { dir, rel } = await at(path)
      await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], dir).catch(() => {
        throw new InputError(`git: no revision ${revision}`)
      })
      const listed = await git(['ls-tree', '-r', '--name-only', revision, '--', rel], dir)
      const wanted = rel.replace(/^\.\//, '')
      return listed
        .split('\n')
        .filter((f) => f !== '' && (f === wanted || isNotePath(f)))
        .map((f) => back(dir, f))
        .sort()
    },
    async log(path) {
      const { dir, rel } = await at(path)
      // Each commit with the file's name in it (names are from the repository's root).
      const top = (await git(['rev-parse', '--show-toplevel'], dir)).trim()
      const out = await git(['log', '--follow', '--name-only', '--format=%x00%H%x09%cs%x09%s', '--', rel], dir)
      const revisions: Revision[] = out
        .split('\u0000')
        .filter((record) => record.trim() !== '')
        .map((record) => {
          const [header = '', ...rest] = record.split('\n')
          const [id = '', date = '', ...subject] = header.split('\t')
          const name = rest.find((l) => l.trim() !== '')
          return { id, date, subject: subject.join('\t'), path: name === undefined ? path : back(top, name) }
        })
      return revisions.reverse()
    },
    async repositoryName(path) {
      const { dir } = await at(path)
      const url = await git(['remote', 'get-url', 'origin'], dir).catch(() => null)
      return url === null ? null : repositoryNameOf(url)
    },
  }
}

/** `https://github.com/unikraft/docs.git`, `git@github.com:unikraft/docs` → `docs`; `null` for an empty URL. */
export function repositoryNameOf(url: string): string | null {
  const name =
    url
      .trim()
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .split(/[/:]/)
      .at(-1) ?? ''
  return name === '' ? null : name
}

/** `dir`, or its nearest parent that exists. */
async function nearestExisting(dir: string): Promise<string> {
  let current = dir
  for (;;) {
    if (
      await stat(current).then(
        () => true,
        () => false,
      )
    )
      return current
    const parent = dirname(current)
    if (parent === current) return current
    current = parent
  }
}
