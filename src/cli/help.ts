/** Usage texts. */

/** Top-level help. */
export const MAIN_HELP = `waymark — roadmaps as code for open-source communities

Usage: waymark <command> [options] FILE…

Commands:
  parse FILE…     Read notes into the roadmap model (--json for the machine-readable form)
  lint FILE…      Check the roadmap: missing owners and estimates, placeholders, links, cycles
  fmt FILE…       Print the note as readable multi-line Markdown (--write, --check)
  plan FILE…      Schedule the topics around their people: dates, slack, critical path
  forecast FILE…  When it will really finish: P50/P85/P95, the deadline's chances
  gantt FILE…     Print the plan as a Mermaid Gantt chart (GitHub renders it)
  graph FILE…     Print the dependency graph as a Mermaid flowchart or Graphviz DOT
  report FILE…    Write ROADMAP.md: summary, charts, forecast, queues, to-do list, risks
  site FILE…      Write the roadmap as an interactive page that works offline (-o DIR)
  serve FILE…     Preview that page locally; it reloads when the notes change
  export FILE…    Write the roadmap for other tools (--format json, csv, ics, tjp)
  diff OLD NEW    What changed between two versions (files, or git revisions: -- FILE)
  history FILE    Each topic's planned finish through the file's git history; slips

FILE… is one or more Markdown files or folders of them; together they make one roadmap.
Run \`waymark <command> --help\` for a command's options.

Options:
  -h, --help     Show help
  -v, --version  Show the version
`

