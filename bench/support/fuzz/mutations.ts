/**
 * Mutations of generated notes, each a pure function of the text and the random source:
 * deep nesting, hostile Unicode, huge numbers, broken tables, YAML edge cases, line-ending
 * mixes, truncation, random insertions and deletions, duplicated slices. Each returns
 * the new text and a short description of what it did (shown with every failure).
 */
import type { Rng } from './random.js'

/** A mutation: new text, and what was done. */
export type Mutation = (text: string, rng: Rng) => { text: string; did: string }

/**
 * No mutation grows a document past this many UTF-16 units: the campaign is about shapes,
 * not size, and reading runs at about 100 KB/s, so a larger document would reach a 2 s
 * time bound by its size alone.
 */
export const MAX_LENGTH = 120_000

/** A count: small mostly (`lo`…`mid`), larger now and then, up to `hi` rarely. */
function spread(rng: Rng, lo: number, mid: number, hi: number): number {
  const r = rng.float()
  return r < 0.8 ? rng.logInt(lo, mid) : r < 0.97 ? rng.logInt(mid, Math.ceil(Math.sqrt(mid * hi))) : rng.logInt(mid, hi)
}

/** A random offset in `text`, often at a line start (where block syntax begins). */
function offset(text: string, rng: Rng): number {
  const at = rng.int(0, text.length)
  if (rng.chance(0.5)) return at
  const line = text.lastIndexOf('\n', at - 1)
  return line === -1 ? 0 : line + 1
}

/** `piece` inserted at `at`. */
function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at)
}

