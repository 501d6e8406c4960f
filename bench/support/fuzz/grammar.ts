/**
 * A seeded grammar of every layout the reader knows: YAML front matter (with `waymark:`
 * settings), `### Topic: NAME` sections with bold labels in their spellings and forms,
 * headings under "Proposals"/"Topics", `:::info` containers and the proposal template,
 * meeting sections (agenda, discussions, action items, decisions), tables, fenced code,
 * HTML, quotes; the whole note flattened onto one line as chat and web pages paste it;
 * now and then a roadmap of two files. What it writes is well formed; mutations break it.
 */
import type { Rng } from './random.js'
import {
  DATES,
  ESTIMATES,
  LABELS,
  MEETING_SECTIONS,
  PEOPLE,
  PRIORITIES,
  INLINE,
  PROSE,
  SPEAKERS,
  STATUSES,
  TITLE_WORDS,
  TITLES,
  TOPIC_SECTIONS,
} from './vocabulary.js'

/** One file of a generated roadmap. */
export interface SourceText {
  readonly file: string
  readonly text: string
}

/** A generated note: its files and the layout choices that made it (for the report). */
export interface GeneratedNote {
  readonly files: SourceText[]
  readonly layout: string[]
}

/** A topic before it is written: what the fields will say. */
interface TopicPlan {
  readonly title: string
  readonly id: string
}

