/**
 * The rule catalog: every diagnostic Waymark reports, its default severity, a one-line
 * description (for `--help`, SARIF and the docs), and the words of its message and hint.
 * Stages pass parameters; only this file chooses words.
 */
import type { Audience, Severity } from '../model/diagnostic.js'
import type { RuleId, RuleParams } from '../model/rule.js'

/** A catalog entry. */
export interface Rule<K extends RuleId> {
  readonly severity: Severity
  /** Who it speaks to, which decides where it is shown (`lint`, beside the plan, JSON only). */
  readonly audience: Audience
  /** What the rule checks, in one line. */
  readonly description: string
  readonly message: (p: RuleParams[K]) => string
  readonly hint: (p: RuleParams[K]) => string
}

const list = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ')
const clip = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The role a label most likely names, for a settings example (`Jobsize` → estimate). */
function roleGuess(label: string): string {
  const l = label.toLowerCase()
  if (/size|hour|effort|length|duration|time|estimate|weeks?|months?/.test(l)) return 'estimate'
  if (/mentor|advisor|coach/.test(l)) return 'mentor'
  if (/crew|team|people|members|staff/.test(l)) return 'team'
  if (/lead|owner|contact|driver|champion|responsible|captain|assignee|who/.test(l)) return 'owner'
  if (/level|difficulty|hardness|complexity/.test(l)) return 'difficulty'
  if (/state|status|stage|phase/.test(l)) return 'status'
  if (/depend|require|needs|after|blocked/.test(l)) return 'prerequisites'
  return 'notes'
}