/** Deep nesting of lists, quotes, containers, emphasis, brackets, links, HTML and headings. */
export const deepNesting: Mutation = (text, rng) => {
  const depth = spread(rng, 4, 300, 20_000)
  const kind = rng.pick([
    'list',
    'list-indented',
    'quote',
    'quote-list',
    'container',
    'emphasis',
    'brackets',
    'links',
    'ordered',
    'html',
    'strong',
    'wiki',
  ])
  const leaf = rng.pick(['x', '**Owner**: Alex', '### Topic: Deep', '[[Deep]]', '3 months'])
  let piece: string
  switch (kind) {
    case 'list':
      piece = `${'- '.repeat(depth)}${leaf}\n`
      break
    case 'list-indented':
      piece = Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${'  '.repeat(i)}- ${leaf}`).join('\n') + '\n'
      break
    case 'quote':
      piece = `${'> '.repeat(depth)}${leaf}\n`
      break
    case 'quote-list':
      piece = `${'> - '.repeat(depth)}${leaf}\n`
      break
    case 'container':
      piece = `${':::info\n'.repeat(depth)}${leaf}\n${':::\n'.repeat(rng.chance(0.5) ? depth : rng.int(0, depth))}`
      break
    case 'emphasis':
      piece = `${'*_'.repeat(depth)}${leaf}${'_*'.repeat(depth)}`
      break
    case 'strong':
      piece = `${'**'.repeat(depth)}${leaf}${rng.chance(0.5) ? '**'.repeat(depth) : ''}`
      break
    case 'brackets':
      piece = `${'['.repeat(depth)}${leaf}${']'.repeat(rng.chance(0.5) ? depth : 0)}`
      break
    case 'links':
      piece = `${'[a'.repeat(depth)}${leaf}${'](#x)'.repeat(depth)}`
      break
    case 'ordered':
      piece = `${'1. '.repeat(depth)}${leaf}\n`
      break
    case 'html':
      piece = `${'<div>'.repeat(depth)}${leaf}${'</div>'.repeat(depth)}\n`
      break
    default:
      piece = `${'[['.repeat(depth)}${leaf}${']]'.repeat(depth)}`
  }
  return { text: insert(text, offset(text, rng), piece), did: `deep-nesting(${kind}×${depth})` }
}

/** Characters that break naive text handling. */
const HOSTILE = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\u0301',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  '\u0000',
  '\ufffd',
  '\uffff',
  '\ufffe',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u00a0',
  '\u3000',
  '\u00ad',
  'İ',
  'ß',
  'ﬁ',
  'K',
  'Σ',
  'ǅ',
  '：',
  '＊＊Owner＊＊：',
  '👩‍💻',
  '🏳️‍🌈',
  '🇩🇪',
  'مرحبا',
  'שלום',
  '東京',
  '\u{10ffff}',
  '\u{e0041}',
]

/** Hostile Unicode at random places: bidi controls, zero-width, surrogate halves, combining marks, NUL, BOM, case-changing letters. */
export const hostileUnicode: Mutation = (text, rng) => {
  const count = rng.logInt(1, 200)
  let out = text
  const used = new Set<string>()
  for (let i = 0; i < count; i++) {
    const c = rng.pick(HOSTILE)
    used.add(escape(c))
    const piece = rng.chance(0.05) ? c.repeat(rng.logInt(2, 2000)) : c
    out = insert(out, rng.chance(0.1) ? 0 : rng.int(0, out.length), piece)
  }
  return { text: out, did: `hostile-unicode(${count}: ${[...used].slice(0, 6).join(' ')})` }
}

/** A character as `\uXXXX` escapes, for descriptions. */
function escape(c: string): string {
  return [...c].map((ch) => (/^[\p{L}\p{N}]$/u.test(ch) ? ch : `\\u${ch.codePointAt(0)?.toString(16)}`)).join('')
}

/** Numbers the reader and planner must survive. */
const HUGE = [
  '999999999999',
  '9007199254740993',
  '1e308',
  '1e309',
  '9'.repeat(400),
  '0',
  '-1',
  '-999999999',
  '0.0000001',
  '1e-400',
  'NaN',
  'Infinity',
  '4294967296',
  '2147483648',
  '99999',
  '275760',
  '0x10',
  '1_000_000',
]

/** Digit runs replaced by huge, tiny, negative or odd numbers ("999999999999 months", year 275760). */
export const hugeNumbers: Mutation = (text, rng) => {
  let changed = 0
  const p = rng.pick([0.02, 0.1, 0.5])
  const out = text.replace(/\d+(?:[.,]\d+)?/g, (m) => {
    if (!rng.chance(p)) return m
    changed++
    return rng.pick(HUGE)
  })
  if (changed > 0) return { text: out, did: `huge-numbers(${changed})` }
  const piece = `\n**Estimated duration**: ${rng.pick(HUGE)} ${rng.pick(['months', 'days', 'years', 'weeks', 'hours'])}\n`
  return { text: insert(text, offset(text, rng), piece), did: 'huge-numbers(estimate)' }
}

/** Tables with missing and extra cells, no delimiter row, escaped pipes, code spans, thousands of columns. */
export const brokenTable: Mutation = (text, rng) => {
  const columns = spread(rng, 1, 30, 3000)
  const cell = (): string => rng.pick(['a', '', '\\|', '`|`', '**Owner**: x', '[[A|B]]', ':---', '---', '|', '    ', '<br>'])
  const row = (n: number): string => `|${Array.from({ length: n }, cell).join('|')}${rng.chance(0.7) ? '|' : ''}`
  const lines = [row(columns)]
  if (rng.chance(0.8))
    lines.push(
      `|${Array.from({ length: rng.chance(0.5) ? columns : rng.int(1, columns + 3) }, () => rng.pick(['---', ':-:', '-', ':--', 'x'])).join('|')}|`,
    )
  for (let r = spread(rng, 1, 30, 500); r > 0; r--) lines.push(row(rng.int(0, columns + 5)))
  return { text: insert(text, offset(text, rng), `${lines.join('\n')}\n`), did: `broken-table(${columns} columns)` }
}

/** YAML that parsers get wrong or refuse. */
function yamlCase(rng: Rng): { yaml: string; name: string } {
  return rng.weighted<() => { yaml: string; name: string }>([
    [
      3,
      () => ({
        name: 'anchors',
        yaml: 'base: &b\n  start: 2022-09-01\n  holidays: &h [2022-12-26]\nwaymark:\n  <<: *b\n  deadline: 2023-12-31\n  people:\n    Alex: { capacity: 50%, absences: *h }\ntags: *h',
      }),
    ],
    [
      1,
      () => {
        // A small alias bomb: the yaml package refuses these with "Excessive alias count".
        const levels = rng.int(3, 9)
        const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]']
        for (let i = 1; i <= levels; i++)
          lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`)
        lines.push(`title: *a${levels}`)
        return { name: `alias-bomb(${levels})`, yaml: lines.join('\n') }
      },
    ],
    [
      2,
      () => ({
        name: 'tags',
        yaml: 'title: !!binary aGVsbG8=\ndate: !!timestamp 2022-08-25\ntags: !!set { a, b }\nwaymark: !custom\n  start: !!str 2022-09-01\n  people: !!omap [ Alex: { capacity: 1 } ]\nextra: !<tag:yaml.org,2002:int> 12',
      }),
    ],
    [
      2,
      () => ({
        name: 'duplicate-keys',
        yaml: 'title: A\ntitle: B\nwaymark:\n  start: 2022-09-01\nwaymark:\n  deadline: 2023-01-01\n  deadline: 2024-01-01',
      }),
    ],
    [
      2,
      () => ({
        name: 'long-scalar',
        yaml: `title: "${'x'.repeat(spread(rng, 100, 5000, 100_000))}"\nlocation: ${'y '.repeat(spread(rng, 10, 1000, 20_000))}`,
      }),
    ],
    [
      2,
      () => ({
        name: 'bad-indentation',
        yaml: 'title: A\n  tags: b\n waymark:\n\tstart: 2022-09-01\n   people:\n  - Alex\n    capacity: 2',
      }),
    ],
    [1, () => ({ name: 'unclosed-flow', yaml: 'waymark: { start: [2022-09-01, holidays: {' })],
    [
      1,
      () => ({
        name: 'complex-keys',
        yaml: '? [a, b]\n: c\n? { waymark: 1 }\n: d\nwaymark:\n  people:\n    ? [Alex]\n    : { capacity: 1 }',
      }),
    ],
    [1, () => ({ name: 'multi-document', yaml: 'title: A\n...\n---\ntitle: B\n%YAML 1.2\n---' })],
    [
      2,
      () => ({
        name: 'odd-settings',
        yaml: rng.pick([
          'waymark: null',
          'waymark: [1, 2]',
          'waymark: "start"',
          'waymark:\n  people: 5',
          'waymark:\n  people:\n    __proto__: { capacity: 2 }\n    constructor: { capacity: 0 }',
          'waymark:\n  start: 10000-01-01\n  deadline: 1900-01-01',
          'waymark:\n  start: 275760-09-13',
          'waymark:\n  workdays: []',
          'waymark:\n  holidays: [2022-09-01..2099-12-31]',
          'waymark:\n  units: { days-per-month: 0, days-per-week: 1e-9, hours-per-day: 1e309 }',
          'waymark:\n  forecast: { samples: 1e12, spread: -5, assumed-spread: NaN }',
          'waymark:\n  unassigned: { capacity: 1e309 }',
          'waymark:\n  people: { Alex: { capacity: 1e-300, absences: [2022-09-01..2022-08-01] } }',
          '__proto__: { polluted: true }\nconstructor: 1\ntoString: 2',
          'title: [1, [2, [3, [4]]]]\ntags: { a: 1 }\nparticipants: 12\nteams: "x"',
        ]),
      }),
    ],
  ])()
}

