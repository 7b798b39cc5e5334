import { writeFileSync } from 'node:fs'
import { loadImage, createCanvas } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { THANKS, ticketLines } from './layout/ticket-lines.ts'
import type { TextLine } from './layout/ticket-line.ts'
import { getProfile } from './profiles/get-profile.ts'
import { bitmapFromImageData } from './raster/bitmap.ts'
import { wrapLine } from './raster/render-lines.ts'
import type { Bitmap } from './raster/bitmap.ts'
import { renderTicket, renderTicketPreview } from './render-ticket.ts'
import { decodePrinterText } from './testing/decode-printer-text.ts'
import { decodeEscPos, paperFromOps } from './testing/escpos-decode.ts'
import type { EscPosOp } from './testing/escpos-decode.ts'
import { aPrintJob, anEnglishPrintJob } from './testing/sample-job.ts'
import type { TicketPrintJob } from './types.ts'

async function pngBitmap(png: Uint8Array): Promise<Bitmap> {
  const img = await loadImage(Buffer.from(png))
  const canvas = createCanvas(img.width, img.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(img, 0, 0)
  return bitmapFromImageData(ctx.getImageData(0, 0, img.width, img.height))
}

const rasters = (ops: EscPosOp[]) => ops.filter((o): o is Extract<EscPosOp, { op: 'raster' }> => o.op === 'raster')
/** On the TCVN-3 profile the printer draws the words itself, so the bytes read back as the ticket's text. */
const printedText = (job: TicketPrintJob) => decodePrinterText(decodeEscPos(renderTicket(job, getProfile('epson-tcvn3')))).map((l) => l.text)
/** The paper's dot rows that differ between two tickets. */
function differingRows(a: Bitmap, b: Bitmap): number[] {
  const rows: number[] = []
  for (let y = 0; y < Math.max(a.height, b.height); y++) {
    const row = (bm: Bitmap) => Buffer.from(bm.dots.subarray(y * bm.width, (y + 1) * bm.width))
    if (!row(a).equals(row(b))) rows.push(y)
  }
  return rows
}

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

  it('prints everything a citizen needs, in the formal Ông/Bà, from header to cut', () => {
    const job = aPrintJob({ footerLines: ['Vui lòng chờ gọi số tại sảnh.'] })
    const bytes = renderTicket(job, getProfile('epson-tcvn3'))
    const ops = decodeEscPos(bytes)
    const lines = printedText(job)
    const all = lines.join(' ')
    // In order: header, office, number, service, slot, priority, queue, time, QR, documents, footer, thanks, cut.
    const wanted = [
      ...job.headerLines,
      job.officeName,
      'SỐ THỨ TỰ',
      job.number,
      job.serviceName.replace('–', '-'),
      'Khung giờ 09:00-09:30',
      job.priorityLabel!,
      'Số người đang chờ trước Ông/Bà: 3',
      'Thời gian chờ dự kiến: khoảng 15 phút',
      'Lấy số lúc 09:41 25/11/2026',
      'Quét mã QR để theo dõi số thứ tự',
      'Giấy tờ cần mang theo:',
      ...job.documents.map((d) => `- ${d}`),
      'Vui lòng chờ gọi số tại sảnh.',
      THANKS,
    ]
    const at = wanted.map((w) => all.indexOf(w))
    expect(wanted.filter((_, k) => at[k] === -1)).toEqual([])
    expect(at).toEqual([...at].sort((x, y) => x - y))
    expect(all).not.toMatch(/\bbạn\b/iu)
    // The number in the largest type the printer has (GS ! 6×6), alone on its line.
    const numberAt = ops.findIndex((o) => o.op === 'text' && Buffer.from(o.bytes).toString('latin1').startsWith(`${job.number}\n`))
    expect(ops.slice(0, numberAt).reverse().find((o) => o.op === 'set' && o.cmd === 'GS !')).toEqual({ op: 'set', cmd: 'GS !', value: 0x55 })
    const qrAt = ops.findIndex((o) => o.op === 'qr-store')
    expect(ops[qrAt]).toEqual({ op: 'qr-store', data: job.qrUrl })
    expect(ops.findIndex((o) => o.op === 'qr-print')).toBeGreaterThan(qrAt)
    expect(ops.at(-1)).toEqual({ op: 'cut', mode: 66, feed: 0 })
  })

  it('thanks the citizen once: after the office footer, unless the footer already does', () => {
    const count = (job: TicketPrintJob) => printedText(job).filter((l) => /cảm ơn/iu.test(l)).length
    expect(count(aPrintJob({ footerLines: [] }))).toBe(1)
    expect(printedText(aPrintJob({ footerLines: [] }))).toContain(THANKS)
    expect(count(aPrintJob({ footerLines: ['Xin cảm ơn Ông/Bà đã đến Trung tâm.'] }))).toBe(1)
    expect(printedText(aPrintJob({ footerLines: ['Xin cảm ơn Ông/Bà đã đến Trung tâm.'] }))).not.toContain(THANKS)
  })

  it.each(['generic-80', 'narrow-80', 'generic-58', 'epson-tcvn3'])('%s: the ticket’s own wording never breaks across lines, in Vietnamese or English', (name) => {
    // The office's texts (names, documents) may wrap; the sentences Lượt adds must not, even with long waits.
    const vi = aPrintJob({ peopleAhead: 999, estimatedWaitMinutes: 480, footerLines: [] })
    const en = anEnglishPrintJob({ peopleAhead: 999, estimatedWaitMinutes: 480, footerLines: [], priorityLabelEn: 'Priority: Person of revolutionary merit' })
    for (const job of [vi, en]) {
      const office = [...job.headerLines, job.officeName, job.serviceName, job.serviceNameEn, job.priorityLabel!, ...job.documents].filter(Boolean) as string[]
      const own = ticketLines(job).filter((l): l is TextLine => l.kind === 'text' && l.size !== 'huge' && !office.some((o) => l.text.includes(o)))
      expect(own.length).toBeGreaterThanOrEqual(job === en ? 17 : 8)
      const profile = getProfile(name)
      // A text-mode printer breaks lines itself, by character count: each line must come back whole.
      const printed = profile.textMode === 'tcvn3' ? printedText(job) : null
      for (const line of own)
        if (printed) expect(printed, line.text).toContain(line.text.replace(/[–•]/gu, '-'))
        else expect(wrapLine(line, profile.widthDots), line.text).toEqual([line.text])
    }
  })

  it.each(['generic-80', 'narrow-80', 'generic-58'])('%s: the number is drawn at least 1 cm tall', async (name) => {
    const profile = getProfile(name)
    const paper = (number: string) => paperFromOps(decodeEscPos(renderTicket(aPrintJob({ number }), profile)), profile.widthDots)
    const rows = differingRows(paper('A012'), paper('B345'))
    // 80 dots is 10 mm at 203 dpi (11 mm at 180 dpi): readable from across a hall.
    expect(rows.at(-1)! - rows[0]! + 1).toBeGreaterThanOrEqual(80)
  })

  it('throws a clear error for an unknown profile', () => {
    expect(() => getProfile('epson-tm-t999')).toThrow(/epson-tm-t999.*generic-80/)
  })
})