/** Writes one roadmap note (or two files) from `rng`. */
export function generateNote(rng: Rng): GeneratedNote {
  const layout: string[] = []
  // Mostly small notes (reading costs about 10 ms a kilobyte), now and then a large one.
  const topicCount = rng.weighted<() => number>([
    [12, () => 0],
    [70, () => rng.int(1, 3)],
    [14, () => rng.int(4, 8)],
    [3.5, () => rng.int(9, 25)],
    [0.4, () => rng.int(26, 80)],
    [0.1, () => rng.int(81, 200)],
  ])()
  layout.push(`topics=${topicCount}`)
  const topics = Array.from({ length: topicCount }, (): TopicPlan => {
    const title = topicTitle(rng)
    return { title, id: slugLike(title) }
  })
  const blocks: string[] = []

  if (rng.chance(0.7)) {
    layout.push('front-matter')
    blocks.push(frontMatter(rng, layout))
  }
  if (rng.chance(0.3))
    blocks.push(`# ${rng.pick(['Community Meeting, August 25, 2022', 'OSS Roadmap 2023', 'Roadmap (2022-2023)', 'Notes'])}`)
  if (rng.chance(0.3)) blocks.push('[toc]')
  if (rng.chance(0.5)) blocks.push(agenda(rng))

  const underSection = rng.chance(0.7)
  const level = rng.weighted([
    [6, 3],
    [2, 2],
    [1, 4],
    [1, 1],
    [1, 5],
  ])
  if (underSection) {
    blocks.push(`${'#'.repeat(Math.max(1, level - 1))} ${rng.pick(TOPIC_SECTIONS)}`)
    if (rng.chance(0.25)) {
      layout.push('template')
      blocks.push(template(rng, level))
    }
  }
  const extras = [table, fencedCode, htmlBlock, quote, setext, definitions, discussions, actionItems, decisions]
  topics.forEach((t, k) => {
    const form = rng.weighted<'topic' | 'plain' | 'container'>([
      [8, 'topic'],
      [underSection ? 3 : 0, 'plain'],
      [1, 'container'],
    ])
    const body = topicBlock(rng, t, topics, k, form, level)
    blocks.push(
      form === 'container' ? `:::${rng.pick(['info', 'warning', 'success', 'spoiler Details'])}\n\n${body}\n\n:::` : body,
    )
    if (rng.chance(0.7)) blocks.push(rng.pick(['---', '***', '- - -']))
    if (rng.chance(0.05)) blocks.push(rng.pick(extras)(rng))
  })
  if (rng.chance(0.35)) blocks.push(discussions(rng))
  if (rng.chance(0.35)) blocks.push(actionItems(rng))
  if (rng.chance(0.3)) blocks.push(decisions(rng))
  for (const extra of extras) if (rng.chance(0.12)) blocks.splice(rng.int(0, blocks.length), 0, extra(rng))

  let text = `${blocks.join('\n\n')}\n`
  if (rng.chance(0.15)) {
    layout.push('flattened')
    text = text.replace(/\s*\n\s*/g, ' ')
  } else if (rng.chance(0.05)) {
    layout.push('partly-flattened')
    const a = rng.int(0, text.length)
    const b = Math.min(text.length, a + rng.int(100, 4000))
    text = text.slice(0, a) + text.slice(a, b).replace(/\s*\n\s*/g, ' ') + text.slice(b)
  }

  if (topicCount > 2 && rng.chance(0.08)) {
    // Two files: split before a topic heading; the second may bring its own settings.
    const cuts = [...text.matchAll(/\n(?=#{1,6} )/g)].map((m) => m.index ?? 0)
    if (cuts.length > 1) {
      layout.push('two-files')
      const cut = rng.pick(cuts.slice(1)) + 1
      const second = (rng.chance(0.3) ? `${frontMatter(rng, [])}\n\n` : '') + text.slice(cut)
      return {
        files: [
          { file: 'notes/2022-08-25.md', text: text.slice(0, cut) },
          { file: 'notes/topics.md', text: second },
        ],
        layout,
      }
    }
  }
  return { files: [{ file: 'notes/meeting.md', text }], layout }
}

/** A topic's title: a real one, or words put together (sometimes a duplicate or a placeholder). */
function topicTitle(rng: Rng): string {
  if (rng.chance(0.2)) return rng.pick(TITLES)
  const words = Array.from({ length: rng.int(1, 4) }, () => rng.pick(TITLE_WORDS))
  let title = words.join(' ')
  if (rng.chance(0.1)) title += ` (alias ${rng.pick(TITLE_WORDS).toLowerCase()})`
  if (rng.chance(0.1)) title += ` [${rng.pick(['upcoming', 'done', 'blocked', 'infra', 'help wanted'])}]`
  if (rng.chance(0.05)) title = `${rng.pick(TITLE_WORDS).toLowerCase()}: ${title}`
  return title
}

/** About GitHub's slug of a title, for `#id` links (links to no topic are fine too). */
function slugLike(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
}

/** A date: around the meeting mostly, now and then odd or far away. */
function date(rng: Rng): string {
  return rng.chance(0.95)
    ? `202${rng.int(2, 4)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
    : rng.pick(DATES)
}

/** Words of prose: plain words mostly, inline syntax, links and emoji now and then. */
function prose(rng: Rng, min: number, max: number): string {
  return Array.from({ length: rng.int(min, max) }, () => (rng.chance(0.15) ? rng.pick(INLINE) : rng.pick(PROSE))).join(' ')
}

/** Front matter: multi-line YAML with meeting keys and, often, `waymark:` settings. */
function frontMatter(rng: Rng, layout: string[]): string {
  const lines = ['---']
  if (rng.chance(0.8))
    lines.push(`title: "${rng.pick(['Community Meeting, August 25, 2022', 'OSS Roadmap (2022-2023)', 'Roadmap 2024', 'Sync'])}"`)
  if (rng.chance(0.6)) lines.push(`tags: ${rng.pick(['unikraft, community, roadmap', '[a, b]', 'roadmap'])}`)
  if (rng.chance(0.6))
    lines.push(
      `${rng.pick(['datetime', 'date'])}: ${rng.pick(['2022-08-25T10:00:00+02:00', '2022-08-25', '2023-01-10', 'yesterday'])}`,
    )
  if (rng.chance(0.4))
    lines.push('location: Online, Discord (https://bit.ly/UnikraftDiscord), the `#monkey-business` voice channel')
  if (rng.chance(0.4)) lines.push('teams:', '  - community')
  if (rng.chance(0.4)) lines.push('participants:', ...Array.from({ length: rng.int(1, 4) }, () => `  - ${rng.pick(PEOPLE)}`))
  if (rng.chance(0.5)) {
    layout.push('settings')
    lines.push('waymark:')
    if (rng.chance(0.6)) lines.push(`  start: ${date(rng)}`)
    if (rng.chance(0.3))
      lines.push(`  workdays: ${rng.pick(['[mon, tue, wed, thu, fri]', '[mon, wed]', '[sat, sun]', '[]', '[funday]'])}`)
    if (rng.chance(0.4)) lines.push(`  holidays: [${Array.from({ length: rng.int(0, 4) }, () => date(rng)).join(', ')}]`)
    if (rng.chance(0.4)) lines.push(`  deadline: ${date(rng)}`)
    if (rng.chance(0.3)) lines.push(`  default-estimate: ${rng.pick(ESTIMATES.filter((e) => e !== ''))}`)
    if (rng.chance(0.3)) lines.push(`  unassigned: { capacity: ${rng.pick(['3', 'unlimited', '0', '-1', '1.5', 'lots'])} }`)
    if (rng.chance(0.5)) {
      lines.push('  people:')
      for (let i = rng.int(1, 4); i > 0; i--) {
        lines.push(`    ${rng.pick(PEOPLE.filter((p) => !/[,:&?]/.test(p)))}:`)
        if (rng.chance(0.8)) lines.push(`      capacity: ${rng.pick(['50%', '0.5', '1', '0', '200%', '-10%', 'half'])}`)
        if (rng.chance(0.5)) lines.push(`      absences: [${Array.from({ length: rng.int(0, 3) }, () => date(rng)).join(', ')}]`)
      }
    }
    if (rng.chance(0.3)) {
      lines.push('  units:')
      for (const key of ['hours-per-day', 'days-per-week', 'days-per-month', 'days-per-quarter', 'days-per-year'])
        if (rng.chance(0.5)) lines.push(`    ${key}: ${rng.pick(['8', '5', '20', '21', '0', '-3', '2.5', 'many'])}`)
    }
    if (rng.chance(0.2))
      lines.push(
        '  forecast:',
        `    samples: ${rng.pick(['100', '1000', '0', '-5'])}`,
        `    spread: ${rng.pick(['50%', '0.5', '2', '-1'])}`,
      )
  }
  lines.push('---')
  return lines.join('\n')
}

/** The agenda: a few items, one of which may name the roadmap's window. */
function agenda(rng: Rng): string {
  const items = Array.from({ length: rng.int(1, 4) }, () =>
    rng.pick(['OSS Roadmap (2022-2023)', 'Roadmap 2024', '2022–23 roadmap', 'Release planning', prose(rng, 2, 6)]),
  )
  return `## ${rng.pick(MEETING_SECTIONS['agenda'] ?? [])}\n\n${items.map((i) => `- ${i}`).join('\n')}`
}

/** The proposal template in its `:::info` container, as the seed note has it. */
function template(rng: Rng, level: number): string {
  const h = '#'.repeat(level)
  return [
    ':::info',
    '',
    '_copy-paste this and fill contents:_',
    '',
    `${h} Topic: ${rng.pick(['[template]', 'Topic name', '<name>'])}`,
    '',
    '**Author**: Firstname Lastname',
    '',
    '**Owner**: TODO',
    '',
    '**Tech lead**: TODO',
    '',
    '**Estimated duration**: TODO',
    '',
    '**Rationale for topic relevance**',
    '',
    '[Please fill in here]',
    '',
    '**Summary of objectives**',
    '',
    '- [Please fill in here]',
    '',
    '**Prerequisites / dependencies**',
    '',
    '- [Please fill in here]',
    '',
    ':::',
  ].join('\n')
}

/** One topic: a heading, then a random subset of fields in random forms and order. */
function topicBlock(
  rng: Rng,
  topic: TopicPlan,
  topics: readonly TopicPlan[],
  k: number,
  form: 'topic' | 'plain' | 'container',
  level: number,
): string {
  const h = '#'.repeat(level)
  const heading =
    form === 'plain' ? `${h} ${topic.title}` : `${h} ${rng.pick(['Topic:', 'Topic:', 'Topic :', 'topic:'])} ${topic.title}`
  const parts = [heading]
  if (rng.chance(0.1)) parts.push(prose(rng, 3, 12))
  const keys = rng.shuffle(Object.keys(LABELS)).filter((key) => rng.chance(fieldChance(key)))
  // A plain sub-heading is a topic only with at least one known field.
  if (form === 'plain' && !keys.some((key) => key !== 'unknown')) keys.push('owner')
  for (const key of keys) parts.push(field(rng, key, topics, k, level))
  return parts.join('\n\n')
}

/** How often a topic has each field. */
function fieldChance(key: string): number {
  const common: Record<string, number> = {
    author: 0.6,
    owner: 0.8,
    estimate: 0.8,
    rationale: 0.6,
    objectives: 0.6,
    prerequisites: 0.6,
  }
  return common[key] ?? 0.15
}

/** A field: its label in one of its spellings and forms, and a value for it. */
function field(rng: Rng, key: string, topics: readonly TopicPlan[], k: number, level: number): string {
  const label = rng.pick(LABELS[key] ?? ['Notes'])
  const block = ['rationale', 'objectives', 'prerequisites', 'notes'].includes(key)
  const items = block ? listValue(rng, key, topics, k) : null
  const value = items === null ? inlineValue(rng, key) : null
  const form = rng.weighted<'out' | 'in' | 'bare' | 'bullet' | 'heading'>([
    [8, 'out'],
    [2, 'in'],
    [block ? 3 : 1, 'bare'],
    [1, 'bullet'],
    [block ? 1 : 0, 'heading'],
  ])
  if (form === 'heading') return `${'#'.repeat(Math.min(6, level + 1))} ${label}\n\n${items ?? value}`
  const head =
    form === 'out' ? `**${label}**:` : form === 'in' ? `**${label}:**` : form === 'bare' ? `**${label}**` : `- **${label}**:`
  if (items !== null) return rng.chance(0.2) && !items.includes('\n') ? `${head} ${items}` : `${head}\n\n${items}`
  return `${head} ${value}`
}

/** A one-line value for a field. */
function inlineValue(rng: Rng, key: string): string {
  switch (key) {
    case 'author':
    case 'owner':
    case 'team':
    case 'tech lead':
      return Array.from(
        {
          length: rng.weighted([
            [6, 1],
            [2, 2],
            [1, 3],
          ]),
        },
        () => rng.pick(PEOPLE),
      ).join(rng.pick([', ', ' and ', '; ']))
    case 'estimate':
      // Roadmaps span months to a few years; the huge-numbers mutation makes the rest.
      return rng.chance(0.2)
        ? `${rng.int(0, 12)} ${rng.weighted([
            [4, 'days'],
            [4, 'weeks'],
            [3, 'months'],
            [1, 'hours'],
            [1, 'sprints'],
            [0.3, 'quarters'],
            [0.1, 'years'],
          ])}`
        : rng.pick(ESTIMATES)
    case 'priority':
      return rng.pick(PRIORITIES)
    case 'status':
      return rng.pick(STATUSES)
    case 'deadline':
    case 'start':
    case 'started':
    case 'finished':
      return date(rng)
    default:
      return prose(rng, 0, 6)
  }
}

/** The items of a block field: prose, lists (nested now and then) or placeholders. */
function listValue(rng: Rng, key: string, topics: readonly TopicPlan[], k: number): string {
  if (rng.chance(0.1))
    return rng.pick(['[Please fill in here]', '- [Please fill in here]', 'N/A', 'N/A (already done)', 'TODO', '-'])
  if (key === 'rationale' && rng.chance(0.6)) {
    // Prose that names another topic: a suggested relation.
    const other = topics.length > 0 ? rng.pick(topics).title : 'nothing'
    return `${prose(rng, 3, 14)} ${rng.chance(0.5) ? `tied to the ${other} topic` : ''}`.trim()
  }
  const items = Array.from({ length: rng.int(1, 5) }, () => {
    const indent = rng.chance(0.15) ? '  ' : ''
    const bullet = rng.pick(['-', '-', '*', '+', '1.'])
    return `${indent}${bullet} ${key === 'prerequisites' ? prerequisite(rng, topics, k) : prose(rng, 1, 10)}`
  })
  return items.join('\n')
}

/** A prerequisite: a link to another topic in any of its forms, a name, several names, or something external. */
function prerequisite(rng: Rng, topics: readonly TopicPlan[], k: number): string {
  if (topics.length === 0) return prose(rng, 1, 5)
  // Mostly earlier topics; later ones and the topic itself make cycles.
  const other = rng.chance(0.8) && k > 0 ? (topics[rng.int(0, k - 1)] as TopicPlan) : rng.pick(topics)
  return rng.weighted<() => string>([
    [3, () => other.title],
    [2, () => `[[${other.title}]]`],
    [1, () => `[${other.title}](#${other.id})`],
    [1, () => `#${other.id}`],
    [1, () => `${other.title} and ${rng.pick(topics).title}`],
    [1, () => other.title.split(' ').slice(0, 2).join(' ').toLowerCase()],
    [2, () => prose(rng, 1, 6)],
    [1, () => 'N/A'],
  ])()
}

/** Discussions: sub-headings with speakers' lines. */
function discussions(rng: Rng): string {
  const parts = [`## ${rng.pick(MEETING_SECTIONS['discussions'] ?? [])}`]
  for (let i = rng.int(1, 3); i > 0; i--) {
    parts.push(`### ${rng.pick(TITLE_WORDS)} ${rng.pick(['Support', 'Organization', 'Status'])}`)
    for (let j = rng.int(1, 3); j > 0; j--) parts.push(`${rng.pick(SPEAKERS)}: ${prose(rng, 4, 20)}`)
  }
  return parts.join('\n\n')
}

/** Action items: check boxes with assignees, and speaker lines. */
function actionItems(rng: Rng): string {
  const items = Array.from({ length: rng.int(1, 6) }, () =>
    rng.weighted<() => string>([
      [3, () => `- [ ] ${rng.pick(SPEAKERS)}: ${prose(rng, 2, 8)}`],
      [2, () => `- [x] ${rng.pick(SPEAKERS)}: ${prose(rng, 2, 8)}`],
      [2, () => `${rng.pick(SPEAKERS)}: ${prose(rng, 2, 8)}${rng.chance(0.3) ? ' — done' : ''}`],
      [1, () => `- ${rng.pick(SPEAKERS)}: ${prose(rng, 2, 8)} by ${rng.pick(DATES)}`],
    ])(),
  )
  return `## ${rng.pick(MEETING_SECTIONS['actions'] ?? [])}\n\n${items.join('\n')}`
}

/** Decisions: a list. */
function decisions(rng: Rng): string {
  return `## ${rng.pick(MEETING_SECTIONS['decisions'] ?? [])}\n\n${Array.from({ length: rng.int(1, 3) }, () => `- ${prose(rng, 3, 10)}`).join('\n')}`
}

/** A GFM table, as notes list topics in them. */
function table(rng: Rng): string {
  const rows = Array.from(
    { length: rng.int(1, 6) },
    () => `| ${rng.pick(TITLES)} | ${rng.pick(PEOPLE)} | ${rng.pick(ESTIMATES)} |`,
  )
  return ['| Topic | Owner | Estimate |', rng.pick(['|---|---|---|', '| :-- | :-: | --: |']), ...rows].join('\n')
}

/** Fenced code: the seed's placeholder Gantt, YAML, code with headings inside. */
function fencedCode(rng: Rng): string {
  return rng.pick([
    '```mermaid\ngantt\n  section Section A\n  task :a1, 2014-01-01, 30d\n  Another task :after a1 , 20d\n```',
    '```yaml\n---\nwaymark:\n  start: 2022-01-01\n---\n```',
    '~~~\n### Topic: inside a fence\n**Owner**: Nobody\n~~~',
    '```c\nint main(void) { return 0; } // **Owner**: x\n```',
    '    indented code\n    ### Topic: not a topic',
  ])
}

/** HTML blocks and comments. */
function htmlBlock(rng: Rng): string {
  return rng.pick([
    '<!--\n\n### Topic: commented out\n\n-->',
    '<details><summary>More</summary>\n\n### Topic: Hidden\n\n**Owner**: Alex\n\n</details>',
    '<div align="center">\n<b>bold</b>\n</div>',
  ])
}

/** A block quote around note text. */
function quote(rng: Rng): string {
  return `> ${prose(rng, 3, 10)}\n> **Owner**: ${rng.pick(PEOPLE)}\n>\n> - ${prose(rng, 1, 5)}`
}

/** A setext heading. */
function setext(rng: Rng): string {
  return `${rng.pick(['Topic: Setext', 'Proposals', 'Discussions'])}\n${rng.pick(['===', '---'])}`
}

/** Link and footnote definitions (they keep the reader from cutting the note into chunks). */
function definitions(rng: Rng): string {
  return rng.pick(['[k3s]: https://k3s.io/ "k3s"', 'See [^1].\n\n[^1]: A footnote.', '[toc]: #toc'])
}