/** The options of the commands that plan before they publish. */
const PLANNING_OPTIONS = `  --start DATE          First day of the plan (default: the day after the meeting date)
  --as-of DATE          The day statuses are judged on: late topics (default today)
  --budget N            Schedules the optimiser may generate (see \`waymark plan --help\`)
  --seed N              Seed of the optimiser's random choices (default 1)
  --max-size SIZE       Largest file to read (default 10MB)
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
  --as-of DATE      The day statuses are judged on: late topics (default today)
  --budget N        Schedules the optimiser may generate (default: 5,000 for small
                    roadmaps, fewer for large ones); each justification pass counts
  --seed N          Seed of the optimiser's random choices (default 1): same seed, same plan
  --json            Print { start, finish, makespanDays, topics, criticalPath, diagnostics }
  --max-size SIZE   Largest file to read (default 10MB)

With a PSPLIB .sm file it solves that RCPSP instance and prints, with --json,
{ makespan, jobs: [{ job, start, duration }] } in periods, jobs numbered as in the file.
`,
  export: `Usage: waymark export --format json|csv|ics|tjp FILE… [-o PATH] [--start DATE] [--budget N] [--seed N]

Writes the roadmap for another tool. Formats:
  json  Everything: the roadmap, its plan and forecast, the to-do list and the diagnostics, in the
        versioned shape of docs/schema/waymark-export-1.schema.json
  csv   One row per topic (RFC 4180), safe to open in a spreadsheet
  ics   One all-day event per planned topic (RFC 5545); re-importing updates them
  tjp   A TaskJuggler 3 project: people as resources, topics as tasks with effort,
        allocations and dependencies; \`tj3 FILE.tjp\` schedules it and writes
        waymark-plan.csv with each task's start and end

Options:
  -f, --format FORMAT   The format (required)
  -o, --output PATH     Write to PATH (atomically; never over an input); - or none: stdout
  --samples N           Forecast samples for json (default 1,000)
${PLANNING_OPTIONS}`,
  forecast: `Usage: waymark forecast FILE… [--samples N] [--seed N] [--json] [--start DATE] [--budget N]

Re-plans the roadmap many times with durations drawn from the estimates' uncertainty —
a range as its 10th to 90th percentile, a single estimate with a spread, an assumed one
with a wider spread — keeping each person to one topic at a time. Prints the finish's
P50, P85 and P95, the chance of meeting the deadline (the deadline setting, or the
roadmap's own window in the notes, such as "Roadmap (2022-2023)"), each topic's P50 and
P85 and how often it is critical, the topics that drive the risk, and a histogram.
Spreads and the default sample count are settings (see docs/forecast.md).

Options:
  --samples N           Samples (default 1,000); the same seed gives the same numbers
  --json                Print { samples, seed, finish, deadline, topics, … }
${PLANNING_OPTIONS}`,
  site: `Usage: waymark site FILE… [-o DIR] [--samples N] [--start DATE] [--budget N] [--seed N]

Writes DIR/index.html (default DIR: site) — one self-contained page that works offline,
also from file:// — and DIR/roadmap.json, the data it shows: the summary, a Gantt chart
with dependency arrows, hatched assumed estimates and forecast whiskers, the dependency
graph, each topic's details, filters kept in the address, the to-do list per person and
the forecast. Publish DIR as it is (GitHub Pages, any web server).

Options:
  -o, --output DIR      The folder to write into (created if missing)
  --samples N           Forecast samples (default 1,000)
  --since REV           Show the changes since this git revision (default: the note's last commit)
${PLANNING_OPTIONS}`,
  serve: `Usage: waymark serve FILE… [--port N] [--host ADDRESS] [--samples N]

Serves the page \`waymark site\` writes, at http://127.0.0.1:4173/, and reloads it in the
browser whenever the notes (or waymark.yaml) change. It serves only that page and its
data, read-only; notes that cannot be planned show their problems in the page. Up to 64
open pages reload live (more get 503). Ctrl-C stops it.

Options:
  --port N              The port (default 4173; 0 picks a free one)
  --host ADDRESS        The address to listen on: 127.0.0.1 (default), localhost, ::1, or
                        another IP address, which other machines can reach; never a host name
  --samples N           Forecast samples (default 1,000)
${PLANNING_OPTIONS}`,
  diff: `Usage: waymark diff OLD NEW [--format human|markdown|json] [--samples N]
       waymark diff REV [REV] -- FILE… [--format …]

Compares two versions of the roadmap: two files or folders, or git revisions of the
notes (one revision compares it with the files as they are now). Lists topics added,
removed and renamed (renames are found by title and content), changes of owners,
estimates, priorities, statuses, deadlines and prerequisites, and how the plan and the
forecast moved, per topic and for the roadmap: "GDB stub — finish +3 weeks, P85 +5 weeks".

Options:
  -f, --format FORMAT   human (default), markdown (for a pull-request comment), json
  --samples N           Forecast samples per version (default 1,000)
${PLANNING_OPTIONS}`,
  history: `Usage: waymark history FILE|DIR [--svg FILE] [--json] [--samples N] [--topics N]

Follows the roadmap through its versions — the commits that changed FILE (read with
git, renames followed), or the dated notes of DIR (one per meeting) — and prints the
roadmap's finish version by version and the slip table: for each topic, when it first
appeared, its planned finish then and now, how far it slipped and how fast. Each version
is planned from its own meeting and judged as of its own date.

Options:
  --svg FILE            Also write the slip chart (planned finish by version date)
  --topics N            Topics in the chart, the most slipped first (default 8)
  --json                Print { versions, topics: [{ title, firstSeen, points, slipDays, … }] }
  --samples N           Forecast samples per version (default 200)
${PLANNING_OPTIONS}`,
  gantt: `Usage: waymark gantt FILE… [--by owner|status|priority|none] [--max-rows N] [--markdown] [-o PATH]

Prints the plan as a Mermaid Gantt chart, with computed dates on every bar, sections by
owner (or status, priority, none), the critical path in red (crit), topics in progress
active, deadlines as milestones, and assumed estimates marked. Paste it into a
\`\`\`mermaid block and GitHub draws it.

Options:
  --by GROUP            Sections: owner (default), status, priority or none
  --max-rows N          Rows per chart (default 50); more rows make several charts,
                        printed as fenced Markdown blocks
  --markdown            Print the chart as a fenced \`\`\`mermaid block
  -o, --output PATH     Write to PATH (atomically; never over an input); - or none: stdout
${PLANNING_OPTIONS}`,
  graph: `Usage: waymark graph FILE… [--format mermaid|dot] [--by owner|status|priority|none] [--markdown] [-o PATH]

Prints the dependency graph: prerequisites as arrows, relations the notes suggest as
dotted lines, prerequisites outside the roadmap as notes, the critical path in bold red.

Options:
  -f, --format FORMAT   mermaid (default; a flowchart GitHub renders) or dot (Graphviz)
  --by GROUP            Groups: owner (default), status, priority or none
  --markdown            Print the Mermaid chart as a fenced \`\`\`mermaid block
  -o, --output PATH     Write to PATH (atomically; never over an input); - or none: stdout
${PLANNING_OPTIONS}`,
  report: `Usage: waymark report FILE… [-o ROADMAP.md] [--by GROUP] [--max-rows N]

Writes one Markdown page to commit beside the notes: the summary (finish date, critical
path, bottleneck people, what is missing), the Gantt chart and dependency graph, the
topics, the forecast, each person's queue, the to-do list per person, and risks and
open questions.

Options:
  -o, --output PATH     Write to PATH (atomically; never over an input); - or none: stdout
  --by GROUP            Gantt sections and graph groups: owner (default), status, priority, none
  --max-rows N          Rows per Gantt chart (default 50)
  --samples N           Forecast samples (default 1,000)
  --since REV           Show the changes since this git revision (default: the note's last commit)
${PLANNING_OPTIONS}`,
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
