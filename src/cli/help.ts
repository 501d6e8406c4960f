/** Help texts, made from the command table (`command-specs.ts`). */
import {
  COMMAND_SPECS,
  COMMON_OPTIONS,
  FORECAST_OPTIONS,
  PLAN_OPTIONS,
  type CommandName,
  type CommandSpec,
  type OptionSpec,
} from './command-specs.js'

/** `waymark --help`. */
export function mainHelp(): string {
  const names = Object.keys(COMMAND_SPECS) as CommandName[]
  const left = names.map((n) => `${n} ${COMMAND_SPECS[n].operands}`)
  const width = Math.max(...left.map((l) => l.length)) + 2
  const commands = names.map((n, i) => `  ${(left[i] as string).padEnd(width)}${COMMAND_SPECS[n].summary}`)
  return [
    'waymark — roadmaps as code for open-source communities',
    '',
    'Usage: waymark <command> [options] FILE…',
    '',
    'Commands:',
    ...commands,
    '',
    'FILE… is one or more Markdown files or folders of them; together they make one roadmap.',
    'Run `waymark <command> --help` for a command’s options.',
    '',
    'Options:',
    '  -h, --help     Show help',
    '  -v, --version  Show the version',
    '',
  ].join('\n')
}

/** `waymark NAME --help`, or `null` for a name that is no command. */
export function commandHelp(name: string): string | null {
  if (!Object.hasOwn(COMMAND_SPECS, name)) return null
  const spec: CommandSpec = COMMAND_SPECS[name as CommandName]
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}waymark ${name} ${u}`)
  // The command's own options first, the shared ones after, `--help` last.
  const rows = Object.entries(spec.options)
    .sort(([a], [b]) => groupRank(a) - groupRank(b))
    .map(([long, o]) => [optionLabel(long, o), o.help] as const)
  const width = Math.max(...rows.map(([label]) => label.length)) + 3
  const options = rows.flatMap(([label, help]) =>
    help.split('\n').map((line, i) => `  ${(i === 0 ? label : '').padEnd(width)}${line}`),
  )
  return [...usage, '', spec.description, '', 'Options:', ...options, ...(spec.after ? ['', spec.after] : []), ''].join('\n')
}

/** Where an option goes in help: own (0), forecasting (1), planning (2), reading (3), help (4). */
function groupRank(long: string): number {
  if (long === 'help') return 4
  if (long in COMMON_OPTIONS) return 3
  if (long in PLAN_OPTIONS) return 2
  if (long in FORECAST_OPTIONS) return 1
  return 0
}

/** `-f, --format FORMAT`. */
function optionLabel(long: string, o: OptionSpec): string {
  return `${o.short === undefined ? '' : `-${o.short}, `}--${long}${o.value === undefined ? '' : ` ${o.value}`}`
}

/** The options of every command as Markdown, for docs/cli.md (test/cli/help.test.ts keeps the page up to date). */
export function optionReference(): string {
  const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
  const sections = (Object.keys(COMMAND_SPECS) as CommandName[]).map((name) => {
    const spec: CommandSpec = COMMAND_SPECS[name]
    const rows = Object.entries(spec.options)
      .filter(([long]) => long !== 'help')
      .sort(([a], [b]) => groupRank(a) - groupRank(b))
      .map(([long, o]) => `| \`${optionLabel(long, o)}\` | ${cell(o.help)} |`)
    const usage = spec.usage.map((u) => `\`waymark ${name} ${cell(u)}\``).join(', ')
    return [`### waymark ${name}`, '', `${usage}: ${cell(spec.summary)}.`, '', '| option | |', '|---|---|', ...rows].join('\n')
  })
  return `${sections.join('\n\n')}\n`
}
