import { writeFileSync } from 'node:fs'
import { loadImage, createCanvas } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { getProfile } from './profiles/get-profile.ts'
import { bitmapFromImageData } from './raster/bitmap.ts'
import type { Bitmap } from './raster/bitmap.ts'
import { renderTicket, renderTicketPreview } from './render-ticket.ts'
import { decodeEscPos, paperFromOps } from './testing/escpos-decode.ts'
import type { EscPosOp } from './testing/escpos-decode.ts'
import { aPrintJob } from './testing/sample-job.ts'

async function pngBitmap(png: Uint8Array): Promise<Bitmap> {
  const img = await loadImage(Buffer.from(png))
  const canvas = createCanvas(img.width, img.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(img, 0, 0)
  return bitmapFromImageData(ctx.getImageData(0, 0, img.width, img.height))
}

const rasters = (ops: EscPosOp[]) => ops.filter((o): o is Extract<EscPosOp, { op: 'raster' }> => o.op === 'raster')

describe('renderTicket', () => {
  it.each(['generic-80', 'epson-tm-t82', 'xprinter-80', 'narrow-80', 'generic-58'])('%s: ESC @, raster text, QR, cut', (name) => {
    const profile = getProfile(name)
    const job = aPrintJob()
    const ops = decodeEscPos(renderTicket(job, profile))
    expect(ops[0]).toEqual({ op: 'init' })
    expect(ops[ops.length - 1]).toEqual({ op: 'cut', mode: 66, feed: 0 })
    const images = rasters(ops)
    expect(images.length).toBeGreaterThan(0)
    for (const r of images) {
      expect(r.widthDots).toBe(profile.widthDots)
      expect(r.height).toBeGreaterThan(0)
      expect(r.height).toBeLessThanOrEqual(255)
    }
    expect(images.some((r) => r.dots.includes(1))).toBe(true)
    expect(ops.filter((o) => o.op === 'text' && o.bytes.some((b) => b !== 0x0a))).toEqual([])
    const stored = ops.filter((o) => o.op === 'qr-store')
    if (profile.hasNativeQr) {
      expect(stored).toEqual([{ op: 'qr-store', data: job.qrUrl }])
      expect(ops.findIndex((o) => o.op === 'qr-print')).toBeGreaterThan(ops.findIndex((o) => o.op === 'qr-store'))
      expect(ops).toContainEqual({ op: 'qr-setting', fn: 0x43, value: profile.qrModuleDots })
    } else expect(stored).toEqual([])
  })

  it.each(['generic-80', 'xprinter-80', 'narrow-80', 'generic-58'])('%s: the preview PNG is dot for dot what the bytes print', async (name) => {
    const profile = getProfile(name)
    const job = aPrintJob()
    const paper = paperFromOps(decodeEscPos(renderTicket(job, profile)), profile.widthDots)
    const preview = await pngBitmap(renderTicketPreview(job, profile))
    writeFileSync(`/tmp/luot-ticket-${name}.png`, renderTicketPreview(job, profile))
    expect([preview.width, preview.height]).toEqual([paper.width, paper.height])
    expect(preview.dots.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000)
    expect(Buffer.from(preview.dots).equals(Buffer.from(paper.dots))).toBe(true)
  })

  it('wraps long names and documents instead of cutting them off', () => {
    const long = aPrintJob({ serviceName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', documents: ['x'.repeat(200)] })
    const ops = decodeEscPos(renderTicket(long, getProfile('generic-58')))
    expect(rasters(ops).every((r) => r.widthDots === 384)).toBe(true)
  })

  it('leaves out the priority bar and documents when there are none', () => {
    const plain = renderTicket(aPrintJob({ priorityLabel: null, documents: [] }), getProfile('generic-80'))
    expect(plain.length).toBeLessThan(renderTicket(aPrintJob(), getProfile('generic-80')).length)
  })

  it('prints Vietnamese as TCVN-3 characters on a text-mode profile, with no "?"', () => {
    const ops = decodeEscPos(renderTicket(aPrintJob({ headerLines: ['ĐĂNG KÝ ả ạ ẳ ặ ẩ ậ ẻ ẹ ể ệ ỉ ị ỏ ọ ổ ộ ở ợ ủ ụ ử ự ỷ ỵ Đ đ'] }), getProfile('epson-tcvn3')))
    const text = ops.flatMap((o) => (o.op === 'text' ? o.bytes : []))
    expect(text.length).toBeGreaterThan(200)
    expect(text).not.toContain(0x3f)
    expect(ops).toContainEqual({ op: 'set', cmd: 'ESC t', value: 31 })
    expect(rasters(ops)).toEqual([])
  })

  it('throws a clear error for an unknown profile', () => {
    expect(() => getProfile('epson-tm-t999')).toThrow(/epson-tm-t999.*generic-80/)
  })
})
