/**
 * Every command's usage, words and options, in one table: the commands parse their
 * arguments with these options, and `--help` and `waymark --help` are made from them
 * (`help.ts`), so an option cannot exist without its help. test/cli/help.test.ts holds
 * every option to appearing in its help and in docs/cli.md.
 */

/** One option: its parseArgs type and short form, and how help shows it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** The value's name in help (`DATE`, `N`); none for a boolean. */
  readonly value?: string
  /** What it does, one or more lines. */
  readonly help: string
}

/** A table of options by long name. */
export type OptionTable = Readonly<Record<string, OptionSpec>>

/** A command: how it is called, what it does, its options. */
export interface CommandSpec<O extends OptionTable = OptionTable> {
  /** What it is given, for `waymark --help` (`FILE…`, `OLD NEW`). */
  readonly operands: string
  /** Usage lines after `waymark NAME` (`FILE… [--json]`). */
  readonly usage: readonly string[]
  /** One line for `waymark --help`. */
  readonly summary: string
  /** What `waymark NAME --help` says before the options. */
  readonly description: string
  readonly options: O
  /** What help says after the options. */
  readonly after?: string
}

/** The options every file-reading command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h', help: 'Show this help' },
  'max-size': { type: 'string', value: 'SIZE', help: 'Largest file to read (default 10MB)' },
} as const satisfies OptionTable

/** The options of every command that plans: where the plan starts, the optimiser's budget and seed. */
export const PLAN_OPTIONS = {
  start: { type: 'string', value: 'DATE', help: 'First day of the plan (default: the day after the meeting date)' },
  'as-of': { type: 'string', value: 'DATE', help: 'The day statuses are judged on: late topics (default today)' },
  budget: { type: 'string', value: 'N', help: 'Schedules the optimiser may generate (see `waymark plan --help`)' },
  seed: { type: 'string', value: 'N', help: "Seed of the optimiser's random choices (default 1)" },
} as const satisfies OptionTable

/** The option of every command that forecasts: how many samples to draw. */
export const FORECAST_OPTIONS = {
  samples: { type: 'string', value: 'N', help: 'Forecast samples (default 1,000); the same seed gives the same numbers' },
} as const satisfies OptionTable

const OUTPUT = {
  type: 'string',
  short: 'o',
  value: 'PATH',
  help: 'Write to PATH (atomically; never over an input); - or none: stdout',
} as const satisfies OptionSpec
const SINCE = {
  type: 'string',
  value: 'REV',
  help: "Show the changes since this git revision (default: the note's last commit)",
} as const satisfies OptionSpec
const MARKDOWN = { type: 'boolean', help: 'Print the chart as a fenced ```mermaid block' } as const satisfies OptionSpec

