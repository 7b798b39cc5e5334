import { centeredQr } from '../layout/paper-blocks.ts'
import { blit, emptyBitmap, stackBitmaps } from '../raster/bitmap.ts'
import type { Bitmap } from '../raster/bitmap.ts'

/** One command found in an ESC/POS stream; enough to check what our encoder writes, strictly. */
export type EscPosOp =
  | { op: 'init' }
  | { op: 'raster'; widthDots: number; height: number; dots: Uint8Array }
  | { op: 'qr-store'; data: string }
  | { op: 'qr-print' }
  | { op: 'qr-setting'; fn: number; value: number }
  | { op: 'cut'; mode: number; feed: number }
  | { op: 'set'; cmd: string; value: number }
  | { op: 'feed'; dots: number }
  | { op: 'text'; bytes: number[] }
  | { op: 'status-query'; n: number }

/** Walks the stream command by command; anything it does not know throws with its offset. */
export function decodeEscPos(b: Uint8Array): EscPosOp[] {
  const ops: EscPosOp[] = []
  const at = (i: number) => {
    const v = b[i]
    if (v === undefined) throw new Error(`stream ends inside a command at ${i}`)
    return v
  }
  let i = 0
  const emit = (op: EscPosOp, length: number) => {
    ops.push(op)
    i += length
  }
  while (i < b.length) {
    const c = at(i)
    const n1 = b[i + 1]
    if (c === 0x1b && n1 === 0x40) emit({ op: 'init' }, 2)
    else if (c === 0x1b && n1 === 0x4a) emit({ op: 'feed', dots: at(i + 2) }, 3)
    else if (c === 0x1b && n1 !== undefined && [0x61, 0x45, 0x74, 0x4d].includes(n1))
      emit({ op: 'set', cmd: `ESC ${String.fromCharCode(n1)}`, value: at(i + 2) }, 3)
    else if (c === 0x1c && n1 === 0x2e) i += 2 // FS . cancels Kanji mode: no paper effect
    else if (c === 0x1d && (n1 === 0x21 || n1 === 0x42)) emit({ op: 'set', cmd: `GS ${String.fromCharCode(n1)}`, value: at(i + 2) }, 3)
    else if (c === 0x1d && n1 === 0x76 && at(i + 2) === 0x30) {
      const wBytes = at(i + 4) | (at(i + 5) << 8)
      const h = at(i + 6) | (at(i + 7) << 8)
      const start = i + 8
      if (start + wBytes * h > b.length) throw new Error(`raster at ${i} runs past the end`)
      ops.push({ op: 'raster', widthDots: wBytes * 8, height: h, dots: unpack(b.subarray(start, start + wBytes * h), wBytes, h) })
      i = start + wBytes * h
    } else if (c === 0x1d && n1 === 0x28 && at(i + 2) === 0x6b) {
      const len = at(i + 3) | (at(i + 4) << 8)
      const fn = at(i + 6)
      if (at(i + 5) !== 0x31) throw new Error(`GS ( k for another symbol at ${i}`)
      if (fn === 0x50) ops.push({ op: 'qr-store', data: Buffer.from(b.subarray(i + 8, i + 5 + len)).toString('latin1') })
      else if (fn === 0x51) ops.push({ op: 'qr-print' })
      else ops.push({ op: 'qr-setting', fn, value: at(i + 7) })
      i += 5 + len
    } else if (c === 0x1d && n1 === 0x56) {
      const mode = at(i + 2)
      const hasFeed = mode === 65 || mode === 66
      ops.push({ op: 'cut', mode, feed: hasFeed ? at(i + 3) : 0 })
      i += hasFeed ? 4 : 3
    } else if (c === 0x10 && n1 === 0x04) emit({ op: 'status-query', n: at(i + 2) }, 3)
    else if (c === 0x0a || c === 0x0d || c >= 0x20) {
      const last = ops[ops.length - 1]
      if (last?.op === 'text') last.bytes.push(c)
      else ops.push({ op: 'text', bytes: [c] })
      i += 1
    } else throw new Error(`unknown command 0x${c.toString(16)} 0x${(n1 ?? 0).toString(16)} at ${i}`)
  }
  return ops
}

function unpack(packed: Uint8Array, wBytes: number, h: number): Uint8Array {
  const out = new Uint8Array(wBytes * 8 * h)
  for (let k = 0; k < out.length; k++) out[k] = ((packed[k >> 3] ?? 0) >> (7 - (k & 7))) & 1
  return out
}

/**
 * What a printer would put on paper for raster images and native QR codes, the way the preview claims:
 * images stacked from the left margin, a QR centred (ESC a 1) with the module size of GS ( k 67.
 */
export function paperFromOps(ops: EscPosOp[], widthDots: number): Bitmap {
  const parts: Bitmap[] = []
  let qrSize = 3
  let qrData = ''
  for (const o of ops) {
    if (o.op === 'raster') {
      const bm = emptyBitmap(widthDots, o.height)
      blit(bm, { width: o.widthDots, height: o.height, dots: o.dots }, 0, 0)
      parts.push(bm)
    } else if (o.op === 'qr-setting' && o.fn === 0x43) qrSize = o.value
    else if (o.op === 'qr-store') qrData = o.data
    else if (o.op === 'qr-print') parts.push(centeredQr(qrData, qrSize, widthDots, false))
    else if (o.op === 'feed') parts.push(emptyBitmap(widthDots, o.dots))
    else if (o.op === 'text' && o.bytes.some((x) => x !== 0x0a && x !== 0x0d)) throw new Error('paperFromOps cannot draw printer text')
  }
  return stackBitmaps(parts, widthDots)
}
