/**
 * The language server on a 1,000-topic note: the time from an edit (`didChange`) to the
 * diagnostics it publishes, as an editor sees it — the server started as editors start it
 * (`node bin/waymark.js lsp --stdio`), driven by vscode-jsonrpc. Target: ≤ 500 ms.
 *
 *   npm run build && node --import tsx bench/lsp.ts [--topics 1000] [--edits 10]
 */
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node'
import { generateRoadmap } from './support/generate-roadmap.js'

const { values } = parseArgs({
  options: { topics: { type: 'string', default: '1000' }, edits: { type: 'string', default: '10' } },
})
const topics = Number(values.topics)
const edits = Number(values.edits)
const child = spawn(process.execPath, ['bin/waymark.js', 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] })
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
let resolveNext: (() => void) | null = null
connection.onNotification('textDocument/publishDiagnostics', () => resolveNext?.())
connection.listen()
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })
await connection.sendNotification('initialized', {})
const next = (): Promise<void> => new Promise((resolve) => (resolveNext = resolve))

const uri = 'file:///tmp/waymark-bench/roadmap.md'
const { text } = generateRoadmap({ topics, people: Math.round(topics / 5), prerequisites: 1.5, seed: 4 })
let t = performance.now()
let published = next()
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
await published
const open = performance.now() - t
const times: number[] = []
for (let k = 0; k < edits; k++) {
  // Typing a word into a topic's rationale-free line: an owner changes to TODO and back.
  const edited = k % 2 === 0 ? text.replace('**Owner**: ', '**Owner**: TODO ') : text
  published = next()
  t = performance.now()
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: k + 2 },
    contentChanges: [{ text: edited }],
  })
  await published
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)] ?? 0
console.log(
  `${topics} topics (${(text.length / 1024).toFixed(0)} KB): open → diagnostics ${open.toFixed(0)} ms; edit → diagnostics median ${median.toFixed(0)} ms, min ${(times[0] ?? 0).toFixed(0)}, max ${(times.at(-1) ?? 0).toFixed(0)} over ${edits} edits (the ${60} ms settling wait included)`,
)
await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()
