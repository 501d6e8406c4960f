/**
 * The CLI: arguments in, exit code out. Usage and input errors print one line and give
 * exit code 2; anything unexpected is reported as a bug, never as a stack trace
 * (set WAYMARK_DEBUG=1 to see it).
 */
import { RoadmapError } from '../model/roadmap-error.js'
import { EXIT, InputError, Interrupted, OutputError, UsageError } from './errors.js'
import type { CommandName } from './command-specs.js'
import { commandHelp, mainHelp } from './help.js'
import type { CliIO } from './io.js'

type Command = (args: readonly string[], io: CliIO) => Promise<number>

// Commands load on demand: each pulls in only the stages it needs.
const COMMANDS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  parse: async () => (await import('./commands/parse.js')).parseCommand,
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  fmt: async () => (await import('./commands/fmt.js')).fmtCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  gantt: async () => (await import('./commands/gantt.js')).ganttCommand,
  graph: async () => (await import('./commands/graph.js')).graphCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  forecast: async () => (await import('./commands/forecast.js')).forecastCommand,
  staff: async () => (await import('./commands/staff.js')).staffCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  history: async () => (await import('./commands/history.js')).historyCommand,
  site: async () => (await import('./commands/site.js')).siteCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  github: async () => (await import('./commands/github.js')).githubCommand,
  lsp: async () => (await import('./commands/lsp.js')).lspCommand,
}

/** Runs `waymark` with `argv` (without the node and script paths). */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      const topic = name === 'help' ? args[0] : undefined
      io.stdout.write((topic === undefined ? null : commandHelp(topic)) ?? mainHelp())
      return name === undefined ? EXIT.failure : EXIT.ok
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${io.version}\n`)
      return EXIT.ok
    }
    // Own keys only: `waymark toString` is no command.
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : undefined
    if (!load)
      throw new UsageError(
        `waymark: unknown command “${name}”. Commands: ${Object.keys(COMMANDS).join(', ')}. See \`waymark --help\`.`,
      )
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(commandHelp(name) ?? mainHelp())
      return EXIT.ok
    }
    const command = await load()
    return await command(args, io)
  } catch (error) {
    if (error instanceof Interrupted) {
      io.stderr.write(`\nwaymark ${name}: ${error.message}; nothing was written\n`)
      return EXIT.interrupted
    }
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof OutputError ||
      error instanceof RoadmapError
    ) {
      io.stderr.write(`${error.message.startsWith('waymark') ? '' : 'waymark: '}${error.message}\n`)
      return EXIT.failure
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(
      `waymark: internal error (this is a bug in Waymark; please report it with the input that caused it): ${message}\n`,
    )
    if (io.env['WAYMARK_DEBUG']) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
    return EXIT.failure
  }
}