/** Every command, in the order `waymark --help` lists them. */
export const COMMAND_SPECS = {
  parse: {
    operands: 'FILE…',
    usage: ['FILE… [--json] [--max-size SIZE]'],
    summary: 'Read notes into the roadmap model (--json for the machine-readable form)',
    description:
      'Reads the notes and prints what Waymark understood: topics, owners, estimates,\nprerequisites, people and action items.',
    options: {
      ...COMMON_OPTIONS,
      json: { type: 'boolean', help: 'Print { meta, topics, people, actions, diagnostics, … } as JSON' },
    },
  },
  lint: {
    operands: 'FILE…',
    usage: ['FILE… [--format human|json|github|sarif] [--quiet] [--max-warnings N] [--plan] [--max-size SIZE]'],
    summary: 'Check the roadmap: missing owners and estimates, placeholders, links, cycles',
    description:
      'Checks the roadmap and its settings, and lists who must fill in what.\nExit code: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 Waymark could not do its job.',
    options: {
      ...COMMON_OPTIONS,
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        help: 'human (default), json, github (workflow annotations), sarif (2.1.0)',
      },
      quiet: { type: 'boolean', short: 'q', help: 'Leave out infos (human format)' },
      'max-warnings': { type: 'string', value: 'N', help: 'Exit 1 when there are more than N warnings (as eslint; for CI)' },
      plan: {
        type: 'boolean',
        help: "Also plan, and report the planner's findings: topics that cannot be\nplanned (errors), deadlines missed, late topics",
      },
      ...PLAN_OPTIONS,
    },
  },
  fmt: {
    operands: 'FILE…',
    usage: ['FILE… [--write | --check] [--max-size SIZE]'],
    summary: 'Print the note as readable multi-line Markdown (--write, --check)',
    description:
      'Prints the note as normal multi-line Markdown: a note pasted as one line gets its\nheadings, separators, bullets, field labels and front matter back. Only whitespace\nchanges, and formatting twice changes nothing.',
    options: {
      ...COMMON_OPTIONS,
      write: { type: 'boolean', short: 'w', help: 'Replace each file with its formatted text (atomically)' },
      check: { type: 'boolean', short: 'c', help: 'Change nothing; exit 1 if a file is not formatted' },
    },
  },
  plan: {
    operands: 'FILE…',
    usage: [
      'FILE… [--baseline FILE|REV] [--start DATE] [--budget N] [--seed N] [--json] [--max-size SIZE]',
      'INSTANCE.sm [--budget N] [--seed N] [--json]',
    ],
    summary: 'Schedule the topics around their people: dates, slack, critical path',
    description:
      "Schedules the topics around the people who own them: one topic at a time per person,\nprerequisites first, working days only. Prints each topic's start and finish, its slack,\nthe critical path, the bottleneck people and why each topic starts when it does.\nSettings (start, holidays, people's capacity and absences, …) come from the front\nmatter's waymark: block and a waymark.yaml beside the notes (see docs/planning.md).",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      budget: {
        ...PLAN_OPTIONS.budget,
        help: 'Schedules the optimiser may generate (default: 5,000 for small\nroadmaps, fewer for large ones); each justification pass counts',
      },
      seed: { ...PLAN_OPTIONS.seed, help: "Seed of the optimiser's random choices (default 1): same seed, same plan" },
      baseline: {
        type: 'string',
        value: 'FILE|REV',
        help: 'Stay close to the plan of these notes (a file or folder), or of the notes\nat this git revision: keep every start the edits do not force to move',
      },
      json: { type: 'boolean', help: 'Print { start, finish, makespanDays, topics, criticalPath, diagnostics }' },
    },
    after:
      'With a PSPLIB .sm file it solves that RCPSP instance and prints, with --json,\n{ makespan, jobs: [{ job, start, duration }] } in periods, jobs numbered as in the file.',
  },
  forecast: {
    operands: 'FILE…',
    usage: ['FILE… [--samples N] [--seed N] [--json] [--start DATE] [--budget N]'],
    summary: 'When it will really finish: P50/P85/P95, the deadline’s chances',
    description:
      "Re-plans the roadmap many times with durations drawn from the estimates' uncertainty —\na range as its 10th to 90th percentile, a single estimate with a spread, an assumed one\nwith a wider spread — keeping each person to one topic at a time. Prints the finish's\nP50, P85 and P95, the chance of meeting the deadline (the deadline setting, or the\nroadmap's own window in the notes, such as \"Roadmap (2022-2023)\"), each topic's P50 and\nP85 and how often it is critical, the topics that drive the risk, and a histogram.\nSpreads and the default sample count are settings (see docs/forecast.md).",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      json: { type: 'boolean', help: 'Print { samples, seed, finish, deadline, topics, … }' },
    },
  },
  staff: {
    operands: 'FILE…',
    usage: ['FILE… [--most N] [--chart PATH] [--json] [--samples N] [--seed N] [--start DATE] [--budget N]'],
    summary: 'How many more people the roadmap needs: the finish for 0, 1, 2, … more',
    description:
      "Plans the unowned topics for 0, 1, 2, … more people taking them (one topic each at a\ntime) until more stop helping, and forecasts each with the forecast's samples: the\nplanned finish, P50, P85 and the deadline's chance. Says the fewest that meet the\ndeadline in 85% of the samples, or what blocks it when no number does, and who could\nown each unowned topic, with the reasons (nothing is assigned). See docs/planning.md.",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      most: { type: 'string', value: 'N', help: 'The most extra people to try (default: one per unowned topic)' },
      chart: { type: 'string', value: 'PATH', help: 'Also write the chart (finish against people) as SVG to PATH' },
      json: {
        type: 'boolean',
        help: 'Print { deadline, unowned, options: [{ extra, finish, p50, p85, deadlineChance }],\nsmallestForDeadline, blockedBy, suggestions }',
      },
    },
  },
  gantt: {
    operands: 'FILE…',
    usage: ['FILE… [--by owner|status|priority|none] [--max-rows N] [--markdown] [-o PATH]'],
    summary: 'Print the plan as a Mermaid Gantt chart (GitHub renders it)',
    description:
      'Prints the plan as a Mermaid Gantt chart, with computed dates on every bar, sections by\nowner (or status, priority, none), the critical path in red (crit), topics in progress\nactive, deadlines as milestones, and assumed estimates marked. Paste it into a\n```mermaid block and GitHub draws it.',
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      by: { type: 'string', value: 'GROUP', help: 'Sections: owner (default), status, priority or none' },
      'max-rows': {
        type: 'string',
        value: 'N',
        help: 'Rows per chart (default 50); more rows make several charts,\nprinted as fenced Markdown blocks',
      },
      markdown: MARKDOWN,
      output: OUTPUT,
    },
  },
  graph: {
    operands: 'FILE…',
    usage: ['FILE… [--format mermaid|dot] [--by owner|status|priority|none] [--markdown] [-o PATH]'],
    summary: 'Print the dependency graph as a Mermaid flowchart or Graphviz DOT',
    description:
      'Prints the dependency graph: prerequisites as arrows, relations the notes suggest as\ndotted lines, prerequisites outside the roadmap as notes, the critical path in bold red.',
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        help: 'mermaid (default; a flowchart GitHub renders) or dot (Graphviz)',
      },
      by: { type: 'string', value: 'GROUP', help: 'Groups: owner (default), status, priority or none' },
      markdown: { ...MARKDOWN, help: 'Print the Mermaid chart as a fenced ```mermaid block' },
      output: OUTPUT,
    },
  },
  report: {
    operands: 'FILE…',
    usage: ['FILE… [-o ROADMAP.md] [--by GROUP] [--max-rows N]'],
    summary: 'Write ROADMAP.md: summary, charts, forecast, queues, to-do list, risks',
    description:
      "Writes one Markdown page to commit beside the notes: the summary (finish date, critical\npath, bottleneck people, what is missing), the Gantt chart and dependency graph, the\ntopics, the forecast, each person's queue, the to-do list per person, and risks and\nopen questions.",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      output: OUTPUT,
      by: { type: 'string', value: 'GROUP', help: 'Gantt sections and graph groups: owner (default), status, priority, none' },
      'max-rows': { type: 'string', value: 'N', help: 'Rows per Gantt chart (default 50)' },
      since: SINCE,
    },
  },
  site: {
    operands: 'FILE…',
    usage: ['FILE… [-o DIR] [--samples N] [--start DATE] [--budget N] [--seed N]'],
    summary: 'Write the roadmap as an interactive page that works offline (-o DIR)',
    description:
      "Writes DIR/index.html (default DIR: site) — one self-contained page that works offline,\nalso from file:// — and DIR/roadmap.json, the data it shows: the summary, a Gantt chart\nwith dependency arrows, hatched assumed estimates and forecast whiskers, the dependency\ngraph, each topic's details, filters kept in the address, the to-do list per person and\nthe forecast. Publish DIR as it is (GitHub Pages, any web server).",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      output: { ...OUTPUT, value: 'DIR', help: 'The folder to write into (created if missing)' },
      since: SINCE,
    },
  },
  github: {
    operands: 'FILE…',
    usage: ['FILE… [--max-warnings N] [--roadmap PATH] [--site DIR] [--diff PATH] [--mentions] [--samples N]'],
    summary: "One GitHub Actions job step: annotations, the job summary, a pull request's roadmap diff",
    description:
      "What Waymark's GitHub Action runs (action.yml; see docs/github.md), from the environment the\nrunner sets: lints the notes as workflow annotations; appends the plan and the forecast to\n$GITHUB_STEP_SUMMARY; on a pull request ($GITHUB_EVENT_PATH), plans the notes of its base\ncommit and writes the roadmap diff as Markdown (pinging no one) to --diff and to the\n`diff` and `diff-file` outputs ($GITHUB_OUTPUT); with --roadmap and --site, writes\nROADMAP.md and the page. Exit code: 1 on errors, or more warnings than --max-warnings.",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      'max-warnings': { type: 'string', value: 'N', help: 'Fail on more than N warnings (as `lint --max-warnings`)' },
      roadmap: { type: 'string', value: 'PATH', help: 'Also write the report (ROADMAP.md) to PATH' },
      site: { type: 'string', value: 'DIR', help: 'Also write the roadmap page into DIR (for GitHub Pages)' },
      diff: {
        type: 'string',
        value: 'PATH',
        help: "Where a pull request's diff goes (default: $RUNNER_TEMP/waymark-diff.md)",
      },
      mentions: { type: 'boolean', help: 'Keep @handles as mentions in the diff (by default they ping no one)' },
    },
  },
  lsp: {
    operands: '',
    usage: ['[--stdio]'],
    summary: 'The language server for editors: findings as you type, hovers, go to definition',
    description:
      "Speaks the Language Server Protocol on stdin and stdout (see docs/editor.md for VS Code,\nNeovim and Helix): each open note's findings as diagnostics (missing owners and estimates\nwith a quick fix), a topic heading's planned dates, slack and reason on hover, go to\ndefinition from a prerequisite to its topic, completion of topic titles in prerequisites\nand of people in owner fields, and the topics as document symbols.",
    options: {
      help: COMMON_OPTIONS.help,
      stdio: { type: 'boolean', help: 'Talk over stdin and stdout (the default; editors pass it)' },
    },
  },
  serve: {
    operands: 'FILE…',
    usage: ['FILE… [--port N] [--host ADDRESS] [--samples N]'],
    summary: 'Preview that page locally; it reloads when the notes change',
    description:
      'Serves the page `waymark site` writes, at http://127.0.0.1:4173/, and reloads it in the\nbrowser whenever the notes (or waymark.yaml) change. It serves only that page and its\ndata, read-only; notes that cannot be planned show their problems in the page. Up to 64\nopen pages reload live (more get 503). Ctrl-C stops it.',
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      port: { type: 'string', value: 'N', help: 'The port (default 4173; 0 picks a free one)' },
      host: {
        type: 'string',
        value: 'ADDRESS',
        help: 'The address to listen on: 127.0.0.1 (default), localhost, ::1, or\nanother IP address, which other machines can reach; never a host name',
      },
    },
  },
  export: {
    operands: 'FILE…',
    usage: ['--format json|csv|ics|tjp FILE… [-o PATH] [--start DATE] [--budget N] [--seed N]'],
    summary: 'Write the roadmap for other tools (--format json, csv, ics, tjp)',
    description:
      "Writes the roadmap for another tool. Formats:\n  json  Everything: the roadmap, its plan and forecast, the to-do list and the diagnostics, in the\n        versioned shape of docs/schema/waymark-export-1.schema.json\n  csv   One row per topic (RFC 4180), safe to open in a spreadsheet\n  ics   One all-day event per planned topic (RFC 5545); re-importing updates them\n  tjp   A TaskJuggler 3 project: people as resources, topics as tasks with effort,\n        allocations and dependencies; `tj3 FILE.tjp` schedules it and writes\n        waymark-plan.csv with each task's start and end",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      format: { type: 'string', short: 'f', value: 'FORMAT', help: 'The format (required)' },
      output: OUTPUT,
      samples: { ...FORECAST_OPTIONS.samples, help: 'Forecast samples for json (default 1,000)' },
    },
  },
  diff: {
    operands: 'OLD NEW',
    usage: ['OLD NEW [--format human|markdown|json] [--mentions] [--samples N]', 'REV [REV] -- FILE… [--format …]'],
    summary: 'What changed between two versions (files, or git revisions: -- FILE)',
    description:
      'Compares two versions of the roadmap: two files or folders, or git revisions of the\nnotes (one revision compares it with the files as they are now). Lists topics added,\nremoved and renamed (renames are found by title and content), changes of owners,\nestimates, priorities, statuses, deadlines and prerequisites, and how the plan and the\nforecast moved, per topic and for the roadmap: "GDB stub — finish +3 weeks, P85 +5 weeks".',
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      format: {
        type: 'string',
        short: 'f',
        value: 'FORMAT',
        help: 'human (default), markdown (for a pull-request comment), json',
      },
      mentions: {
        type: 'boolean',
        help: 'Markdown: keep @handles as mentions (by default they are written so that\nGitHub notifies no one when the diff is posted)',
      },
      samples: { ...FORECAST_OPTIONS.samples, help: 'Forecast samples per version (default 1,000)' },
    },
  },
  history: {
    operands: 'FILE',
    usage: ['FILE|DIR [--svg FILE] [--json] [--samples N] [--topics N]'],
    summary: "Each topic's planned finish through the file's git history; slips",
    description:
      "Follows the roadmap through its versions — the commits that changed FILE (read with\ngit, renames followed), or the dated notes of DIR (one per meeting) — and prints the\nroadmap's finish version by version and the slip table: for each topic, when it first\nappeared, its planned finish then and now, how far it slipped and how fast. Each version\nis planned from its own meeting and judged as of its own date.",
    options: {
      ...COMMON_OPTIONS,
      ...PLAN_OPTIONS,
      ...FORECAST_OPTIONS,
      svg: { type: 'string', value: 'FILE', help: 'Also write the slip chart (planned finish by version date)' },
      topics: { type: 'string', value: 'N', help: 'Topics in the chart, the most slipped first (default 8)' },
      json: { type: 'boolean', help: 'Print { versions, topics: [{ title, firstSeen, points, slipDays, … }] }' },
      samples: { ...FORECAST_OPTIONS.samples, help: 'Forecast samples per version (default 200)' },
    },
  },
} as const satisfies Readonly<Record<string, CommandSpec>>

/** A command's name. */
export type CommandName = keyof typeof COMMAND_SPECS
