/**
 * The words generated notes are made of: what real notes write in each place (names,
 * titles, estimates, priorities, statuses, dates, labels in their spellings), with the
 * odd value that is legal but unusual mixed in. Hostile text is the mutations' job.
 */

/** People as notes name them: full names, short names, initials, handles, lists, placeholders. */
export const PEOPLE = [
  'Alex',
  'Alexander Jung',
  'Marc Rittinghaus',
  'Marc',
  'Răzvan Deaconescu',
  'Razvan',
  'Simon Kuenzer',
  'SK',
  'Ana Lima',
  'Bo Chen',
  'Chidi Okafor',
  'Dragoș Petre',
  '@alice',
  'Michalis',
  'Ștefan Jumărea',
  '田中 太郎',
  'José Ñúñez',
  'Alex (lead)',
  'Alex, Marc and Simon',
  'Ana & Bo',
  'Bo / Chidi',
  'everyone',
  'TODO',
  'TBD',
  'Firstname Lastname',
  'N/A',
  '?',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
]

/** Words topic titles are built from. */
export const TITLE_WORDS = [
  'Kubernetes',
  'Memory',
  'Randomization',
  'Signal',
  'Reimplementation',
  'GDB',
  'stub',
  'Platform',
  'Rearchitecting',
  'ISR-Safe',
  'Code',
  'Musl',
  'newlib',
  'Shutdown',
  'SMP',
  'ARM',
  'x86',
  'Build',
  'Cache',
  'QUIC',
  'Transport',
  'Shared',
  'Libraries',
  'Networking',
  'Scheduler',
  'Tracing',
  'Paging',
  'Boot',
  'Virtio',
  'Storage',
  'Docs',
  'CI',
  'Security',
  'Testing',
]

/** Whole titles as real notes write them. */
export const TITLES = [
  'Kubernetes (`containerd` integration)',
  'Memory Randomization (ASLR)',
  'posix-process: Signal Reimplementation (alias uksignal) [upcoming]',
  'GDB stub [done]',
  'Platform Rearchitecting (aka plat rearch)',
  'ISR-Safe Code',
  'Unikraft System Shutdown',
  'Musl + newlib',
  'SMP on ARM [blocked]',
  'Build Cache and QUIC Transport',
  'constructor',
  '__proto__',
  'Topic name',
  '[template]',
  '<name>',
]

/** Estimates: the grammar's forms, ranges, sums, words, placeholders. */
export const ESTIMATES = [
  '3 months',
  '6 months',
  '2 - 4 weeks',
  '4 - 8 weeks',
  '~6 weeks',
  '1.5 months',
  '1,5 months',
  'about 2 months',
  'half a year',
  'a couple of weeks',
  '2w',
  '10d',
  '40h',
  '3 months + 2 weeks',
  '1/2 month',
  'two to three months',
  '6 person-months',
  '1 quarter',
  '1 year',
  'a month or two',
  'roughly 3-4 months (depends on review)',
  'ca. 5 working days',
  '2 weeks; 3 days',
  'Q1 2023',
  'TODO',
  'TBD',
  'TODO months',
  '?',
  'N/A',
  'unknown',
  '',
]

/** Priorities in their spellings. */
export const PRIORITIES = [
  'high',
  'Low',
  'medium',
  'medium-high',
  'critical',
  'P0',
  'P1',
  'P3',
  'must',
  'should have',
  '3',
  'TODO',
]

/** Statuses in their spellings. */
export const STATUSES = [
  'upcoming',
  'in progress',
  'in progress (40%)',
  'done',
  'blocked',
  'blocked by review',
  'dropped',
  '50%',
  'started',
  'WIP',
  'TODO',
]

/** Dates and ranges, valid and not. */
export const DATES = [
  '2022-09-01',
  '2023-01-01',
  '2023-12-31',
  '2022-12-24..2023-01-01',
  '2023-02-30',
  '31/12/2023',
  'Q1 2023',
  'end of March',
  '2099-01-01',
  '1999-12-31',
  'TODO',
]

/** Spellings of each field's label (a sample of the reader's table, odd forms included). */
export const LABELS: Readonly<Record<string, readonly string[]>> = {
  author: ['Author', 'Authors', 'Topic author', 'Proposed by', 'Proposer'],
  owner: ['Owner', 'Owner(s)', 'Owners', 'Task owner', 'Driver', 'Assignee', 'Responsible'],
  team: ['Team', 'Team members', 'Members', 'Contributors', 'People'],
  'tech lead': ['Tech lead', 'Tech leads', 'Technical lead', 'Techlead'],
  estimate: ['Estimated duration', 'Estimate', 'Effort', 'Duration', 'Time estimate', 'Expected duration'],
  priority: ['Priority', 'Prio'],
  status: ['Status', 'State', 'Progress'],
  deadline: ['Deadline', 'Due', 'Due date', 'Target date'],
  start: ['Start', 'Start date', 'Not before', 'Earliest start'],
  started: ['Started', 'Started on', 'In progress since'],
  finished: ['Done on', 'Finished', 'Completed on'],
  rationale: ['Rationale for topic relevance', 'Rationale', 'Motivation', 'Why', 'Description'],
  objectives: ['Summary of objectives', 'Objectives', 'Goals', 'Deliverables', 'Scope'],
  prerequisites: ['Prerequisites / dependencies', 'Prerequisites', 'Dependencies', 'Depends on', 'Blocked by', 'Prereqs'],
  notes: ['Notes', 'Others', 'Comments', 'Remarks'],
  unknown: ['Budget', 'Links', 'Unknown thing', '__proto__', 'constructor'],
}

/** Plain words for rationales, objectives, discussions. */
export const PROSE = [
  'Increasing',
  'applicability,',
  'ease-of-use',
  'and',
  'relevance.',
  'We',
  'need',
  'to',
  'make',
  'sure',
  'that',
  'the',
  'port',
  'works',
  'with',
  'support',
  'for',
  'a',
  'new',
  'API',
  'drivers',
  'review',
  'of',
  'in',
  'e.g.',
]

/** Inline syntax, links, references and emoji, mixed into prose. */
export const INLINE = [
  '`runu`',
  '[k3s](https://k3s.io/)',
  'https://unikraft.org/docs/',
  'a@b.co',
  'www.example.com',
  '&amp;',
  '*emphasis*',
  '**bold**',
  '~~gone~~',
  '`code`',
  '#monkey-business',
  '(see below)',
  '4 - 8 weeks',
  ':rocket:',
  '🚀',
  'TODO',
  'N/A',
]

/** Speaker prefixes of discussions and action items. */
export const SPEAKERS = ['RD', 'SK', 'MR', 'AJ', 'Everyone', 'Alex', '@alice', 'Marc Rittinghaus']

/** Headings that open a section of topics. */
export const TOPIC_SECTIONS = ['Proposals', 'Topics', 'Features', 'Projects', 'Ideas', ':bulb: Proposals']

/** Headings that open meeting sections, by kind. */
export const MEETING_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  agenda: ['Agenda', ':dart: Agenda'],
  discussions: ['Discussions', ':closed_book: Discussions', 'Minutes', 'Discussion'],
  actions: ['TODOs', 'Action items', ':wrench: TODOs and Decisions', 'Next steps'],
  decisions: ['Decisions'],
}
