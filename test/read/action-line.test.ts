import { describe, expect, it } from 'vitest'
import { assignedAction, assigneesIn, markedAction } from '../../src/read/action-line.js'
import { readSource } from '../../src/read/read-source.js'

const actions = (text: string): [string[], string][] =>
  readSource({ file: 'notes.md', text }).actions.map((a) => [a.assignees.map((n) => n.text), a.text])

describe('action lines', () => {
  it('reads marked lines with and without an assignee', () => {
    expect(markedAction('TODO: write the release blog')).toEqual({ names: [], text: 'write the release blog', explicit: true })
    expect(markedAction('**TODO**: book the room')).toEqual({ names: [], text: 'book the room', explicit: true })
    expect(markedAction('TODO JP: Draft the storage RFC')).toEqual({
      names: ['JP'],
      text: 'Draft the storage RFC',
      explicit: true,
    })
    expect(markedAction('ACTION: ping the security list')).toEqual({ names: [], text: 'ping the security list', explicit: true })
    expect(markedAction('Action item: Ana/Bo: merge the docs')?.text).toBe('Ana/Bo: merge the docs')
    expect(markedAction('TODO: Ship 2.0 (owner: JP, tech lead: AK)')?.names).toEqual(['JP'])
    expect(markedAction('Todos are tracked on the board')).toBeNull()
  })

  it('reads assignments: to, will, a dash, assign to, a speaker with to', () => {
    expect(assignedAction('Priya to update the installer docs')?.names).toEqual(['Priya'])
    expect(assignedAction('Ana and Bo will run the survey')?.names).toEqual(['Ana', 'Bo'])
    expect(assignedAction('Ana & Bo- collecting feedback on the beta')?.names).toEqual(['Ana', 'Bo'])
    expect(assignedAction('Assign to @kwong')?.names).toEqual(['@kwong'])
    expect(assignedAction('kwong: to follow up')).toEqual({ names: ['kwong'], text: 'to follow up', explicit: true })
    expect(assignedAction('Priya to own the release, Tom to write the notes')?.names).toEqual(['Priya', 'Tom'])
  })

  it('takes no sentence for an assignment', () => {
    for (const line of [
      'Welcome to our ideas page!',
      'Stick to the current process.',
      'Ability to configure the cache size',
      'Medium to hard.',
      'The Fellows should be consulted',
      'Need to update docs',
      'Refactor Cargo to allow plugins',
    ])
      expect(assignedAction(line), line).toBeNull()
  })

  it('finds who does it inside the text', () => {
    expect(assigneesIn('Check the flaky test. Robert can check.')).toEqual(['Robert'])
    expect(assigneesIn('Land the port (owners: Kim)')).toEqual(['Kim'])
  })
})

describe('action items in a document', () => {
  it('makes every line of an action section an action, unless the section also records decisions', () => {
    const text = [
      '# Sync',
      '',
      '## Action items',
      '',
      '- Tim to reach out to the foundation',
      '- Data gathering on forum use',
    ].join('\n')
    expect(actions(text)).toEqual([
      [['Tim'], 'Tim to reach out to the foundation'],
      [[], 'Data gathering on forum use'],
    ])
    const mixed = ['## TODOs and Decisions', '', '- TODO JP: Draft the RFC', '- Keep the old API one more release'].join('\n')
    const read = readSource({ file: 'n.md', text: mixed })
    expect(read.actions.map((a) => [a.assignees.map((n) => n.text), a.text])).toEqual([[['JP'], 'Draft the RFC']])
    expect(read.decisions.map((d) => d.text)).toEqual(['Keep the old API one more release'])
  })

  it('reads a handle before a colon as one assignee', () => {
    expect(actions('## Action items\n\n- @bob: update the docs\n')).toEqual([[['@bob'], 'update the docs']])
  })

  it('finds marked lines anywhere, and assignments outside action sections only in minutes, of people it names', () => {
    const minutes = [
      '---',
      'participants: [Priya Raman, Tom Berg]',
      '---',
      '# Team meeting 2026-05-04',
      '',
      '## Release',
      '',
      '* Build is green again',
      '  * TODO: announce the freeze',
      '* Priya to update the installer docs',
      '* Difficult to split in tasks.',
      '* Assign to @kwong',
    ].join('\n')
    expect(actions(minutes)).toEqual([
      [[], 'announce the freeze'],
      [['Priya'], 'Priya to update the installer docs'],
      [['@kwong'], 'Assign to @kwong'],
    ])
    const ideas = ['# Ideas', '', '## Storage', '', '- Priya to update the installer docs', '- TODO: add mentors'].join('\n')
    expect(actions(ideas)).toEqual([[[], 'add mentors']])
  })
})