/** Every rule, by id. */
export const RULES: { readonly [K in RuleId]: Rule<K> } = {
  'flattened-input': {
    severity: 'info',
    audience: 'reader',
    description: 'The note arrived with its line breaks flattened; Waymark recovered its structure.',
    message: (p) =>
      `The note arrived flattened (${p.lines === 1 ? 'one line' : `${p.lines} long lines`}); Waymark recovered ${p.breaks} line breaks (headings, separators, bullets, field labels, front matter).`,
    hint: () => 'Run `waymark fmt --write FILE` to save the readable multi-line note.',
  },
  'deep-nesting': {
    severity: 'warning',
    audience: 'reader',
    description: 'Nesting or inline marks past the bounds that keep reading linear; the rest is read as text.',
    message: (p) =>
      p.kind === 'blocks'
        ? `Lists or quotes are nested deeper than ${p.limit} levels (${p.count === 1 ? 'one line' : `${p.count} lines`}); the deeper markers are read as text.`
        : p.kind === 'containers'
          ? `\`:::\` containers are nested deeper than ${p.limit} levels (${p.count === 1 ? 'one opener' : `${p.count} openers`}); the deeper openers are read as text.`
          : `A paragraph has more than ${p.limit.toLocaleString('en')} emphasis or link marks, or marks open too deep; ${p.count.toLocaleString('en')} of them are read as text.`,
    hint: (p) =>
      p.kind === 'blocks'
        ? 'Flatten the list: a roadmap rarely needs more than a few levels.'
        : p.kind === 'containers'
          ? 'Close each `:::` container with its own `:::` line before the next one opens.'
          : 'Split the paragraph with blank lines, or put the text in a code block.',
  },
  'template-ignored': {
    severity: 'info',
    audience: 'reader',
    description: 'A topic proposal template (e.g. `Topic: [template]` inside `:::info`) is not a topic.',
    message: (p) => `“${p.title}” is the proposal template, not a topic; it is ignored.`,
    hint: () => 'Copy the template below it and fill in a real topic name.',
  },
  'unknown-field': {
    severity: 'info',
    audience: 'reader',
    description: 'A bold label Waymark does not know; its value is kept as an extra field.',
    message: (p) => `Topic “${p.topic}” has a field Waymark does not know: “${p.label}” (kept as written).`,
    hint: () =>
      'Known labels: Author, Owner, Team, Tech lead, Mentors, Estimated duration (or Size), Difficulty, Priority, Status, Deadline, Start, Rationale, Objectives, Prerequisites, Links, Notes (docs/reading.md lists every spelling).',
  },
  'unread-section': {
    severity: 'info',
    audience: 'reader',
    description:
      'A section that looks like a work item (labelled lines) but whose labels Waymark does not know, so it was not read.',
    message: (p) =>
      `“${clip(p.title)}” looks like a work item but was not read: Waymark does not know its labels ${list(p.labels)}.`,
    hint: (p) =>
      `If they are fields, name them in the settings, e.g. \`waymark: labels: { ${p.labels
        .slice(0, 2)
        .map((l) => `${l}: ${roleGuess(l)}`)
        .join(', ')} }\` (docs/model.md, Settings); docs/reading.md lists the labels Waymark knows.`,
  },
  'duplicate-field': {
    severity: 'warning',
    audience: 'reader',
    description: 'A topic gives the same field twice; the first one counts.',
    message: (p) => `Topic “${p.topic}” gives “${p.label}” more than once; the first one counts.`,
    hint: () => 'Merge the two values into one field.',
  },
  'front-matter-invalid': {
    severity: 'warning',
    audience: 'reader',
    description: 'The YAML front matter could not be read.',
    message: (p) => `The front matter is not valid YAML: ${p.reason}.`,
    hint: () => 'Write it as `---`, then `key: value` lines, then `---`, e.g. `title: Community Meeting` and `date: 2022-08-25`.',
  },
  'invalid-setting': {
    severity: 'warning',
    audience: 'settings',
    description: 'A `waymark:` setting in the front matter that Waymark cannot use; the default applies.',
    message: (p) => `Setting \`${p.key}\` is not valid: ${p.reason}; the default is used.`,
    hint: () => 'See docs/model.md (Settings) for the settings and their values.',
  },
  'unknown-setting': {
    severity: 'warning',
    audience: 'settings',
    description: 'A settings key Waymark does not know (a misspelling, most often); it is ignored.',
    message: (p) => `\`${p.key}\` is not a setting; it is ignored.`,
    hint: (p) =>
      p.suggestion === null
        ? 'See docs/model.md (Settings) for the settings and their values.'
        : `Did you mean \`${p.suggestion}\`? See docs/model.md (Settings) for the settings.`,
  },
  'settings-not-yaml': {
    severity: 'error',
    audience: 'settings',
    description: 'A settings file that is not valid YAML: none of its settings can be used.',
    message: (p) => `\`${p.file}\` is not valid YAML (${p.reason}); none of its settings are used.`,
    hint: () =>
      'Fix the line shown: a setting is `key: value`, and a nested key is indented under its parent, e.g. `people:` then `  Ann Lee: { capacity: 50% }`.',
  },
  'empty-topic-title': {
    severity: 'error',
    audience: 'reader',
    description: 'A `Topic:` heading with no name.',
    message: () => 'A topic heading has no name.',
    hint: () => 'Write the name after the colon, e.g. `### Topic: GDB stub`.',
  },
  'no-topics': {
    severity: 'error',
    audience: 'reader',
    description: 'The input has no topic sections.',
    message: (p) =>
      `${p.file} has no topics: Waymark looks for headings with fields (\`Owner\`, \`Mentors\`, \`Size\`…), \`Topic:\`/\`Proposal:\` headings, items under a Roadmap or Ideas heading, and tables of work items.`,
    hint: () =>
      'Add a topic: `### Topic: NAME`, then fields such as `**Owner**: NAME` and `**Estimated duration**: 4 weeks` (docs/reading.md lists every layout).',
  },
  'unreadable-file': {
    // A warning: a folder's other documents still make the roadmap; a file with nothing read is also `no-topics`.
    severity: 'warning',
    audience: 'reader',
    description: 'A file Waymark cannot read as a roadmap (a CSV without a column of work items, a YAML file without a title).',
    message: (p) => `This file cannot be read as a roadmap: ${p.reason}.`,
    hint: () =>
      'A CSV or TSV needs a header with a column of work items (`Title`, `Project`, `Task`, `Feature`…); a YAML file, a `title`.',
  },
  'not-a-duration': {
    severity: 'warning',
    audience: 'reader',
    description: 'An estimate that is not a duration (a date, a vague word); it is not guessed.',
    message: (p) => `The estimate of “${p.topic}” is not a duration: “${clip(p.text)}” (${p.reason}).`,
    hint: () =>
      'Write a duration or a range, e.g. `6 months`, `4 - 8 weeks`, `10 days`; put dates under **Deadline** (`2023-03-31`).',
  },
  'not-a-date': {
    severity: 'warning',
    audience: 'reader',
    description: 'A date field whose value is not a calendar date.',
    message: (p) => `“${p.label}” of “${p.topic}” is not a date: “${clip(p.text)}”.`,
    hint: () => 'Write an ISO date, e.g. `2023-03-31`.',
  },
  'unknown-priority': {
    severity: 'warning',
    audience: 'reader',
    description: 'A priority Waymark cannot rank.',
    message: (p) => `The priority of “${p.topic}” is not one Waymark can rank: “${clip(p.text)}”.`,
    hint: () => 'Write one of: low, medium-low, medium, medium-high, high, critical (or P0–P3).',
  },
  'unknown-status': {
    severity: 'warning',
    audience: 'reader',
    description: 'A status Waymark does not know.',
    message: (p) => `The status of “${p.topic}” is not one Waymark knows: “${clip(p.text)}”.`,
    hint: () => 'Write one of: upcoming, in progress (40%), blocked, done, dropped.',
  },
  'issue-merged': {
    severity: 'info',
    audience: 'reader',
    description: 'A topic of the notes and the GitHub issue tracking it, read as one topic.',
    message: (p) =>
      `Topic “${p.topic}” is tracked by issue ${p.issue} (“${clip(p.title)}”): they are one topic, the notes' values first, the issue's for what they leave open and its closed state.`,
    hint: () => 'Nothing to do; to keep them apart, remove the issue from the topic’s `Tracking issue` field.',
  },
  'person-merged': {
    severity: 'info',
    audience: 'reader',
    description: 'Two spellings were read as one person (unique first name, nickname or initials).',
    message: (p) => `“${p.text}” is read as ${p.name} (${p.reason}).`,
    hint: (p) => `Write the full name, ${p.name}, if that is not who is meant.`,
  },
  'possible-typo': {
    severity: 'info',
    audience: 'reader',
    description: 'A name one or two letters away from another with the same first name was merged with it.',
    message: (p) => `“${p.text}” looks like a typo of ${p.name}; read as ${p.name}.`,
    hint: (p) => `Write “${p.name}”.`,
  },
  'role-not-person': {
    severity: 'info',
    audience: 'reader',
    description:
      'A name where a person is expected reads as a role (a student, a team, an author): a place to fill, planned like an unowned topic or in its pool.',
    message: (p) =>
      `“${p.text}” is read as a role${p.word === null ? ' (a phrase, not a name)' : ` (“${p.word}”)`}, not a person: a place to fill, so the topics it owns are planned with the unowned ones (or in the role's pool).`,
    hint: () =>
      'Name the person who takes it (e.g. `**Owner**: Jane Doe`); to read other words as roles, list them under `waymark: roles:`; to give a role a pool, `roles: { NAME: { capacity: 3 } }`.',
  },
  'ambiguous-person': {
    severity: 'warning',
    audience: 'reader',
    description: 'A short name or initials that fit several people; kept apart.',
    message: (p) => `“${p.text}” could be ${list(p.candidates)}; it is kept as a separate name.`,
    hint: () => 'Write the full name.',
  },
  'duplicate-topic': {
    severity: 'error',
    audience: 'reader',
    description: 'Two topics with the same title.',
    message: (p) => `Topic “${p.title}” appears twice (first at ${p.first}).`,
    hint: () => 'Merge the two proposals, or give them different names.',
  },
  'broken-link': {
    severity: 'error',
    audience: 'reader',
    description: 'An explicit link (`[[Title]]`, `#topic-id`) to a topic that does not exist.',
    message: (p) => `“${p.topic}” links to “${p.target}”, which is not a topic of this roadmap.`,
    hint: () => 'Link an existing topic by its title (`[[Platform Rearchitecting]]`) or id (`#platform-rearchitecting`).',
  },
  'unresolved-prerequisite': {
    severity: 'warning',
    audience: 'reader',
    description: 'A prerequisite that looks like a topic name but matches none, or several, well enough to link.',
    message: (p) =>
      p.candidates.length > 1
        ? `Prerequisite “${clip(p.text)}” of “${p.topic}” could be ${list(p.candidates)}; not linked.`
        : `Prerequisite “${clip(p.text)}” of “${p.topic}” is close to ${list(p.candidates)} but not close enough to link.`,
    hint: (p) => `Link it explicitly, e.g. \`[[${p.candidates[0] ?? 'Topic title'}]]\`, or reword it if it is external.`,
  },
  'external-prerequisite': {
    severity: 'info',
    audience: 'reader',
    description: 'A prerequisite that names no topic of this roadmap; kept as an external prerequisite.',
    message: (p) => `Prerequisite “${clip(p.text)}” of “${p.topic}” is not a topic of this roadmap; kept as external.`,
    hint: () => 'If it is a topic, write its title as a prerequisite, or `[[Topic title]]`.',
  },
  'suggested-relation': {
    severity: 'info',
    audience: 'reader',
    description: 'Prose mentions another topic; suggested as a relation, not a dependency.',
    message: (p) =>
      `“${p.topic}” mentions “${p.other}” in its ${p.field} (“${clip(p.text, 50)}”); suggested as a relation, not a dependency.`,
    hint: (p) => `If “${p.topic}” needs “${p.other}” first, add it under **Prerequisites / dependencies**.`,
  },
  'dependency-cycle': {
    severity: 'error',
    audience: 'reader',
    description: 'Prerequisites that depend on each other in a circle.',
    message: (p) =>
      p.cycle.length === 1
        ? `“${p.cycle[0]}” is its own prerequisite.`
        : `Prerequisites form a cycle: ${[...p.cycle, p.cycle[0]].map((t) => `“${t}”`).join(' → ')}.`,
    hint: () => 'Remove one of the prerequisites in the cycle, or split a topic in two.',
  },
  'missing-owner': {
    severity: 'warning',
    audience: 'reader',
    description: 'A topic no person owns (none written, `TODO`, or only a role such as `GSoC student`).',
    message: (p) =>
      p.roles.length > 0
        ? `Topic “${p.topic}” has no owner: ${list(p.roles.map((r) => clip(r)))} ${p.roles.length === 1 ? 'is a role' : 'are roles'}, not a person, so it is planned in the role's pool or with the unowned topics.`
        : `Topic “${p.topic}” has no owner${p.text ? ` (“${clip(p.text)}”)` : ''}${p.mentors.length > 0 ? `; it is mentored by ${list(p.mentors)}` : ''}.`,
    hint: (p) =>
      p.roles.length > 0
        ? 'Name the person who takes it when someone does (`**Owner**: Jane Doe`); until then, give the role a pool: `roles: { NAME: { capacity: 3 } }` in the settings.'
        : p.mentors.length > 0
          ? 'Mentors guide the work and are not its capacity: name who does it, `**Owner**: NAME`, or leave it unassigned until a contributor takes it.'
          : 'Name who drives it: `**Owner**: Firstname Lastname`.',
  },
  'missing-estimate': {
    severity: 'warning',
    audience: 'reader',
    description: 'A topic with no estimated duration (none written, or `TODO months`).',
    message: (p) => `Topic “${p.topic}” has no estimate${p.text ? ` (“${clip(p.text)}”)` : ''}.`,
    hint: () => 'Write a duration or range: `**Estimated duration**: 4 - 8 weeks`.',
  },
  placeholder: {
    severity: 'warning',
    audience: 'reader',
    description: 'A field still holds the template placeholder (`[Please fill in here]`, `TODO`, `TBD`).',
    message: (p) => `“${p.label}” of “${p.topic}” is still a placeholder: “${clip(p.text)}”.`,
    hint: (p) => `Fill in the ${p.label.toLowerCase()}, or remove the field.`,
  },
  'cycle-broken': {
    severity: 'warning',
    audience: 'planner',
    description: 'Planning ignores one prerequisite of a cycle so the rest can be planned.',
    message: (p) =>
      `The plan ignores that “${p.topic}” needs “${p.prerequisite}”, to break the cycle ${p.cycle.map((t) => `“${t}”`).join(' → ')}.`,
    hint: () => 'Remove one prerequisite of the cycle in the notes.',
  },
  'assumed-estimate': {
    severity: 'info',
    audience: 'trace',
    description: 'A topic without a usable estimate is planned with an assumed one.',
    message: (p) => `“${p.topic}” has no estimate; planned with ${p.days} working days (${p.basis}).`,
    hint: () => 'Add `**Estimated duration**: …` to plan it with its own estimate.',
  },
  'zero-estimate': {
    severity: 'info',
    audience: 'trace',
    description: 'A topic estimated at zero days is planned as a milestone.',
    message: (p) => `“${p.topic}” is estimated at zero days; planned as a milestone.`,
    hint: () => 'Give it a duration if it is work.',
  },
  'long-estimate': {
    severity: 'warning',
    audience: 'planner',
    description: 'An estimate longer than five years is probably a mistake.',
    message: (p) => `“${p.topic}” is estimated at ${p.days} working days (more than five years).`,
    hint: () => 'Check the unit (`6 weeks`, not `6 years`), or split the topic.',
  },
  'unavailable-person': {
    severity: 'error',
    audience: 'planner',
    description: 'A person set to 0% capacity owns or works on topics, which can never run.',
    message: (p) => `${p.person} is at 0% capacity but is needed by ${p.topics.map((t) => `“${t}”`).join(', ')}.`,
    hint: () => 'Give them a capacity above 0%, or another owner to the topics.',
  },
  'unschedulable-topic': {
    severity: 'error',
    audience: 'planner',
    description: 'A topic that can never start: its people are never available, or it waits for such a topic.',
    message: (p) => `“${p.topic}” cannot be planned: ${p.because}.`,
    hint: () => 'Check the capacity and absences of its people, and its prerequisites.',
  },
  'unknown-person-setting': {
    severity: 'warning',
    audience: 'settings',
    description: 'Settings for a person who is in none of the topics.',
    message: (p) => `Settings name “${p.name}”, who is in no topic of this roadmap.`,
    hint: () => 'Write the name as the notes do (full name, or a spelling used there).',
  },
  'deadline-missed': {
    severity: 'warning',
    audience: 'planner',
    description: 'A topic planned to finish after its deadline.',
    message: (p) => `“${p.topic}” finishes ${p.finish}, after its deadline ${p.deadline}.`,
    hint: () => 'Start it earlier (a higher priority), add people, or move the deadline.',
  },
  'roadmap-deadline-missed': {
    severity: 'warning',
    audience: 'planner',
    description: 'The roadmap is planned to finish after its deadline.',
    message: (p) => `The roadmap finishes ${p.finish}, after the deadline ${p.deadline}.`,
    hint: () => 'See the critical path and the bottleneck people.',
  },
  'small-budget': {
    severity: 'info',
    audience: 'trace',
    description: 'A large roadmap is planned with a small default budget, to answer quickly.',
    message: (p) => `${p.topics} topics: planned with a budget of ${p.budget} schedules to answer quickly.`,
    hint: () => 'Give `--budget N` (e.g. 2000) for a shorter plan when you can wait.',
  },
  'priority-inversion': {
    severity: 'info',
    audience: 'planner',
    description: 'A higher-priority topic waits for a lower-priority one of the same person (the shortest plan needs it).',
    message: (p) => `“${p.topic}” (${p.priority}) waits for “${p.other}” (${p.otherPriority}), which also needs ${p.person}.`,
    hint: () =>
      'The shortest plan needs this order; give the topic another person, or accept a longer plan by moving its deadline earlier.',
  },
  'late-topics': {
    severity: 'warning',
    audience: 'planner',
    description: 'As of today (or `--as-of`), topics planned to be finished, or started, are not marked so.',
    message: (p) =>
      [
        p.late.length > 0
          ? `${p.late.length} ${p.late.length === 1 ? 'topic is' : 'topics are'} past ${p.late.length === 1 ? 'its' : 'their'} planned finish as of ${p.asOf} and not marked done: ${firstFive(p.late)}.`
          : '',
        p.unstarted.length > 0
          ? `${p.unstarted.length} ${p.unstarted.length === 1 ? 'topic was' : 'topics were'} planned to start by ${p.asOf} and ${p.unstarted.length === 1 ? 'is' : 'are'} not marked started: ${firstFive(p.unstarted)}.`
          : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
    hint: () =>
      'Say where each stands: `**Status**: done` (or `**Done**: 2023-03-01`), `**Status**: in progress (40%)` with `**Started**: 2022-10-03`, or `dropped`; then plan the rest from today with `--start`.',
  },
}

/** A list of titles: the first five and how many more. */
function firstFive(titles: readonly string[]): string {
  return titles.length > 5 ? `${list(titles.slice(0, 5))} and ${titles.length - 5} more` : list(titles)
}

/** All rule ids, in catalog order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[]
