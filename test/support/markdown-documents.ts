/**
 * Generated Markdown documents for property tests of the reader: sections that put a
 * block where a chunk must not be cut (containers, fences, comments, loose lists, lazy
 * lines, HTML blocks), inline
 * syntax and literal links, joined and recovered as the reader recovers notes.
 */
import fc from 'fast-check'
import { recoverStructure } from '../../src/read/structure/recover.js'

const section = fc.constantFrom(
  '### Topic: A\n\n**Owner**: B C\n\n- one\n- two\n',
  '## Discussions\n\nAB: words\n',
  ':::info\n\n### Topic: [template]\n\n# inside a container\n\n:::\n',
  '```\n\n# inside a fence\n\n```\n',
  '<!--\n\n# inside a comment\n\n-->\n',
  '> quote\n\n# after a quote\n',
  '1. ordered\n\n   # indented, not a heading\n',
  'Paragraph with *emphasis*, `code` and ünïcødé 🎉.\n',
  '---\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '- [x] done\n- [ ] open\n',
  'Mail a@b.co, see www.example.com or https://example.com/a (&#64;, &amp;).\n',
  // Literal links spelled with character references: nodes with `position: undefined`.
  'Mail a&#64;b.co or see www&#46;example.com and https&#58;//example.com.\n',
  // Shapes a chunk must not cut through: loose lists, lazy lines, nested items after blank lines.
  '- loose\n\n- list\n\n  continued\n',
  '* other bullet\n* list\n',
  '2) ordered\n3) list\n\n4) loose\n',
  '> quote\nlazy line\n\n> another quote\n',
  '- item\n\n    indented code in the item\n\n  - nested\n',
  'Setext heading\n===\n\nText\n---\n',
  '<?php\n\nnot a cut\n\n?>\n',
  '<![CDATA[\n\nnot a cut\n\n]]>\n',
  '<div>\n\nhtml that ends at a blank line\n</div>\n',
  '    indented code\n\n    more code\n',
  'Text with a hard break  \nand a [link](#a) and **strong _nested_ text**.\n',
)

/** Documents of one to 80 sections, after structure recovery. */
export const markdownDocuments = fc
  .array(section, { minLength: 1, maxLength: 80 })
  .map((parts) => recoverStructure(parts.join('\n')).text)

/** Lines that make, continue, break or fake long lists and tables. */
const listAndTableLine = fc.constantFrom(
  '- item',
  '- item with **strong** and `code`',
  '- [ ] task',
  '- [x] done',
  '* star item',
  '+ plus item',
  '1. first',
  '2. second',
  '7) other delimiter',
  '  continued in the item',
  '    indented code in the item',
  '  - nested item',
  'lazy continuation',
  '',
  '',
  '---',
  '* * *',
  '- - -',
  '-',
  '- ',
  '```',
  '  ```',
  '  ~~~',
  '<div>',
  '  <div>',
  '  <!--',
  '  -->',
  '<!--',
  '-->',
  '| a | b |',
  '| --- | :-: |',
  '|---|---|',
  '| 1 | 2 |',
  '| only one |',
  '| x | y | z |',
  '| a \\| b | c |',
  'a | b',
  '# Heading',
  '> quote',
  'Text',
  ':::info',
  ':::',
)

/** Documents of long runs of list items and table rows, where chunks are cut inside a block. */
export const listAndTableDocuments = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: listAndTableLine },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.constantFrom('- item', '1. item', '| 1 | 2 |'),
            fc.integer({ min: 2, max: 30 }),
            fc.constantFrom('\n', '\n', '\n\n'),
          )
          .map(([line, n, between]) => Array(n).fill(line).join(between)),
      },
    ),
    { minLength: 1, maxLength: 120 },
  )
  .map((lines) => `${lines.join('\n')}\n`)
