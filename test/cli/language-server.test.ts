/**
 * `waymark lsp`, driven by a real client over stdio (vscode-jsonrpc): findings as
 * diagnostics on open and after an edit, a quick fix for a missing owner, a topic
 * heading's plan on hover, go to definition from a prerequisite, completion of topic
 * titles and people, document symbols — on a note of the project's kind and on a
 * 1,000-topic note (its timing is bench/lsp.ts's, not a test's).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node'
import { generateRoadmap } from '../../bench/support/generate-roadmap.js'
import { ROOT } from '../helpers.js'

interface PublishedDiagnostics {
  readonly uri: string
  readonly diagnostics: readonly {
    range: { start: { line: number; character: number } }
    code?: string
    message: string
    severity?: number
  }[]
}

let child: ChildProcess
let connection: MessageConnection
const published = new Map<string, PublishedDiagnostics[]>()
const waiters: ((d: PublishedDiagnostics) => void)[] = []

/** The next diagnostics published for `uri`. */
const nextDiagnostics = (uri: string): Promise<PublishedDiagnostics> =>
  new Promise((resolve) => {
    const waiter = (d: PublishedDiagnostics): void => {
      if (d.uri !== uri) return
      waiters.splice(waiters.indexOf(waiter), 1)
      resolve(d)
    }
    waiters.push(waiter)
  })

const NOTE = [
  '# Roadmap 2027',
  '',
  '### Topic: Parser rewrite',
  '**Owner**: Ann Lee',
  '**Estimated duration**: 3 weeks',
  '',
  '### Topic: Docs site',
  '**Estimated duration**: 1 week',
  '**Prerequisites**: [[Parser rewrite]]',
  '',
].join('\n')
const URI = 'file:///tmp/waymark-lsp/roadmap.md'

beforeAll(async () => {
  child = spawn(process.execPath, [join(ROOT, 'bin/waymark.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
  connection = createMessageConnection(
    new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
  )
  connection.onNotification('textDocument/publishDiagnostics', (d: PublishedDiagnostics) => {
    published.set(d.uri, [...(published.get(d.uri) ?? []), d])
    for (const w of [...waiters]) w(d)
  })
  connection.listen()
  const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
    capabilities: Record<string, unknown>
  }
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, documentSymbolProvider: true })
  await connection.sendNotification('initialized', {})
})

afterAll(async () => {
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  await new Promise((resolve) => child.once('exit', resolve))
})

describe('the language server', () => {
  it('publishes the findings on open, and again after an edit', async () => {
    const opened = nextDiagnostics(URI)
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'markdown', version: 1, text: NOTE },
    })
    const first = await opened
    const owner = first.diagnostics.find((d) => d.code === 'missing-owner')
    expect(owner?.message).toMatch(/^Topic “Docs site” has no owner\.\nHint: /)
    expect(owner?.range.start).toEqual({ line: 6, character: 0 })
    const edited = nextDiagnostics(URI)
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [
        { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '**Owner**: Bo Chen\n' },
      ],
    })
    const second = await edited
    expect(second.diagnostics.some((d) => d.code === 'missing-owner')).toBe(false)
    // Back as it was, for the next tests.
    const back = nextDiagnostics(URI)
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ text: NOTE }],
    })
    await back
  })

  it('offers a quick fix that adds the missing owner', async () => {
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
      context: { diagnostics: [] },
    })) as { title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]
    expect(actions.map((a) => a.title)).toEqual(['Add **Owner** to “Docs site”'])
    expect(actions[0]?.edit.changes[URI]).toEqual([
      { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, newText: '**Owner**: NAME\n' },
    ])
  })

  it('shows a topic heading’s planned dates, slack and why it starts then on hover', async () => {
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 6, character: 8 },
    })) as { contents: { kind: string; value: string } }
    expect(hover.contents.kind).toBe('markdown')
    expect(hover.contents.value).toMatch(
      /^\*\*Docs site\*\*\n\nPlanned \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d \(5 working days\), on the critical path\./,
    )
    expect(hover.contents.value).toContain('Why then: it starts after “Parser rewrite” (a prerequisite).')
    expect(hover.contents.value).toContain('No one owns it yet')
  })

  it('goes from a prerequisite to its topic', async () => {
    const target = (await connection.sendRequest('textDocument/definition', {
      textDocument: { uri: URI },
      position: { line: 8, character: 24 },
    })) as { uri: string; range: { start: { line: number } } }
    expect(target).toMatchObject({ uri: URI, range: { start: { line: 2 } } })
  })

  it('completes topic titles in prerequisites and people in owner fields', async () => {
    const complete = async (line: number, character: number) =>
      (
        (await connection.sendRequest('textDocument/completion', {
          textDocument: { uri: URI },
          position: { line, character },
        })) as { label: string }[]
      ).map((c) => c.label)
    expect(await complete(8, 19)).toEqual(['Parser rewrite', 'Docs site'])
    expect(await complete(3, 11)).toEqual(['Ann Lee'])
    expect(await complete(4, 5)).toEqual([])
  })

  it('lists the topics as document symbols', async () => {
    const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as {
      name: string
      range: { start: { line: number } }
    }[]
    expect(symbols.map((s) => [s.name, s.range.start.line])).toEqual([
      ['Parser rewrite', 2],
      ['Docs site', 6],
    ])
  })

  it('checks a 1,000-topic note after an edit', async () => {
    const uri = 'file:///tmp/waymark-lsp/big.md'
    const { text } = generateRoadmap({ topics: 1000, people: 200, prerequisites: 1.5, seed: 4 })
    const opened = nextDiagnostics(uri)
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
    const before = await opened
    const edited = nextDiagnostics(uri)
    // One topic's estimate made a placeholder: the edit's finding is published.
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: text.replace(/\*\*Estimated duration\*\*: \d+ weeks/, '**Estimated duration**: TODO') }],
    })
    const after = await edited
    const missing = (d: PublishedDiagnostics) => d.diagnostics.filter((x) => x.code === 'missing-estimate').length
    expect(missing(before)).toBe(0)
    expect(missing(after)).toBe(1)
  }, 30_000)
})
