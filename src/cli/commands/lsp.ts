/** `waymark lsp [--stdio]`: the language server (src/cli/node/language-server.ts) on stdin and stdout. */
import type { CliIO } from '../io.js'
import { parseOptions } from '../options.js'

/** Runs `lsp` until the editor exits. */
export async function lspCommand(args: readonly string[], io: CliIO): Promise<number> {
  parseOptions('lsp', args)
  const { serveLanguage } = await import('../node/language-server.js')
  return serveLanguage({ today: io.today })
}
