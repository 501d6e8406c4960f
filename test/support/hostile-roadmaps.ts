/**
 * Generated roadmap notes whose every field holds text that breaks naive renderers:
 * Mermaid's separators and keywords, HTML and script tags, Markdown and math syntax,
 * CSV formula starters, iCalendar separators, DOT escapes, entity codes, Unicode of
 * every kind. Renderers must show these as written; consumers must parse the output.
 */
import fc from 'fast-check'

/** Pieces of hostile text. */
export const HOSTILE_PIECES = [
  ':',
  '#',
  ';',
  '%%',
  '%%{init: {"theme": "dark"}}%%',
  'section ',
  'click ',
  'title ',
  'dateFormat ',
  '2023-01-01 ',
  'crit, done',
  'after t1',
  'end',
  'subgraph',
  '-->',
  '==>',
  '-.-',
  '|',
  '"',
  "'",
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<script>alert(1)</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '&amp;',
  '&lt;b&gt;',
  '#35;',
  '#quot;',
  'ﬂ°°58¶ß',
  '\\N',
  '\\n',
  '\\',
  ',',
  '=SUM(A1:A9)',
  '+1',
  '-2',
  '@cmd',
  '$x^2$',
  '*bold*',
  '_it_',
  '~~gone~~',
  '![x](y)',
  '[a](javascript:alert(1))',
  '<https://example.com>',
  '\u202eevil\u202c',
  'ü',
  'Ω',
  '東京',
  'مرحبا',
  '🚀',
  '👩‍💻',
  'e\u0301',
  '\u00a0',
  'TODO',
  'N/A',
]

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.stringMatching(/^[A-Za-z]{1,8}$/)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' '))

const person = fc.oneof(fc.constantFrom('Ana Lima', 'Bo Chen', 'Chidi Okafor'), hostile)

const topic = fc.record({
  title: hostile,
  owner: fc.option(person, { nil: undefined }),
  estimate: fc.constantFrom('1 week', '2 - 4 weeks', '3 months', 'TODO months', '10 days'),
  external: fc.option(hostile, { nil: undefined }),
  rationale: hostile,
})

/** A roadmap note of two to eight hostile topics, some depending on others by title. */
export const hostileNotes = fc.array(topic, { minLength: 2, maxLength: 8 }).chain((topics) =>
  fc.array(fc.nat({ max: topics.length - 1 }), { minLength: topics.length, maxLength: topics.length }).map((picks) => {
    const lines = ['---', 'title: "Hostile <script>alert(1)</script> : # ; roadmap"', 'date: 2024-03-01', '---', '']
    topics.forEach((t, k) => {
      lines.push(`### Topic: ${t.title}`, '')
      if (t.owner !== undefined) lines.push(`**Owner**: ${t.owner}`, '')
      lines.push(`**Estimated duration**: ${t.estimate}`, '', `**Rationale**: ${t.rationale}`, '')
      const prerequisites: string[] = []
      // Only earlier topics, so the notes have no cycles to break.
      const pick = picks[k] as number
      if (pick < k) prerequisites.push(`[[${(topics[pick] as { title: string }).title}]]`)
      if (t.external !== undefined) prerequisites.push(t.external)
      if (prerequisites.length > 0) lines.push('**Prerequisites**:', '', ...prerequisites.map((p) => `- ${p}`), '')
      lines.push('---', '')
    })
    return `${lines.join('\n')}\n`
  }),
)

/** A fixed sample of hostile notes, the same on every run. */
export function sampleHostileNotes(count: number): string[] {
  return fc.sample(hostileNotes, { seed: 20221201, numRuns: count })
}
