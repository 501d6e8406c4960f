/** The editor's answers for one note, without a connection: completion in list items, hovers on a flattened note. */
import { describe, expect, it } from 'vitest'
import { NoteSession } from '../../src/editor/note-session.js'
import { SEED_FILE, SEED_TEXT } from '../helpers.js'

const TODAY = '2026-12-04'

describe('a note session', () => {
  it('completes topic titles in a list under the prerequisites label', () => {
    const text = '### Topic: A\n**Owner**: Ann Lee\n\n### Topic: B\n**Prerequisites**:\n- \n'
    const session = new NoteSession({ file: 'n.md', text }, { today: TODAY })
    expect(session.completions({ line: 5, character: 2 }).map((c) => c.label)).toEqual(['A', 'B'])
    expect(session.completions({ line: 1, character: 11 }).map((c) => c.label)).toEqual(['Ann Lee'])
  })

  it('hovers the topic whose heading is before the cursor on a flattened note (every heading on line 1)', () => {
    const session = new NoteSession({ file: SEED_FILE, text: SEED_TEXT }, { today: TODAY })
    const gdb = session.symbols().find((s) => s.name === 'GDB stub')
    expect(gdb?.place.line).toBe(1)
    const hover = session.hover({ line: 0, character: (gdb?.place.column ?? 1) + 5 })
    expect(hover).toMatch(/^\*\*GDB stub\*\*\n\nPlanned 2022-09-02 → 2022-09-29 \(20 working days\), slack \d+ working days\./)
    expect(hover).toContain('Why then: it starts after “W^X Support” because both need Marc Rittinghaus.')
  })

  it('gives no fix where the field is there but a placeholder (the placeholder is where to write)', () => {
    const session = new NoteSession({ file: 'n.md', text: '### Topic: A\n**Owner**: TODO\n' }, { today: TODAY })
    expect(session.fixes(1)).toEqual([])
    expect(session.findings().find((f) => f.ruleId === 'missing-owner')?.start).toEqual({ line: 1, character: 0 })
  })
})
