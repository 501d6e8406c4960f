/**
 * Git, the real one: `git show`, `git ls-tree` and `git log` run in the working
 * directory. A failure (not a repository, an unknown revision) becomes one line saying
 * what git said.
 */
import { execFile } from 'node:child_process'
import { isAbsolute, posix, relative as relativePath } from 'node:path'
import { promisify } from 'node:util'
import { InputError } from './errors.js'
import type { Git, Revision } from './io.js'

const run = promisify(execFile)
const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i

async function git(args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
    return stdout
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string }
    if (e.code === 'ENOENT') throw new InputError('git is not installed; install it to read revisions')
    const said = (e.stderr ?? '').trim().split('\n')[0] ?? ''
    throw new InputError(`git ${args[0]}: ${said.replace(/^fatal: /, '') || e.message}`)
  }
}

/** Git in directory `cwd`. */
export function nodeGit(cwd = process.cwd()): Git {
  // Git takes paths relative to where it runs; an absolute one is made so.
  const relative = (path: string): string => (isAbsolute(path) ? relativePath(cwd, path) || '.' : path)
  // `rev:./path` and `rev:../path` are relative to the working directory.
  const spec = (revision: string, path: string): string => {
    const p = relative(path)
    return `${revision}:${p.startsWith('../') || p.startsWith('./') ? p : `./${p}`}`
  }
  return {
    async show(revision, path) {
      const kind = await git(['cat-file', '-t', spec(revision, path)], cwd).catch(() => null)
      if (kind === null || kind.trim() !== 'blob') return null
      return git(['show', spec(revision, path)], cwd)
    },
    async files(revision, path) {
      await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd).catch(() => {
        throw new InputError(`git: no revision ${revision}`)
      })
      const listed = await git(['ls-tree', '-r', '--name-only', revision, '--', relative(path)], cwd)
      return listed
        .split('\n')
        .filter((f) => f !== '' && (f === relative(path).replace(/^\.\//, '') || MARKDOWN.test(f)))
        .sort()
    },
    async log(path) {
      // Each commit with the file's name in it (names are from the repository's root).
      const prefix = (await git(['rev-parse', '--show-prefix'], cwd)).trim()
      const out = await git(['log', '--follow', '--name-only', '--format=%x00%H%x09%cs%x09%s', '--', relative(path)], cwd)
      const revisions: Revision[] = out
        .split('\u0000')
        .filter((record) => record.trim() !== '')
        .map((record) => {
          const [header = '', ...rest] = record.split('\n')
          const [id = '', date = '', ...subject] = header.split('\t')
          const name = rest.find((l) => l.trim() !== '') ?? path
          return { id, date, subject: subject.join('\t'), path: posix.relative(prefix, name) || name }
        })
      return revisions.reverse()
    },
  }
}
