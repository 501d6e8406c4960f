import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MemoryFileSystem, ROOT, SEED_FILE, SEED_TEXT, cli } from '../helpers.js'

const seedFs = () => new MemoryFileSystem({ [SEED_FILE]: SEED_TEXT })
const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1)
  expect(text).not.toMatch(/\n\s+at /) // no stack trace
}

describe('waymark parse', () => {
  it('prints the contract JSON', async () => {
    const { code, stdout } = await cli(['parse', SEED_FILE, '--json'], seedFs())
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['meta', 'topics', 'people', 'actions', 'diagnostics']))
    const gdb = json.topics.find((t: { id: string }) => t.id === 'gdb-stub')
    expect(gdb).toMatchObject({
      id: 'gdb-stub',
      title: 'GDB stub',
      owners: ['Marc Rittinghaus'],
      authors: ['Marc Rittinghaus'],
      techLeads: [],
      estimate: {
        low: 20,
        high: 20,
        text: '2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)',
      },
      priority: null,
      source: { file: SEED_FILE, line: 1 },
    })
    expect(gdb.prerequisites[0]).toMatchObject({ text: 'Requires a second serial connection to Unikraft', topic: null })
    const aslr = json.topics.find((t: { id: string }) => t.id === 'memory-randomization-aslr')
    expect(aslr.prerequisites).toMatchObject([{ text: 'Unikraft Loader', topic: 'unikernel-loader' }])
    expect(json.actions).toMatchObject([
      { text: 'Add estimated durations for each topic.', assignees: ['Everyone'] },
      { text: 'Draft version of roadmap', assignees: ['Răzvan Deaconescu'] },
    ])
    expect(json.diagnostics[0]).toMatchObject({
      ruleId: 'flattened-input',
      severity: 'info',
      file: SEED_FILE,
      line: 1,
      column: 1,
    })
  })

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await cli(['parse', SEED_FILE], seedFs())
    expect(code).toBe(0)
    expect(stdout).toContain('24 topics · 6 people · 2 action items · 7 prerequisite links')
    expect(stdout).toContain('Marc Rittinghaus (also Marc Rittinhaus, Marc)')
    expect(stdout).not.toContain('\u001b[') // no colour when not a TTY
  })

  it('reads a folder, and several files, as one roadmap', async () => {
    const fs = new MemoryFileSystem({
      'notes/b.md': '### Topic: Beta\n**Owner**: Ann Lee\n**Prerequisites**: Alpha\n',
      'notes/a.md': '### Topic: Alpha\n**Owner**: Ann\n',
      'notes/.hidden/x.md': '### Topic: Hidden\n',
      'notes/readme.txt': '### Topic: Not markdown\n',
    })
    const { stdout } = await cli(['parse', 'notes', '--json'], fs)
    const json = JSON.parse(stdout)
    expect(json.files).toEqual(['notes/a.md', 'notes/b.md'])
    expect(json.topics.map((t: { id: string }) => t.id)).toEqual(['alpha', 'beta'])
    expect(json.topics[0].owners).toEqual(['Ann Lee'])
    expect(json.topics[1].prerequisites[0].topic).toBe('alpha')
  })
})

