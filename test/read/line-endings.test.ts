/** LF, CRLF and CR-only line endings, and mixes of them, read alike: same topics, fields and places. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/read/read-document.js'
import { SEED_TEXT } from '../helpers.js'
import { markdownDocuments } from '../support/markdown-documents.js'

const read = (text: string) => {
  const { file: _, ...document } = readDocument({ file: 'n.md', text })
  return document
}

describe('line endings', () => {
  it('give the same document as LF, for CRLF, CR-only and mixed endings', () => {
    fc.assert(
      fc.property(
        markdownDocuments,
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }),
        (text, endings) => {
          let k = 0
          let last = ''
          // A CR followed by an LF would be one CRLF ending, not two: no LF follows a CR here.
          const mixed = text.replace(/\n/g, () => {
            const next = endings[k++ % endings.length] as string
            last = last === '\r' && next === '\n' ? '\r' : next
            return last
          })
          expect(read(mixed)).toEqual(read(text))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('read the multi-line seed with CR-only endings as with LF', () => {
    const lf = read(SEED_TEXT.replace(/ (### |## |- \*\*)/g, '\n$1'))
    const cr = read(SEED_TEXT.replace(/ (### |## |- \*\*)/g, '\r$1'))
    expect(cr.topics.map((t) => t.title)).toEqual(lf.topics.map((t) => t.title))
    expect(cr).toEqual(lf)
  })
})
