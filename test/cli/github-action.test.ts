/**
 * The GitHub Action, run as a runner runs it: action.yml's steps, with its inputs and the
 * `${{ … }}` expressions they use substituted, in bash as GitHub starts it, in a real git
 * repository, with the environment a runner sets (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT,
 * GITHUB_EVENT_PATH with a recorded pull-request event, GITHUB_WORKSPACE, RUNNER_TEMP) —
 * and the files those steps write.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT, SEED_TEXT } from '../helpers.js'

interface ActionStep {
  readonly id?: string
  readonly run: string
  readonly shell: string
  readonly env?: Record<string, string>
  readonly 'working-directory'?: string
}
interface Action {
  readonly inputs: Record<string, { readonly default?: string; readonly required?: boolean }>
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] }
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action
const dir = mkdtempSync(join(tmpdir(), 'waymark-action-'))
const repo = join(dir, 'repo')
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
let base = ''

beforeAll(() => {
  mkdirSync(join(repo, 'notes'), { recursive: true })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'ci@example.org')
  git('config', 'user.name', 'CI')
  writeFileSync(join(repo, 'notes/roadmap.md'), SEED_TEXT)
  git('add', '.')
  git('commit', '-q', '-m', 'The meeting of 2022-08-25')
  base = git('rev-parse', 'HEAD')
  // The pull request: a longer estimate, and an owner written as a handle.
  const edited = SEED_TEXT.replace('**Estimated duration**: 6 months', '**Estimated duration**: 8 months').replace(
    '**Owner**: TODO **Tech lead**: Marc',
    '**Owner**: @tsato **Tech lead**: Marc',
  )
  writeFileSync(join(repo, 'notes/roadmap.md'), edited)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs every step of action.yml with `inputs`, for an event; returns each step's result and the runner's files. */
function runAction(name: string, inputs: Record<string, string>, event: object | null) {
  const run = join(dir, name)
  mkdirSync(join(run, 'temp'), { recursive: true })
  const files = { summary: join(run, 'summary.md'), output: join(run, 'output'), event: join(run, 'event.json') }
  if (event !== null) writeFileSync(files.event, JSON.stringify(event))
  const values = Object.fromEntries(
    Object.entries(action.inputs).map(([k, spec]) => [k, inputs[k] ?? spec.default ?? '']),
  ) as Record<string, string>
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
      if (expression.startsWith('inputs.')) return values[expression.slice('inputs.'.length)] ?? ''
      if (expression === 'github.workspace') return repo
      throw new Error(`action.yml uses ${expression}, which this test does not set`)
    })
  const env = {
    ...process.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_WORKSPACE: repo,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_NAME: event === null ? 'push' : 'pull_request',
    ...(event === null ? {} : { GITHUB_EVENT_PATH: files.event }),
    RUNNER_TEMP: join(run, 'temp'),
  }
  const steps = action.runs.steps.map((step) => {
    expect(step.shell).toBe('bash')
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]))
    // As GitHub runs a bash step: `bash --noprofile --norc -eo pipefail FILE`.
    const script = join(run, `step-${step.id ?? 'setup'}.sh`)
    writeFileSync(script, expand(step.run))
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: step['working-directory'] === undefined ? repo : expand(step['working-directory']),
      env: { ...env, ...stepEnv },
      encoding: 'utf8',
    })
    return { id: step.id, status: result.status, stdout: result.stdout, stderr: result.stderr }
  })
  const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '')
  return { steps, summary: read(files.summary), output: read(files.output), run }
}

describe('the GitHub Action', () => {
  expect(action.runs.using).toBe('composite')

  it('on a pull request: annotations, the job summary, the roadmap diff as a file and an output, pinging no one', () => {
    const event = {
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: base } },
    }
    const { steps, summary, output } = runAction('pr', { notes: 'notes/roadmap.md' }, event)
    const main = steps.find((s) => s.id === 'waymark')
    expect(main?.status, main?.stderr).toBe(0)
    expect(main?.stdout).toMatch(/^::warning file=notes\/roadmap\.md,line=1,col=\d+,title=waymark missing-owner::/m)
    expect(summary).toContain('### Waymark: Community Meeting, August 25, 2022')
    expect(summary).toMatch(/- \*\*Planned finish:\*\* \d{4}-\d\d-\d\d \(24 topics from 2022-08-26\)/)
    expect(summary).toContain('- **Owner gap:** 18 of 24 topics have no owner')
    expect(output).toMatch(/^errors=0$/m)
    expect(output).toMatch(/^warnings=\d+$/m)
    const file = /^diff-file=(.+)$/m.exec(output)?.[1] as string
    const diff = readFileSync(file, 'utf8')
    expect(diff).toContain('### Roadmap changes:')
    expect(diff).toContain('Kubernetes (containerd integration)')
    expect(diff).toContain('@&#8203;tsato')
    expect(diff).not.toMatch(/(?:^|[^\w`])@tsato/m)
    // The multi-line output holds the same diff, between its delimiters.
    expect(output).toContain(`diff<<WAYMARK_EOF\n${diff}WAYMARK_EOF\n`)
    expect(summary).toContain(diff)
  })

  it('fails the step on more warnings than max-warnings', () => {
    const { steps } = runAction('strict', { notes: 'notes/roadmap.md', 'max-warnings': '0' }, null)
    const main = steps.find((s) => s.id === 'waymark')
    expect(main?.status).toBe(1)
    expect(main?.stderr).toMatch(/warnings, more than --max-warnings 0 allows/)
  })

  it('on a push, writes ROADMAP.md and the page when asked, and no diff', () => {
    const { steps, output } = runAction('push', { notes: 'notes', roadmap: 'ROADMAP.md', site: 'public', samples: '100' }, null)
    expect(steps.find((s) => s.id === 'waymark')?.status).toBe(0)
    expect(readFileSync(join(repo, 'ROADMAP.md'), 'utf8')).toContain('# Roadmap: Community Meeting, August 25, 2022')
    expect(readFileSync(join(repo, 'public/index.html'), 'utf8')).toContain('<section id="staffing-section"')
    expect(output).not.toContain('diff-file=')
  })
})
