/**
 * `waymark lsp`: a language server over stdio (vscode-languageserver). Every open note is
 * checked as it is typed (findings, with their hints, as the editor's diagnostics; the
 * mechanical ones as quick fixes), and answers hovers (a topic heading's planned dates,
 * slack and why it starts then), go to definition (a prerequisite → its topic), completion
 * (topic titles in prerequisites, people in owner fields) and document symbols (the
 * topics). The answers are src/editor/note-session.ts's; this file is the connection.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { SourceDocument } from '../../model/document.js'
import type { Place } from '../../model/place.js'
import { NoteSession } from '../../editor/note-session.js'

/** Findings are published this long after the last keystroke of a burst. */
const SETTLE_MS = 60

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const

/** Serves the editor on stdin and stdout until it exits; resolves to the exit code. */
export function serveLanguage(options: { readonly today: () => string }): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  const documents = new TextDocuments(TextDocument)
  const sessions = new Map<string, { version: number; session: NoteSession }>()
  const timers = new Map<string, NodeJS.Timeout>()

  const sessionOf = (uri: string): NoteSession | null => {
    const document = documents.get(uri)
    if (document === undefined) return null
    const known = sessions.get(uri)
    if (known !== undefined && known.version === document.version) return known.session
    const file = fileOf(uri)
    const session = new NoteSession(
      { file, text: document.getText() },
      { settingsFile: settingsBeside(file), today: options.today() },
    )
    sessions.set(uri, { version: document.version, session })
    return session
  }
  const publish = (uri: string): void => {
    const session = sessionOf(uri)
    if (session === null) return
    const diagnostics: LspDiagnostic[] = session.findings().map((f) => ({
      range: { start: f.start, end: f.end },
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      source: 'waymark',
      message: `${f.message}\nHint: ${f.hint}`,
    }))
    void connection.sendDiagnostics({ uri, diagnostics })
  }
  const schedule = (uri: string): void => {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        publish(uri)
      }, SETTLE_MS),
    )
  }
  const location = (uri: string, place: Place) => ({
    uri: place.file === fileOf(uri) ? uri : uriOf(place.file),
    range: {
      start: { line: place.line - 1, character: place.column - 1 },
      end: { line: place.line - 1, character: place.column - 1 },
    },
  })

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '[', '@'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'waymark' },
  }))
  documents.onDidOpen((e) => publish(e.document.uri))
  documents.onDidChangeContent((e) => schedule(e.document.uri))
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri))
    sessions.delete(e.document.uri)
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] })
  })
  connection.onHover((p) => {
    const text = sessionOf(p.textDocument.uri)?.hover(p.position) ?? null
    return text === null ? null : { contents: { kind: 'markdown', value: text } }
  })
  connection.onDefinition((p) => {
    const place = sessionOf(p.textDocument.uri)?.definition(p.position) ?? null
    return place === null ? null : location(p.textDocument.uri, place)
  })
  connection.onCompletion((p) =>
    (sessionOf(p.textDocument.uri)?.completions(p.position) ?? []).map((c) => ({
      label: c.label,
      kind: c.kind === 'topic' ? CompletionItemKind.Reference : CompletionItemKind.Value,
      detail: c.detail,
    })),
  )
  connection.onDocumentSymbol((p) =>
    (sessionOf(p.textDocument.uri)?.symbols() ?? []).map((s) => {
      const at = location(p.textDocument.uri, s.place).range
      return { name: s.name, detail: s.detail, kind: SymbolKind.Class, range: at, selectionRange: at }
    }),
  )
  connection.onCodeAction((p) =>
    (sessionOf(p.textDocument.uri)?.fixes(p.range.start.line) ?? []).map((f) => ({
      title: f.title,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [p.textDocument.uri]: [{ range: { start: f.at, end: f.at }, newText: f.insert }] } },
    })),
  )
  documents.listen(connection)
  return new Promise((resolve) => {
    let shutDown = false
    connection.onShutdown(() => {
      shutDown = true
    })
    connection.onExit(() => resolve(shutDown ? 0 : 1))
    connection.listen()
  })
}

/** A `file:` URI's path; other URIs (an unsaved buffer) as they are. */
function fileOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri
}

function uriOf(file: string): string {
  return file.includes(':') && !file.startsWith('/') ? file : `file://${file}`
}

/** The `waymark.yaml` beside a note on disk, if there is one. */
function settingsBeside(file: string): SourceDocument | null {
  if (!file.startsWith('/')) return null
  for (const name of ['waymark.yaml', 'waymark.yml']) {
    const path = join(dirname(file), name)
    if (existsSync(path)) {
      try {
        return { file: path, text: readFileSync(path, 'utf8') }
      } catch {
        return null
      }
    }
  }
  return null
}
