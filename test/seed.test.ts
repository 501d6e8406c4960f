/**
 * The flagship example, the Unikraft community meeting note of 2022-08-25, flattened to
 * one line: what Waymark must read from it (the reading issue's "Done when").
 */
import { describe, expect, it } from 'vitest'
import { SEED_FILE, SEED_TEXT, check, seed } from './helpers.js'
import { formatNote } from '../src/render/markdown/format-note.js'

const { roadmap, lint, documents } = seed()
const topic = (title: string) => {
  const t = roadmap.topics.find((x) => x.title === title)
  if (!t) throw new Error(`no topic ${title}`)
  return t
}

describe('the seed note', () => {
  it('is the note exactly as received: one line of 14,379 characters', () => {
    expect(Buffer.byteLength(SEED_TEXT)).toBe(14379)
    expect(SEED_TEXT).not.toContain('\n')
  })

  it('is recognised as flattened and its structure recovered', () => {
    expect(documents[0]?.recovered).toBe(true)
    const info = lint.diagnostics.find((d) => d.ruleId === 'flattened-input')
    expect(info?.severity).toBe('info')
    expect(info?.place).toEqual({ file: SEED_FILE, line: 1, column: 1 })
  })

  it('reads the front matter', () => {
    expect(roadmap.meta.title).toBe('Community Meeting, August 25, 2022')
    expect(roadmap.meta.date).toBe('2022-08-25')
    expect(roadmap.meta.tags).toEqual(['unikraft', 'community', 'roadmap'])
    expect(roadmap.meta.location).toMatch(/^Online, Discord/)
    expect(roadmap.meta.teams).toEqual(['community'])
    expect(roadmap.meta.participants).toEqual([]) // `- TODO` is a placeholder
  })

  it('has 24 topics; the template is not one of them', () => {
    expect(roadmap.topics).toHaveLength(24)
    expect(roadmap.topics.some((t) => t.title.includes('template'))).toBe(false)
    expect(lint.diagnostics.filter((d) => d.ruleId === 'template-ignored')).toHaveLength(1)
    expect(roadmap.topics[0]?.title).toBe('Kubernetes (containerd integration)')
    expect(roadmap.topics[23]?.title).toBe('Unikraft System Shutdown')
  })

  it('reads aliases and title tags', () => {
    const signals = topic('posix-process: Signal Reimplementation')
    expect(signals.aliases).toEqual(['uksignal'])
    expect(signals.tags).toEqual(['upcoming'])
    expect(signals.status?.state).toBe('upcoming')
    expect(signals.id).toBe('posix-process-signal-reimplementation')
  })

  it('resolves the owners; TODO is no owner', () => {
    const owners = Object.fromEntries(roadmap.topics.filter((t) => t.owners.length > 0).map((t) => [t.title, t.owners]))
    expect(owners).toEqual({
      'Kubernetes (containerd integration)': ['Alexander Jung'],
      'POSIX mmap / mprotect': ['Marc Rittinghaus'],
      'W^X Support': ['Marc Rittinghaus'],
      'GDB stub': ['Marc Rittinghaus'],
      'RISC-V Support': ['Eduard Vintilă'],
    })
    expect(topic('Memory Randomization (ASLR)').techLeads).toEqual(['Marc Rittinghaus'])
    expect(topic('Kubernetes (containerd integration)').techLeads).toEqual(['Alexander Jung'])
    expect(topic('W^X Support').authors).toEqual(['Marc Rittinghaus'])
    expect(topic('POSIX mmap / mprotect').authors).toEqual(['Michalis Pappas'])
    expect(topic('Unikraft System Shutdown').authors).toEqual(['Simon Kuenzer']) // `**Author**` without colon
  })

  it('reads the estimates in working days', () => {
    const estimate = (title: string) => {
      const e = topic(title).estimate
      return e?.kind === 'estimate' ? [e.low, e.high] : (e?.kind ?? null)
    }
    expect(estimate('Kubernetes (containerd integration)')).toEqual([126, 126]) // 6 months
    expect(estimate('POSIX mmap / mprotect')).toEqual([20, 40]) // 4 - 8 weeks
    expect(estimate('W^X Support')).toEqual([5, 5]) // 1 week
    expect(estimate('RISC-V Support')).toEqual([21, 21]) // 1 month
    expect(estimate('GDB stub')).toEqual([20, 20]) // 2 weeks (…), +2 weeks (…)
    expect(estimate('Multiple Bootloaders')).toBe('missing') // TODO months
    expect(estimate('ISR-Safe Code')).toBeNull() // no field at all
    const known = roadmap.topics.filter((t) => t.estimate?.kind === 'estimate')
    expect(known).toHaveLength(13)
    expect(topic('GDB stub').estimate?.text).toBe(
      '2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)',
    )
  })

  it('links exactly the seven prerequisites, and nothing else', () => {
    const links = roadmap.topics.flatMap((t) =>
      t.prerequisites.filter((p) => p.topic !== null).map((p) => `${t.title} ← ${topic(titleOf(p.topic as string)).title}`),
    )
    expect(links.sort()).toEqual(
      [
        'Memory Randomization (ASLR) ← Unikernel Loader',
        'HyperV Support ← Platform Rearchitecting',
        'VMware Support ← Platform Rearchitecting',
        'Firecracker Support ← Platform Rearchitecting',
        'RISC-V Support ← Platform Rearchitecting',
        'Driver Shim Layer ← Baremetal',
        'Automated API Documentation (doxygen or similar) ← Code Conventions (Internal)',
      ].sort(),
    )
    expect(topic('Memory Randomization (ASLR)').prerequisites[0]?.text).toBe('Unikraft Loader')
  })

  it('keeps the external prerequisites external', () => {
    const externals = roadmap.topics.flatMap((t) => t.prerequisites.filter((p) => p.kind === 'external').map((p) => p.text))
    expect(externals).toEqual(
      expect.arrayContaining([
        'Iteration of shared libraries, and ability to pull them from environment;',
        'Requires a second serial connection to Unikraft',
        'uknofault library (return code instead of a page fault, last cleanup necessary for PR)',
      ]),
    )
    expect(topic('GDB stub').prerequisites.every((p) => p.kind === 'external')).toBe(true)
  })

  it('reads N/A as no prerequisite, keeping its explanation', () => {
    const wx = topic('W^X Support')
    expect(wx.prerequisites).toEqual([])
    expect(wx.prerequisitesMissing).toEqual({
      kind: 'not-applicable',
      text: 'N/A (paging support already enabled)',
      explanation: 'paging support already enabled',
    })
    expect(topic('Unit Tests for Internal Libraries').prerequisitesMissing?.kind).toBe('not-applicable')
    expect(topic('Baremetal').prerequisitesMissing?.kind).toBe('placeholder')
  })

  it('turns loose mentions in prose into suggested relations, not edges', () => {
    const relations = roadmap.relations.map((r) => `${titleOf(r.from)} → ${titleOf(r.to)}`)
    expect(relations).toEqual([
      'Unikernel Loader → Memory Randomization (ASLR)',
      'Multiple Bootloaders → Platform Rearchitecting',
    ])
  })

  it('merges the spellings of people, and reports each merge', () => {
    const people = Object.fromEntries(roadmap.people.map((p) => [p.name, [...p.spellings].sort()]))
    expect(people).toEqual({
      'Alexander Jung': ['Alex', 'Alexander Jung'],
      'Răzvan Deaconescu': ['RD', 'Răzvan Deaconescu'],
      'Marc Rittinghaus': ['Marc', 'Marc Rittinghaus', 'Marc Rittinhaus'],
      'Simon Kuenzer': ['SK', 'Simon Kuenzer'],
      'Michalis Pappas': ['Michalis Pappas'],
      'Eduard Vintilă': ['Eduard Vintilă'],
    })
    const merges = lint.diagnostics.filter((d) => d.ruleId === 'person-merged' || d.ruleId === 'possible-typo')
    expect(merges.map((d) => d.severity)).toEqual(['info', 'info', 'info', 'info', 'info'])
    expect(merges).toHaveLength(5)
  })

  it('reads both action items with their assignees', () => {
    expect(roadmap.actions.map((a) => [a.text, a.assignees])).toEqual([
      ['Add estimated durations for each topic.', ['Everyone']],
      ['Draft version of roadmap', ['Răzvan Deaconescu']],
    ])
  })

  it('reads the discussions with their speakers, and the agenda', () => {
    expect(roadmap.discussions.map((d) => [d.title, d.statements.map((s) => s.speaker)])).toEqual([
      ['Musl Support', ['Simon Kuenzer']],
      ['Community Organization', ['Răzvan Deaconescu', 'Răzvan Deaconescu']],
    ])
    expect(roadmap.agenda.map((a) => a.text)).toEqual(['OSS Roadmap (2022-2023)'])
  })

  it('points every topic and field at its place in the one-line file', () => {
    for (const t of roadmap.topics) {
      expect(t.place.line).toBe(1)
      expect(SEED_TEXT.slice(t.place.column - 1)).toMatch(/^### Topic: /)
      for (const f of t.fields) {
        expect(SEED_TEXT.slice(f.place.column - 1, f.place.column + 1)).toBe('**')
        expect(SEED_TEXT.slice(f.place.column + 1)).toMatch(new RegExp(`^${f.label.replace(/[()^/]/g, '\\$&')}`))
      }
    }
    const marc = topic('W^X Support').fields.find((f) => f.key === 'author')?.items[0]
    expect(SEED_TEXT.slice((marc?.place.column ?? 0) - 1).startsWith('Marc Rittinhaus')).toBe(true)
  })

  it('has warnings to fix but no errors', () => {
    expect(lint.counts.error).toBe(0)
    expect(lint.diagnostics.filter((d) => d.ruleId === 'missing-owner')).toHaveLength(19)
    expect(lint.diagnostics.filter((d) => d.ruleId === 'missing-estimate')).toHaveLength(11)
  })

  it('reads the same from its formatted multi-line form', () => {
    const formatted = formatNote(SEED_TEXT)
    expect(formatted.split('\n').length).toBeGreaterThan(300)
    const again = check({ [SEED_FILE]: formatted }).roadmap
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (k, v) => (k === 'place' || k === 'column' || k === 'line' ? undefined : v)))
    expect(strip(again.topics)).toEqual(strip(roadmap.topics))
    expect(strip(again.people)).toEqual(strip(roadmap.people))
    expect(strip(again.actions)).toEqual(strip(roadmap.actions))
  })
})

function titleOf(id: string): string {
  return roadmap.topics.find((t) => t.id === id)?.title ?? id
}