/** Front matter replaced by (or given) a YAML edge case: anchors, aliases, tags, duplicate keys, long scalars, bad indentation. */
export const yamlEdge: Mutation = (text, rng) => {
  const { yaml, name } = yamlCase(rng)
  const block = `---\n${yaml}\n---\n`
  const existing = /^---\n[\s\S]*?\n---\n/.exec(text)
  if (existing !== null && rng.chance(0.5)) return { text: block + text.slice(existing[0].length), did: `yaml(${name})` }
  if (existing !== null && rng.chance(0.5)) {
    // Into the existing front matter, under or beside its keys.
    const at = rng.int(4, existing[0].length - 4)
    const line = text.lastIndexOf('\n', at) + 1
    return { text: insert(text, line, `${yaml}\n`), did: `yaml-into(${name})` }
  }
  return { text: block + text, did: `yaml(${name})` }
}

/** Line endings changed: all CRLF, all CR, or a random mix of LF, CRLF, CR and LF CR. */
export const lineEndings: Mutation = (text, rng) => {
  const mode = rng.pick(['crlf', 'cr', 'mix', 'lfcr'])
  if (mode === 'crlf') return { text: text.replace(/\n/g, '\r\n'), did: 'line-endings(crlf)' }
  if (mode === 'cr') return { text: text.replace(/\n/g, '\r'), did: 'line-endings(cr)' }
  if (mode === 'lfcr') return { text: text.replace(/\n/g, () => (rng.chance(0.5) ? '\n\r' : '\n')), did: 'line-endings(lf-cr)' }
  return { text: text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\r\r\n'])), did: 'line-endings(mix)' }
}

/** The text cut at a random offset (in the middle of a surrogate pair, a label, a fence). */
export const truncate: Mutation = (text, rng) => {
  const at = rng.int(0, text.length)
  return { text: text.slice(0, at), did: `truncate(${at})` }
}

/** Random code units inserted: bytes 0–255 mostly, any UTF-16 unit sometimes. */
export const randomInsertions: Mutation = (text, rng) => {
  const count = rng.logInt(1, 100)
  let out = text
  for (let i = 0; i < count; i++) {
    const unit = rng.chance(0.8) ? rng.int(0, 255) : rng.int(0, 0xffff)
    out = insert(out, rng.int(0, out.length), String.fromCharCode(unit))
  }
  return { text: out, did: `insertions(${count})` }
}

/** Random ranges deleted. */
export const randomDeletions: Mutation = (text, rng) => {
  const count = rng.logInt(1, 50)
  let out = text
  for (let i = 0; i < count && out.length > 0; i++) {
    const at = rng.int(0, out.length - 1)
    out = out.slice(0, at) + out.slice(at + rng.logInt(1, 200))
  }
  return { text: out, did: `deletions(${count})` }
}

/** A slice copied elsewhere, once or many times over (long runs of one topic, one line, one marker). */
export const duplicateSlice: Mutation = (text, rng) => {
  if (text.length === 0) return { text, did: 'duplicate(empty)' }
  const a = rng.int(0, text.length - 1)
  const b = Math.min(text.length, a + spread(rng, 1, 300, 5000))
  const slice = text.slice(a, b)
  const times = Math.max(
    1,
    Math.min(spread(rng, 1, 10, 2000), Math.floor((MAX_LENGTH - text.length) / Math.max(1, slice.length))),
  )
  return { text: insert(text, rng.int(0, text.length), slice.repeat(times)), did: `duplicate(${b - a}×${times})` }
}

/** Lines shuffled in a window (labels away from their headings, closing fences before opening ones). */
export const shuffleLines: Mutation = (text, rng) => {
  const lines = text.split('\n')
  const a = rng.int(0, Math.max(0, lines.length - 1))
  const b = Math.min(lines.length, a + rng.int(2, 40))
  const window = rng.shuffle(lines.slice(a, b))
  lines.splice(a, b - a, ...window)
  return { text: lines.join('\n'), did: `shuffle-lines(${b - a})` }
}

/** Part of the note flattened onto one line, with random spacing. */
export const flattenRange: Mutation = (text, rng) => {
  const a = rng.int(0, text.length)
  const b = Math.min(text.length, a + rng.logInt(10, 20_000))
  const joint = rng.pick([' ', '  ', '\t', ' \u00a0 ', ''])
  return { text: text.slice(0, a) + text.slice(a, b).replace(/\s*\n\s*/g, joint) + text.slice(b), did: `flatten(${b - a})` }
}

/** Markers of block syntax sprinkled in: fences, containers, labels, headings, breaks. */
export const markerSoup: Mutation = (text, rng) => {
  const markers = [
    '```',
    '~~~',
    ':::info',
    ':::',
    '---',
    '***',
    '### Topic:',
    '## Proposals',
    '**Owner**:',
    '**Notes**',
    '[toc]',
    '<!--',
    '-->',
    '| --- |',
    '- [ ] RD:',
    '$$',
    '<script>',
    '\\',
  ]
  const count = rng.logInt(1, 300)
  let out = text
  for (let i = 0; i < count; i++)
    out = insert(out, rng.int(0, out.length), `${rng.pick([' ', '\n', ''])}${rng.pick(markers)}${rng.pick([' ', '\n', ''])}`)
  return { text: out, did: `markers(${count})` }
}

/** Every mutation with how often it is drawn. */
export const MUTATIONS: readonly (readonly [number, Mutation])[] = [
  [1, deepNesting],
  [3, hostileUnicode],
  [1, hugeNumbers],
  [1, brokenTable],
  [2, yamlEdge],
  [2, lineEndings],
  [2, truncate],
  [2, randomInsertions],
  [2, randomDeletions],
  [2, duplicateSlice],
  [1, shuffleLines],
  [1, flattenRange],
  [2, markerSoup],
]