describe('waymark lint', () => {
  it('exits 0 on the seed (warnings only) and groups by topic', async () => {
    const { code, stdout } = await cli(['lint', SEED_FILE], seedFs())
    expect(code).toBe(0)
    expect(stdout).toContain('  Memory Randomization (ASLR)\n')
    expect(stdout).toMatch(/1:1193 +warning +Topic “Memory Randomization \(ASLR\)” has no owner \(“TODO”\)\. +missing-owner/)
    expect(stdout).toContain('✖ 71 problems (0 errors, 57 warnings, 14 infos)')
    expect(stdout).toContain('To do, per person')
    expect(stdout).toMatch(/Simon Kuenzer — \d+ items\n {4}name an owner: Platform Rearchitecting/)
  })

  it('exits 1 when the roadmap has errors', async () => {
    const fs = new MemoryFileSystem({ 'r.md': '### Topic: A\n**Prerequisites**: [[Nowhere]]\n' })
    const { code, stdout } = await cli(['lint', 'r.md'], fs)
    expect(code).toBe(1)
    expect(stdout).toContain('broken-link')
  })

  it('colours only on a TTY, never with NO_COLOR', async () => {
    const fs = seedFs()
    expect((await cli(['lint', SEED_FILE], fs, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[33m')
    expect((await cli(['lint', SEED_FILE], fs, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[')
  })

  it('hides infos with --quiet', async () => {
    const { stdout } = await cli(['lint', SEED_FILE, '--quiet'], seedFs())
    expect(stdout).not.toContain('flattened-input')
    expect(stdout).toContain('infos hidden by --quiet')
  })

  it('writes JSON, GitHub annotations and SARIF', async () => {
    const json = JSON.parse((await cli(['lint', SEED_FILE, '--format', 'json'], seedFs())).stdout)
    expect(json.counts).toEqual({ error: 0, warning: 57, info: 14 })
    expect(json.todo[0].person).toBe('Răzvan Deaconescu')

    const github = (await cli(['lint', SEED_FILE, '--format', 'github'], seedFs())).stdout.trim().split('\n')
    expect(github).toHaveLength(71)
    expect(github[0]).toMatch(
      /^::notice file=examples\/unikraft-community-2022-08-25\.md,line=1,col=1,title=waymark flattened-input::/,
    )
    expect(github.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true)

    const sarif = JSON.parse((await cli(['lint', SEED_FILE, '--format', 'sarif'], seedFs())).stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.name).toBe('waymark')
    expect(sarif.runs[0].results).toHaveLength(71)
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'missing-owner')
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/unikraft-community-2022-08-25.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1193 },
    })
    const rules = sarif.runs[0].tool.driver.rules
    expect(rules[result.ruleIndex].id).toBe('missing-owner')
  })

  it('rejects an unknown format', async () => {
    const { code, stderr } = await cli(['lint', SEED_FILE, '--format', 'xml'], seedFs())
    expect(code).toBe(2)
    oneLine(stderr)
  })
})

describe('bad input: one line, no stack trace, exit 2', () => {
  const cases: [string, MemoryFileSystem, string[], RegExp][] = [
    ['a missing file', new MemoryFileSystem(), ['lint', 'nope.md'], /^waymark: nope\.md: no such file or folder$/],
    [
      'a folder without documents',
      new MemoryFileSystem({ 'd/a.txt': 'x', 'd/waymark.yaml': 'deadline: 2027-01-01' }),
      ['lint', 'd'],
      /^waymark: d: no documents in this folder \(Markdown \*\.md, \*\.rst, \*\.csv, \*\.tsv or \*\.yaml\)$/,
    ],
    [
      'a binary file',
      new MemoryFileSystem({ 'b.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) }),
      ['lint', 'b.md'],
      /^waymark: b\.md:1:5: not a text file \(binary data: a NUL byte at offset 4\)$/m,
    ],
    [
      'invalid UTF-8',
      new MemoryFileSystem({ 'u.md': new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x42, 0xff, 0x43]) }),
      ['parse', 'u.md'],
      /^waymark: u\.md:2:2: invalid UTF-8 \(byte 0xff/,
    ],
    ['an unknown command', new MemoryFileSystem(), ['plan2', 'x'], /unknown command “plan2”/],
    ['an unknown option', new MemoryFileSystem(), ['lint', '--bogus', 'x'], /waymark lint: Unknown option '--bogus'/],
    ['no file', new MemoryFileSystem(), ['lint'], /no file given/],
  ]
  it.each(cases)('%s', async (_, fs, argv, message) => {
    const { code, stderr, stdout } = await cli(argv, fs)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    oneLine(stderr)
    expect(stderr.trim()).toMatch(message)
  })

  it('a 50 MB file is refused before it is read', async () => {
    const fs = new MemoryFileSystem({ 'big.md': '# x' })
    fs.fakeSizes.set('big.md', 50 * 1024 * 1024)
    const { code, stderr } = await cli(['lint', 'big.md'], fs)
    expect(code).toBe(2)
    oneLine(stderr)
    expect(stderr).toMatch(/big\.md: file is 50\.0 MiB; Waymark reads notes up to 10\.0 MiB \(raise it with --max-size\)/)
    expect((await cli(['lint', 'big.md', '--max-size', '64MB'], fs)).stderr).not.toContain('50.0 MiB')
  })

  it('an empty file or a note without topics is an error diagnostic naming the file', async () => {
    for (const text of ['', '# Meeting\n\nNothing proposed today.\n']) {
      const { code, stdout } = await cli(['lint', 'e.md', '--format', 'json'], new MemoryFileSystem({ 'e.md': text }))
      expect(code).toBe(1)
      expect(JSON.parse(stdout).diagnostics).toMatchObject([
        { ruleId: 'no-topics', severity: 'error', file: 'e.md', line: 1, column: 1 },
      ])
    }
  })

  it('bounds the calendar to the years 1900–9999, in one line', async () => {
    const late = await cli(['plan', SEED_FILE, '--start', '9999-12-31'], seedFs())
    expect(late).toMatchObject({
      code: 2,
      stderr: `waymark: ${SEED_FILE}: the plan runs past 9999-12-31, the last date Waymark plans on; start earlier or check the estimates\n`,
    })
    const early = await cli(['plan', SEED_FILE, '--start', '1800-01-01'], seedFs())
    expect(early.code).toBe(2)
    expect(early.stderr).toBe(
      'waymark: --start: expected a date from 1900-01-01 to 9999-12-31 such as 2022-09-01, got “1800-01-01”.\n',
    )
    const ics = await cli(['export', '--format', 'ics', SEED_FILE, '--start', '9980-01-02'], seedFs())
    expect(ics.code).toBe(0)
    for (const date of ics.stdout.matchAll(/DT(?:START|END);VALUE=DATE:(\d+)/g)) expect(date[1]).toMatch(/^\d{8}$/)
  })

  it('an unreadable folder and a link loop are named, in one line, not called bugs', async () => {
    const fs = new MemoryFileSystem({ 'notes/a.md': '# A' })
    fs.readDirectory = async () => {
      throw Object.assign(new Error("EACCES: permission denied, scandir 'notes'"), { code: 'EACCES', syscall: 'scandir' })
    }
    const folder = await cli(['lint', 'notes'], fs)
    expect(folder).toMatchObject({ code: 2, stderr: 'waymark: notes: cannot be read: permission denied (EACCES)\n' })
    fs.stat = async () => {
      throw Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP' })
    }
    const loop = await cli(['lint', 'loop.md'], fs)
    expect(loop).toMatchObject({
      code: 2,
      stderr: 'waymark: loop.md: cannot be read: too many symbolic links (a link loop?) (ELOOP)\n',
    })
  })

  it('an unreadable file is named, in one line', async () => {
    const fs = seedFs()
    fs.readFile = async () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
    }
    const { code, stderr } = await cli(['lint', SEED_FILE], fs)
    expect(code).toBe(2)
    oneLine(stderr)
    expect(stderr).toBe(`waymark: ${SEED_FILE}: cannot be read: permission denied (EACCES)\n`)
  })

  it('an internal error says it is a bug, in one line, without a stack trace', async () => {
    const fs = seedFs()
    fs.stat = async () => {
      throw new TypeError('boom')
    }
    const { code, stderr } = await cli(['lint', SEED_FILE], fs)
    expect(code).toBe(2)
    oneLine(stderr)
    expect(stderr).toMatch(/^waymark: internal error \(this is a bug in Waymark; .*\): boom$/m)
  })
})

describe('waymark fmt', () => {
  it('prints the readable note and writes nothing', async () => {
    const fs = seedFs()
    const { code, stdout } = await cli(['fmt', SEED_FILE], fs)
    expect(code).toBe(0)
    expect(stdout.split('\n').length).toBeGreaterThan(300)
    expect(fs.writes).toEqual([])
    expect(fs.text(SEED_FILE)).toBe(SEED_TEXT)
  })

  it('--write replaces the file; --check tells whether it is formatted', async () => {
    const fs = seedFs()
    expect((await cli(['fmt', '--check', SEED_FILE], fs)).code).toBe(1)
    const { code, stderr } = await cli(['fmt', '--write', SEED_FILE], fs)
    expect(code).toBe(0)
    expect(stderr).toBe(`formatted ${SEED_FILE}\n`)
    expect(fs.writes).toEqual([SEED_FILE])
    expect((await cli(['fmt', '--check', SEED_FILE], fs)).code).toBe(0)
    await cli(['fmt', '--write', SEED_FILE], fs)
    expect(fs.writes).toEqual([SEED_FILE]) // already formatted: not written again
  })
})

describe('help and version', () => {
  it('prints help and the version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: waymark <command>')
    expect((await cli(['lint', '--help'])).stdout).toContain('--format FORMAT')
    expect((await cli(['--version'])).stdout).toBe('0.0.0-test\n')
    expect((await cli([])).code).toBe(2)
  })
})

describe('waymark plan', () => {
  it('prints the contract JSON for the seed', async () => {
    const { code, stdout } = await cli(['plan', SEED_FILE, '--json', '--budget', '300'], seedFs())
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(json).toMatchObject({
      start: '2022-08-26',
      makespanDays: expect.any(Number),
      finish: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(json.topics).toHaveLength(24)
    for (const t of json.topics) {
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(['id', 'title', 'start', 'finish', 'owners', 'slack', 'critical', 'assumed', 'reason']),
      )
      expect(t.start <= t.finish).toBe(true)
    }
    expect(json.criticalPath.length).toBeGreaterThan(0)
    expect(json.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'assumed-estimate')).toBe(true)
  })

  it('is deterministic for a seed and honours --start', async () => {
    const a = await cli(['plan', SEED_FILE, '--json', '--seed', '7', '--budget', '200'], seedFs())
    const b = await cli(['plan', SEED_FILE, '--json', '--seed', '7', '--budget', '200'], seedFs())
    expect(a.stdout).toBe(b.stdout)
    const later = JSON.parse(
      (await cli(['plan', SEED_FILE, '--json', '--start', '2023-01-02', '--budget', '50'], seedFs())).stdout,
    )
    expect(later.start).toBe('2023-01-02')
  })

  it('prints a readable plan with the critical path and the reasons', async () => {
    const { stdout } = await cli(['plan', SEED_FILE, '--budget', '300'], seedFs())
    expect(stdout).toContain('Critical path: Unikernel Loader → Memory Randomization (ASLR)')
    expect(stdout).toContain('starts after “W^X Support” because both need Marc Rittinghaus')
    expect(stdout).toMatch(/Finish: 2023-\d\d-\d\d \(\d+ working days/)
  })

  it('reads waymark.yaml beside the notes', async () => {
    const fs = new MemoryFileSystem({
      'notes/r.md': '### Topic: A\n**Owner**: Ann Lee\n**Estimate**: 10 days\n',
      'notes/waymark.yaml': 'start: 2024-03-04\npeople:\n  Ann Lee: { capacity: 50% }\n',
    })
    const json = JSON.parse((await cli(['plan', 'notes', '--json'], fs)).stdout)
    expect(json.topics[0]).toMatchObject({ start: '2024-03-04', finish: '2024-03-29', days: 20 })
  })

  it('solves a PSPLIB instance and prints jobs numbered as in the file', async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/psplib/j301_1.sm'), 'utf8')
    const json = JSON.parse(
      (await cli(['plan', 'j301_1.sm', '--json', '--budget', '2000'], new MemoryFileSystem({ 'j301_1.sm': text }))).stdout,
    )
    expect(json.makespan).toBe(43)
    expect(json.jobs).toHaveLength(32)
    expect(json.jobs[0]).toEqual({ job: 1, start: 0, duration: 0 })
  })

  it('rejects bad options and inputs in one line', async () => {
    for (const [argv, message] of [
      [['plan', SEED_FILE, '--start', '2023-02-30'], /--start: expected a date/],
      [['plan', SEED_FILE, '--budget', '0'], /--budget: expected a whole number from 1/],
      [['plan', SEED_FILE, '--seed', 'x1'], /--seed: expected a whole number/],
      [['plan', 'x.sm'], /x\.sm: no such file/],
    ] as const) {
      const { code, stderr } = await cli([...argv], seedFs())
      expect(code).toBe(2)
      oneLine(stderr)
      expect(stderr).toMatch(message)
    }
    const fs = new MemoryFileSystem({ 'empty.md': '# Nothing\n', 'bad.sm': 'jobs (incl. supersource/sink ):  3\n' })
    expect((await cli(['plan', 'empty.md'], fs)).stderr).toMatch(/^waymark: empty\.md: no topics to plan/)
    expect((await cli(['plan', 'bad.sm'], fs)).stderr).toMatch(/^waymark: bad\.sm:\d+: not a PSPLIB \.sm instance/)
  })
})

describe('folders of documents', () => {
  it('reads every kind of document in a folder, says which it cannot read, and leaves the settings out', async () => {
    const fs = new MemoryFileSystem({
      'plans/notes.md': '### Topic: Boot\n**Owner**: Ana\n**Estimated duration**: 2 weeks\n',
      'plans/sheet.csv': 'Project,Mentor 1\nDocs,Bo Chen\n',
      'plans/spec.rst': 'Spec\n====\n\n:Author: Cy Diaz\n:Status: draft\n',
      'plans/mkdocs.yml': 'site_name: Docs\n',
      'plans/_config.yml': 'title: Our blog\ntheme: minima\n',
      'plans/waymark.yaml': 'deadline: 2027-12-31\n',
    })
    const { stdout } = await cli(['parse', 'plans', '--json'], fs)
    const parsed = JSON.parse(stdout) as {
      files: string[]
      topics: { title: string }[]
      diagnostics: { ruleId: string; file: string }[]
    }
    expect(parsed.files).toEqual(['plans/_config.yml', 'plans/mkdocs.yml', 'plans/notes.md', 'plans/sheet.csv', 'plans/spec.rst'])
    expect(parsed.topics.map((t) => t.title)).toEqual(['Boot', 'Docs', 'Spec'])
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'unreadable-file').map((d) => d.file)).toEqual([
      'plans/_config.yml',
      'plans/mkdocs.yml',
    ])
  })
})
