import { describe, expect, it } from 'vitest'
import { text } from '../layout/ticket-line.ts'
import type { TextLine } from '../layout/ticket-line.ts'
import type { Bitmap } from './bitmap.ts'
import { renderLines } from './render-lines.ts'

/** Capitals with two stacked marks rise highest; ợ and Ỵ reach lowest. */
const TALL = 'ẲẨỄ ẮẰẴẤẦẪ ẾỀỂ ỐỒỔỖ Ợ Ỵ gợ'
const row = (bm: Bitmap, y: number) => bm.dots.subarray(y * bm.width, (y + 1) * bm.width)
const ink = (bm: Bitmap) => bm.dots.reduce((a, b) => a + b, 0)

describe('renderLines', () => {
  it.each([576, 512, 384])('draws stacked marks whole on the first line of an image (%i dots)', (width) => {
    for (const line of [text(TALL, 'small', { weight: 700 }), text(TALL, 'normal'), text(TALL, 'large', { weight: 700 })]) {
      const alone = renderLines([line], width)
      // The same line with room above: if the top of a mark were cut off, it would have more ink.
      const roomy = renderLines([{ kind: 'space', dots: 64 }, line], width)
      const offset = Math.round(64 * (width / 576))
      expect(ink(alone), line.size).toBe(ink(roomy))
      expect(row(alone, 0).includes(1), `${line.size}: ink on the top row`).toBe(false)
      expect(Buffer.from(row(alone, 10)).equals(Buffer.from(row(roomy, offset + 10)))).toBe(true)
    }
  })

  it('keeps lines apart: marks below one line never touch the marks above the next', () => {
    const line: TextLine = text(TALL, 'normal', { weight: 700 })
    const one = renderLines([line], 576)
    const two = renderLines([line, line], 576)
    expect(ink(two)).toBe(2 * ink(one))
    const last = [...Array(one.height).keys()].filter((y) => row(one, y).includes(1)).pop()!
    for (let y = 0; y <= last; y++) expect(Buffer.from(row(two, y)).equals(Buffer.from(row(one, y)))).toBe(true)
    expect(row(two, last + 1).includes(1), 'a blank dot row between the lines').toBe(false)
  })

  it.each([576, 384])('keeps the white letters of an inverted bar inside solid black edges (%i dots)', (width) => {
    const bm = renderLines([text(`Ưu tiên: ${TALL}`, 'normal', { weight: 700, inverted: true })], width)
    const rows = [...Array(bm.height).keys()].filter((y) => row(bm, y).includes(1))
    const [top, bottom] = [rows[0]!, rows[rows.length - 1]!]
    const mid = row(bm, Math.floor((top + bottom) / 2))
    const [left, right] = [mid.indexOf(1), mid.lastIndexOf(1)]
    for (const y of [top, top + 1, bottom - 1, bottom]) expect(row(bm, y).subarray(left, right + 1).every((d) => d === 1), `row ${y}`).toBe(true)
  })
})
