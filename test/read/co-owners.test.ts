/**
 * Co-owners are read wherever a note writes them: after `+`, `with` (before a name),
 * `co-owner`, and in brackets (`(co-owner @bob)`, `(with Carl)`); a note after a spaced
 * dash is about the person, never a second name.
 */
import { describe, expect, it } from 'vitest'
import { splitNames } from '../../src/read/names.js'
import { readDocument } from '../../src/read/read-document.js'

const names = (text: string): string[] => splitNames(text).map((n) => n.text)

describe('co-owners', () => {
  it('are read after +, with and co-owner, and in brackets', () => {
    expect(names('Dan Brown + Eve Stone')).toEqual(['Dan Brown', 'Eve Stone'])
    expect(names('Ann Lee with Carl Jones')).toEqual(['Ann Lee', 'Carl Jones'])
    expect(names('Ann Lee with @carl')).toEqual(['Ann Lee', '@carl'])
    expect(names('Ann Lee (co-owner @bob)')).toEqual(['Ann Lee', '@bob'])
    expect(names('Ann Lee (co-owners: Bo Chen, Cy Diaz)')).toEqual(['Ann Lee', 'Bo Chen', 'Cy Diaz'])
    expect(names('Ann (with Carl), Dana')).toEqual(['Ann', 'Carl', 'Dana'])
    expect(names('Ann (+Dana)')).toEqual(['Ann', 'Dana'])
    expect(names('Ann Lee, co-owner: Bo Chen')).toEqual(['Ann Lee', 'Bo Chen'])
  })

  it('keep brackets that are notes, and `with` before words that are no name', () => {
    expect(names('Michalis (lead), Rene')).toEqual(['Michalis', 'Rene'])
    expect(names('someone with time')).toEqual(['someone with time'])
  })

  it('drop a note after a spaced dash', () => {
    expect(names('@tsato — part-time, about one day a week')).toEqual(['@tsato'])
    expect(names('Ann Lee -- on leave in May')).toEqual(['Ann Lee'])
    expect(names('Jean-Luc Picard')).toEqual(['Jean-Luc Picard'])
  })

  it('place each co-owner where it is written', () => {
    const text = '### Topic: A\n\n**Owner**: Ann Lee (co-owner @bob)\n'
    const topic = readDocument({ file: 'n.md', text }).topics[0]
    expect(topic?.owners.map((o) => `${o.text}:${o.place.line}:${o.place.column}`)).toEqual(['Ann Lee:3:12', '@bob:3:30'])
  })
})
