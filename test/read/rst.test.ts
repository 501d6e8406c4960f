import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readSource } from '../../src/read/read-source.js'
import { rstToMarkdown } from '../../src/read/rst/rst-to-markdown.js'

const md = (rst: string): string => rstToMarkdown(rst).text

describe('reStructuredText as Markdown', () => {
  it('gives section titles a level per adornment style, in the order of first use', () => {
    const text = md('=====\nTitle\n=====\n\nPart\n----\n\nSub\n~~~\n\nOther part\n----------\n')
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Title', '## Part', '### Sub', '## Other part'])
  })

  it('keeps every line where it was', () => {
    const rst = 'Title\n=====\n\n:Author: Ana\n\n.. a comment\n   over two lines\n\n* item ``code``\n'
    expect(md(rst).split('\n').length).toBe(rst.split('\n').length)
  })

  it('reads field lists, an RFC-822 header, enumerated lists and inline markup', () => {
    expect(md(':Author: Ana Lima\n')).toBe('- Author: Ana Lima\n')
    expect(md('Title: A plan\nAuthor: Ana\n  Lima\n')).toBe('- Title: A plan\n- Author: Ana\n  Lima\n')
    expect(md('#. first\n')).toBe('1. first\n')
    expect(md('See `the spec <https://x.org/s>`_, `Ana`_ and :ref:`setup`.\n')).toBe('See the spec, Ana and setup.\n')
  })

  it('leaves out comments, directives and link targets, and keeps literal blocks as code', () => {
    const text = md('.. TODO: later\n\n.. _Ana: https://x.org\n\nExample::\n\n  Owner: Bo\n')
    expect(text).not.toContain('TODO')
    expect(text).not.toContain('https://x.org')
    expect(text).toContain('    Owner: Bo')
  })

  it('joins the lines of a grid table cell, names as a list', () => {
    const rst = [
      '+------+-----------+',
      '| Item | Owner     |',
      '+======+===========+',
      '| Docs | Ana Lima  |',
      '|      | Bo Chen   |',
      '+------+-----------+',
      '',
    ].join('\n')
    const lines = md(rst).split('\n')
    expect(lines.slice(0, 3)).toEqual(['| Item | Owner |', '| --- | --- |', '| Docs | Ana Lima, Bo Chen |'])
    expect(lines.length).toBe(rst.split('\n').length)
  })

  it('places what it reads in the .rst file', () => {
    const rst = [
      'Plan',
      '====',
      '',
      '+------+-------+',
      '| Item | Owner |',
      '+======+=======+',
      '| Docs | Ana   |',
      '+------+-------+',
      '',
    ].join('\n')
    const [topic] = readSource({ file: 'plan.rst', text: rst }).topics
    expect(topic?.title).toBe('Docs')
    expect(topic?.place).toMatchObject({ line: 7, column: 1 })
    expect(topic?.owners.map((o) => [o.text, o.place.line, o.place.column])).toEqual([['Ana', 7, 10]])
  })

  it('never throws and maps every offset into the source', () => {
    const piece = fc.constantFrom(
      'Title',
      '=====',
      '-----',
      ':Field: v',
      '.. x',
      '  indented',
      '+---+---+',
      '| a | b |',
      '+===+===+',
      '``c``',
      '`a <u>`_',
      '#. n',
      '::',
      '',
      'text',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const rst = pieces.join('\n')
        const { text, map } = rstToMarkdown(rst)
        for (let k = 0; k <= text.length; k++) {
          const o = map.toOriginal(k)
          expect(o).toBeGreaterThanOrEqual(0)
          expect(o).toBeLessThanOrEqual(rst.length)
        }
        expect(() => readSource({ file: 'x.rst', text: rst })).not.toThrow()
      }),
    )
  })
})
