/** Usage texts. */

/** Top-level help. */
export const MAIN_HELP = `waymark — roadmaps as code for open-source communities

Usage: waymark <command> [options] FILE…

Commands:
  parse FILE…   Read notes into the roadmap model (--json for the machine-readable form)
  lint FILE…    Check the roadmap: missing owners and estimates, placeholders, links, cycles
  fmt FILE…     Print the note as readable multi-line Markdown (--write, --check)
  plan FILE…    Schedule the topics around their people: dates, slack, critical path
  export FILE…  Write the roadmap in another tool's format (--format tjp: TaskJuggler)

FILE… is one or more Markdown files or folders of them; together they make one roadmap.
Run \`waymark <command> --help\` for a command's options.

Options:
  -h, --help     Show help
  -v, --version  Show the version
`

/** Help per command. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  parse: `Usage: waymark parse FILE… [--json] [--max-size SIZE]

Reads the notes and prints what Waymark understood: topics, owners, estimates,
prerequisites, people and action items.

Options:
  --json            Print { meta, topics, people, actions, diagnostics, … } as JSON
  --max-size SIZE   Largest file to read (default 10MB)
`,
  lint: `Usage: waymark lint FILE… [--format human|json|github|sarif] [--quiet] [--max-size SIZE]

Checks the roadmap and lists who must fill in what.
Exit code: 0 no errors, 1 errors found, 2 Waymark could not do its job.

Options:
  --format FORMAT   human (default), json, github (workflow annotations), sarif (2.1.0)
  --quiet           Leave out infos (human format)
  --max-size SIZE   Largest file to read (default 10MB)
`,
  plan: `Usage: waymark plan FILE… [--start DATE] [--budget N] [--seed N] [--json] [--max-size SIZE]
       waymark plan INSTANCE.sm [--budget N] [--seed N] [--json]

Schedules the topics around the people who own them: one topic at a time per person,
prerequisites first, working days only. Prints each topic's start and finish, its slack,
the critical path, the bottleneck people and why each topic starts when it does.
Settings (start, holidays, people's capacity and absences, …) come from the front
matter's waymark: block and a waymark.yaml beside the notes (see docs/planning.md).

Options:
  --start DATE      First day of the plan (default: the day after the meeting date)
  --budget N        Schedules the optimiser may generate (default: 5,000 for small
                    roadmaps, fewer for large ones); each justification pass counts
  --seed N          Seed of the optimiser's random choices (default 1): same seed, same plan
  --json            Print { start, finish, makespanDays, topics, criticalPath, diagnostics }
  --max-size SIZE   Largest file to read (default 10MB)

With a PSPLIB .sm file it solves that RCPSP instance and prints, with --json,
{ makespan, jobs: [{ job, start, duration }] } in periods, jobs numbered as in the file.
`,
  export: `Usage: waymark export --format tjp FILE… [-o PATH] [--start DATE] [--max-size SIZE]

Writes the roadmap for another tool. Formats:
  tjp   A TaskJuggler 3 project: people as resources, topics as tasks with effort,
        allocations and dependencies; \`tj3 FILE.tjp\` schedules it and writes
        waymark-plan.csv with each task's start and end.

Options:
  -f, --format FORMAT   The format (required)
  -o, --output PATH     Write to PATH (atomically; never over an input); - or none: stdout
  --start DATE          First day of the plan (default: the day after the meeting date)
`,
  fmt: `Usage: waymark fmt FILE… [--write | --check] [--max-size SIZE]

Prints the note as normal multi-line Markdown: a note pasted as one line gets its
headings, separators, bullets, field labels and front matter back. Only whitespace
changes, and formatting twice changes nothing.

Options:
  --write           Replace each file with its formatted text (atomically)
  --check           Change nothing; exit 1 if a file is not formatted
  --max-size SIZE   Largest file to read (default 10MB)
`,
}
