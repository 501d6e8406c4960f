/**
 * GitHub issues as input, in the exact shapes `gh issue list --json number,title,body,
 * assignees,labels,milestone,state,url` and the REST issues endpoint write
 * (test/fixtures/issues/): assignees are owners, a milestone's due date the deadline,
 * labels priority, size and status, body references prerequisites, closed issues done;
 * a page of 5,000 issues; hostile bodies and files that are no issue list.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labelFields, prerequisitesIn, readIssuesFile } from '../../src/read/github-issues.js'
import { check, cli, MemoryFileSystem, ROOT } from '../helpers.js'

const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/issues', name), 'utf8')

describe('gh issue list --json', () => {
  const { roadmap, lint } = check({ 'issues.json': fixture('gh-issue-list.json') })
  const topic = (title: string) => roadmap.topics.find((t) => t.title === title)

  it('reads each issue as a topic, its number as another name', () => {
    expect(roadmap.topics.map((t) => t.title)).toEqual(['Parser rewrite', 'Lexer', 'Docs site', 'Release <b>v2</b> & "friends"'])
    expect(topic('Parser rewrite')?.aliases).toEqual(['#12'])
    expect(topic('Parser rewrite')?.place).toEqual({ file: 'issues.json', line: 2, column: 3 })
  })

  it('takes assignees as owners, the milestone as the deadline, labels as priority and status', () => {
    expect(topic('Parser rewrite')).toMatchObject({ owners: ['@octocat'], priority: 'high', deadline: '2027-03-31' })
    expect(topic('Docs site')).toMatchObject({
      owners: ['@hubot', '@monalisa'],
      priority: 'medium',
      status: { state: 'in-progress' },
    })
    expect(topic('Release <b>v2</b> & "friends"')?.status?.state).toBe('blocked')
    expect(topic('Lexer')?.status?.state).toBe('done')
  })

  it("reads the body's fields with the notes' reader, over a size label", () => {
    expect(topic('Parser rewrite')?.estimate).toMatchObject({ kind: 'estimate', text: '3 weeks' })
    expect(lint.diagnostics.filter((d) => d.ruleId === 'not-a-duration')).toEqual([])
  })

  it('links `depends on #11`, `blocked by #14` and task-list items as prerequisites', () => {
    const linked = (title: string) => topic(title)?.prerequisites.map((p) => p.topic)
    expect(linked('Parser rewrite')).toEqual(['lexer'])
    expect(linked('Docs site')).toEqual(['release-bv2b-friends', 'parser-rewrite', 'lexer'])
  })

  it('plans them (`waymark plan issues.json`)', async () => {
    const fs = new MemoryFileSystem({ 'issues.json': fixture('gh-issue-list.json') })
    const { code, stdout } = await cli(['plan', 'issues.json', '--start', '2027-01-04', '--json'], fs)
    expect(code).toBe(0)
    const plan = JSON.parse(stdout)
    expect(plan.topics.map((t: { id: string }) => t.id)).toEqual(['parser-rewrite', 'docs-site', 'release-bv2b-friends'])
    expect(plan.excluded).toEqual([{ id: 'lexer', title: 'Lexer', why: 'done' }])
  })
})

describe('the REST issues endpoint', () => {
  const { roadmap } = check({ 'rest.json': fixture('rest-issues.json') })

  it('reads issues, leaves pull requests out, and closed as not planned is dropped', () => {
    expect(roadmap.topics.map((t) => [t.title, t.status?.state ?? null])).toEqual([
      ['Scheduler API', null],
      ['Scheduler core', 'done'],
      ['Old plugin system', 'dropped'],
    ])
    const api = roadmap.topics[0]
    expect(api).toMatchObject({ owners: ['@octocat'], priority: 'critical', deadline: '2027-06-30' })
    expect(api?.estimate).toMatchObject({ kind: 'estimate', text: '2 weeks' })
    expect(api?.prerequisites.map((p) => p.topic)).toEqual(['scheduler-core'])
    expect(api?.links.map((l) => l.text)).toEqual(['https://github.com/example/waymark-demo/issues/21'])
  })
})

describe('labels and references', () => {
  it('follow the common conventions', () => {
    expect(
      labelFields(['priority/high', 'size: L', 'status/blocked', 'P0', 'effort=S', 'low priority', 'wip', "won't fix"]),
    ).toEqual({
      priority: ['high', 'critical', 'low'],
      size: ['L', 'S'],
      status: ['blocked', 'in progress', 'dropped'],
      estimate: [],
    })
    expect(labelFields(['bug', 'good first issue'])).toEqual({ priority: [], size: [], status: [], estimate: [] })
  })

  it('are read from bodies, each once', () => {
    expect(prerequisitesIn('Blocked by #3 and #4. Depends on: #5, #6\n- [ ] #7\n- [x] #3 done\nSee #99.')).toEqual([
      '#3',
      '#4',
      '#5',
      '#6',
      '#7',
    ])
  })
})

describe('a page of 5,000 issues', () => {
  it('reads and plans every one, prerequisites linked', async () => {
    const issues = Array.from({ length: 5000 }, (_, k) => ({
      assignees: [{ id: `U${k % 50}`, login: `dev${k % 50}`, name: '' }],
      body: k > 0 && k % 3 === 0 ? `**Estimated duration**: ${1 + (k % 4)} weeks\n\nDepends on #${k}` : '',
      labels: [{ id: `L${k}`, name: k % 7 === 0 ? 'priority/high' : 'size/S', description: '', color: 'ededed' }],
      milestone: k % 5 === 0 ? { number: 1, title: 'v1', description: '', dueOn: '2028-12-31T00:00:00Z' } : null,
      number: k + 1,
      state: k % 11 === 0 ? 'CLOSED' : 'OPEN',
      title: `Issue ${k + 1}: part ${k}`,
      url: `https://github.com/example/big/issues/${k + 1}`,
    }))
    const text = JSON.stringify(issues, null, 2)
    const model = readIssuesFile({ file: 'big.json', text })
    expect(model.topics).toHaveLength(5000)
    const { roadmap } = check({ 'big.json': text })
    const linked = roadmap.topics.filter((t) => t.prerequisites.some((p) => p.topic !== null)).length
    expect(linked).toBe(issues.filter((i) => i.body.includes('Depends on')).length)
    const fs = new MemoryFileSystem({ 'big.json': text })
    const { code, stdout } = await cli(['plan', 'big.json', '--start', '2027-01-04', '--budget', '30', '--json'], fs)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).topics.length).toBe(5000 - issues.filter((i) => i.state === 'CLOSED').length)
  }, 60_000)
})

describe('hostile and wrong files', () => {
  it('say what is wrong, at the place, never a stack trace', () => {
    const notJson = readIssuesFile({ file: 'x.json', text: '[\n  {"number": 1,\n  "title": \n' })
    expect(notJson.diagnostics[0]).toMatchObject({ ruleId: 'unreadable-file' })
    expect(notJson.diagnostics[0]?.place?.line).toBeGreaterThan(1)
    const notList = readIssuesFile({ file: 'x.json', text: '{"name": "waymark", "version": "1.0.0"}' })
    expect(notList.diagnostics.map((d) => d.ruleId)).toEqual(['unreadable-file'])
    const noTitles = readIssuesFile({ file: 'x.json', text: '[{"number": 1}, 2, null, "x"]' })
    expect(noTitles.topics).toEqual([])
    expect(noTitles.diagnostics.map((d) => d.ruleId)).toEqual(['unreadable-file'])
  })

  it('keep hostile bodies and titles as text', () => {
    const text = JSON.stringify([
      {
        number: 1,
        title: '</script><img src=x onerror=alert(1)>',
        body: '*'.repeat(100_000),
        state: 'OPEN',
        assignees: [{ login: 'a'.repeat(500) }],
      },
      {
        number: 2,
        title: 'x',
        body: 'Depends on ' + '#1 '.repeat(20_000),
        state: 'OPEN',
        labels: [{ name: '__proto__' }, { name: 'constructor' }],
      },
    ])
    const { roadmap } = check({ 'h.json': text })
    expect(roadmap.topics.map((t) => t.title)).toEqual(['</script><img src=x onerror=alert(1)>', 'x'])
    expect(roadmap.topics[1]?.prerequisites.map((p) => p.topic)).toEqual(['scriptimg-srcx-onerroralert1'])
  })
})

describe('a note and the issues tracking its topics', () => {
  const note = [
    '# Roadmap 2027\n',
    '### Topic: Faster parser\n**Tracking issue**: #12\n**Estimated duration**: 5 weeks\n**Priority**: low\n',
    '### Topic: Lexer cleanup\n**Owner**: Ann Lee\n**Tracking issue**: https://github.com/example/waymark-demo/issues/11\n',
  ].join('\n')
  const { roadmap, lint } = check({ 'notes.md': note, 'issues.json': fixture('gh-issue-list.json') })
  const topic = (title: string) => roadmap.topics.find((t) => t.title === title)

  it('are one topic: the note first, the issue for what the note leaves open and its closed state', () => {
    expect(roadmap.topics.map((t) => t.title)).toEqual([
      'Faster parser',
      'Lexer cleanup',
      'Docs site',
      'Release <b>v2</b> & "friends"',
    ])
    // Issue #12: its assignee and milestone fill the note's gaps; the note's estimate and priority stay.
    expect(topic('Faster parser')).toMatchObject({ owners: ['@octocat'], deadline: '2027-03-31', priority: 'low' })
    expect(topic('Faster parser')?.estimate).toMatchObject({ text: '5 weeks' })
    expect(topic('Faster parser')?.aliases).toEqual(['#12'])
    // Issue #11 is closed: the topic is done, whatever the note says.
    expect(topic('Lexer cleanup')).toMatchObject({ owners: ['Ann Lee'], status: { state: 'done' } })
    // A reference to the issue's number now links the note's topic.
    expect(topic('Docs site')?.prerequisites.map((p) => p.topic)).toEqual([
      'release-bv2b-friends',
      'faster-parser',
      'lexer-cleanup',
    ])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'issue-merged').map((d) => d.params)).toEqual([
      { topic: 'Faster parser', issue: '#12', title: 'Parser rewrite' },
      { topic: 'Lexer cleanup', issue: '#11', title: 'Lexer' },
    ])
    expect(lint.diagnostics.filter((d) => d.ruleId === 'duplicate-topic')).toEqual([])
  })
})
