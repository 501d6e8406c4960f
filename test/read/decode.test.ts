/** Bytes to a note: one rule for NUL bytes anywhere, UTF-16 with a byte-order mark decoded, UTF-32 refused. */
import { describe, expect, it } from 'vitest'
import { decodeNote } from '../../src/read/decode.js'

const NOTE = '# Plan\n\n### Topic: Léa’s loader\n\n**Owner**: Ada Lovelace 🚀\n'
const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le')
  if (order === 'le') return le
  const be = Buffer.alloc(le.length)
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number]
  return be
}

describe('decodeNote', () => {
  it('refuses a NUL byte wherever it is, with its line and column', () => {
    const early = Buffer.concat([Buffer.from('# A\n'), Buffer.from([0])])
    const late = Buffer.concat([Buffer.from(`${'x'.repeat(2_000_000)}\nab`), Buffer.from([0]), Buffer.from('\n')])
    for (const [bytes, line, column] of [
      [early, 2, 1],
      [late, 2, 3],
    ] as const) {
      const decoded = decodeNote(bytes, 10 * 1024 * 1024)
      expect(decoded).toMatchObject({ ok: false, line, column })
      if (!decoded.ok) expect(decoded.reason).toMatch(/^not a text file \(binary data: a NUL byte at offset \d+\)$/)
    }
  })

  it('decodes UTF-16, little and big endian, from its byte-order mark', () => {
    for (const order of ['le', 'be'] as const) expect(decodeNote(utf16(NOTE, order))).toEqual({ ok: true, text: NOTE })
  })

  it('refuses UTF-32 and broken UTF-16 in words', () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])
    expect(decodeNote(utf32)).toEqual({ ok: false, reason: 'UTF-32 text; save the file as UTF-8' })
    const odd = Buffer.concat([Buffer.from(utf16(NOTE, 'le')), Buffer.from([0x41])])
    expect(decodeNote(odd)).toMatchObject({ ok: false, reason: expect.stringMatching(/^invalid UTF-16LE/) })
    const lone = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])
    expect(decodeNote(lone)).toMatchObject({ ok: false, reason: expect.stringMatching(/unpaired surrogate/) })
  })

  it('still reads UTF-8 with or without its byte-order mark', () => {
    expect(decodeNote(Buffer.from(`\ufeff${NOTE}`))).toEqual({ ok: true, text: NOTE })
    expect(decodeNote(Buffer.from(NOTE))).toEqual({ ok: true, text: NOTE })
  })

  it('drops one byte-order mark, not two', () => {
    expect(decodeNote(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x78]))).toEqual({ ok: true, text: '\ufeffx' })
  })
})
