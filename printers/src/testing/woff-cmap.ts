import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'

/**
 * The code points a WOFF 1.0 font maps to a real glyph (cmap format 4 or 12), read straight from the file:
 * the proof that a letter comes from our bundled font and not from whatever the machine falls back to.
 */
export function woffCodePoints(path: string): Set<number> {
  const file = readFileSync(path)
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${path} is not a WOFF file`)
  const numTables = file.readUInt16BE(12)
  for (let t = 0; t < numTables; t++) {
    const e = 44 + t * 20
    if (file.toString('latin1', e, e + 4) !== 'cmap') continue
    const offset = file.readUInt32BE(e + 4)
    const compLength = file.readUInt32BE(e + 8)
    const origLength = file.readUInt32BE(e + 12)
    const raw = file.subarray(offset, offset + compLength)
    return parseCmap(compLength < origLength ? inflateSync(raw) : raw)
  }
  throw new Error(`${path} has no cmap table`)
}

function parseCmap(cmap: Buffer): Set<number> {
  const count = cmap.readUInt16BE(2)
  for (let r = 0; r < count; r++) {
    const platform = cmap.readUInt16BE(4 + r * 8)
    const encoding = cmap.readUInt16BE(6 + r * 8)
    const sub = cmap.readUInt32BE(8 + r * 8)
    const format = cmap.readUInt16BE(sub)
    if (platform === 3 && encoding === 10 && format === 12) return format12(cmap, sub)
    if (platform === 3 && encoding === 1 && format === 4) return format4(cmap, sub)
  }
  throw new Error('no Unicode cmap subtable')
}

function format12(cmap: Buffer, sub: number): Set<number> {
  const out = new Set<number>()
  const groups = cmap.readUInt32BE(sub + 12)
  for (let g = 0; g < groups; g++) {
    const start = cmap.readUInt32BE(sub + 16 + g * 12)
    const end = cmap.readUInt32BE(sub + 20 + g * 12)
    for (let c = start; c <= end; c++) out.add(c)
  }
  return out
}

function format4(cmap: Buffer, sub: number): Set<number> {
  const out = new Set<number>()
  const segs = cmap.readUInt16BE(sub + 6) / 2
  const ends = sub + 14
  const starts = ends + segs * 2 + 2
  const deltas = starts + segs * 2
  const ranges = deltas + segs * 2
  for (let s = 0; s < segs; s++) {
    const end = cmap.readUInt16BE(ends + s * 2)
    const start = cmap.readUInt16BE(starts + s * 2)
    const delta = cmap.readUInt16BE(deltas + s * 2)
    const rangeOffset = cmap.readUInt16BE(ranges + s * 2)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff
      else {
        const g = cmap.readUInt16BE(ranges + s * 2 + rangeOffset + (c - start) * 2)
        glyph = g === 0 ? 0 : (g + delta) & 0xffff
      }
      if (glyph !== 0) out.add(c)
    }
  }
  return out
}
