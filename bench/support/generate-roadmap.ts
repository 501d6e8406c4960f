/**
 * Roadmap-shaped notes for benchmarks: topics in streams of 25 (one area each, owned by a
 * few people), prerequisites mostly within a stream and now and then across streams,
 * estimates of one to eight weeks; with `prose`, each topic also has a written rationale
 * and three objectives, as topics of real roadmaps do. Seeded, so every run writes the
 * same note.
 */
import { Random } from '../../src/algorithms/seeded-random.js'

/** The shape of a generated roadmap. */
export interface RoadmapShape {
  readonly topics: number
  readonly people: number
  /** Prerequisites per topic, on average. */
  readonly prerequisites: number
  readonly seed: number
  /** Sentences of rationale per topic (and three objectives); 0 or none: no prose. */
  readonly prose?: number
}

const FIRST = [
  'Ana',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lea',
  'Max',
  'Nia',
  'Oto',
  'Pia',
  'Quin',
  'Ria',
  'Sol',
  'Tao',
  'Uma',
  'Vic',
  'Wen',
  'Xia',
  'Yui',
  'Zed',
]
const LAST = [
  'Berg',
  'Costa',
  'Dahl',
  'Egan',
  'Ford',
  'Gray',
  'Hale',
  'Ibsen',
  'Jones',
  'Kato',
  'Lund',
  'Moss',
  'Nash',
  'Ortiz',
  'Park',
  'Quade',
  'Ruiz',
  'Shaw',
  'Toth',
  'Ueda',
  'Vega',
  'Wolf',
]
const AREA = [
  'Storage',
  'Network',
  'Driver',
  'Loader',
  'Scheduler',
  'Memory',
  'Cache',
  'Boot',
  'Signal',
  'Timer',
  'Console',
  'Audio',
  'Crypto',
  'Parser',
  'Linker',
  'Tracer',
]
const WORK = ['Rework', 'Support', 'Cleanup', 'API', 'Tests', 'Port', 'Docs', 'Tuning', 'Refactor', 'Hardening']
const STREAM = 25
const VOCABULARY = `the a of to and in for with on by from this that it work team users build release code
  kernel platform driver support design test tests performance memory network storage boot image configuration
  upstream community review patches documentation port ports feature features library libraries interface api
  needs should will can make makes improve improves reduce faster simpler safer stable clean existing current
  older newer missing broken small large first next later several many most because while before after when
  requires depends allows enables keeps removes adds changes moves uses replaces tracks measures`.split(/\s+/)

/** A person's unique name (first and last names cycle; a number keeps them apart). */
export function personName(k: number): string {
  const first = FIRST[k % FIRST.length] as string
  const last = LAST[Math.floor(k / FIRST.length) % LAST.length] as string
  const round = Math.floor(k / (FIRST.length * LAST.length))
  return round === 0 ? `${first} ${last}` : `${first} ${last}${'son'.repeat(round)}`
}

/** A topic's unique title. */
export function topicTitle(i: number): string {
  return `${AREA[Math.floor(i / STREAM) % AREA.length]} ${WORK[i % WORK.length]} ${i + 1}`
}

/** Writes the note. */
export function generateRoadmap(shape: RoadmapShape): { text: string; dependencies: number } {
  const random = new Random(shape.seed)
  // Its own stream: notes without prose are the ones they always were.
  const words = new Random(shape.seed + 1)
  const phrase = (length: number): string =>
    Array.from({ length }, () => VOCABULARY[words.below(VOCABULARY.length)] as string).join(' ')
  const sentence = (): string => {
    const text = phrase(8 + words.below(9))
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`
  }
  const streams = Math.ceil(shape.topics / STREAM)
  const perStream = Math.max(1, Math.ceil(shape.people / streams))
  const lines = ['---', `title: Generated roadmap, ${shape.topics} topics`, 'date: 2024-01-05', '---', '', '## Proposals', '']
  let dependencies = 0
  for (let i = 0; i < shape.topics; i++) {
    const stream = Math.floor(i / STREAM)
    const owner = personName((stream * perStream + random.below(perStream)) % shape.people)
    const weeks = 1 + random.below(8)
    lines.push(`### Topic: ${topicTitle(i)}`, '', `**Owner**: ${owner}`, '', `**Estimated duration**: ${weeks} weeks`, '')
    const prose = shape.prose ?? 0
    if (prose > 0) {
      lines.push(`**Rationale**: ${Array.from({ length: prose }, sentence).join(' ')}`, '', '**Objectives**', '')
      for (let k = 0; k < 3; k++) lines.push(`- ${phrase(3 + words.below(6))}`)
      lines.push('')
    }
    const within = i - stream * STREAM
    const prerequisites = new Set<number>()
    // Within the stream: earlier topics close by; across streams: now and then an earlier one.
    const wanted = Math.min(within, Math.round(shape.prerequisites * (0.5 + random.next())))
    for (let tries = 0; prerequisites.size < wanted && tries < 20; tries++)
      prerequisites.add(i - 1 - random.below(Math.min(within, 6)))
    if (stream > 0 && random.next() < 0.15) prerequisites.add(random.below(stream * STREAM))
    if (prerequisites.size > 0) {
      lines.push('**Prerequisites / dependencies**', '')
      for (const p of [...prerequisites].sort((a, b) => a - b)) lines.push(`- ${topicTitle(p)}`)
      lines.push('')
      dependencies += prerequisites.size
    }
    lines.push('---', '')
  }
  return { text: `${lines.join('\n')}`, dependencies }
}
