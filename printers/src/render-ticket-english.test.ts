import { createCanvas, loadImage } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { text } from './layout/ticket-line.ts'
import type { TextLine } from './layout/ticket-line.ts'
import { ENGLISH_FOOTER, ticketLines } from './layout/ticket-lines.ts'
import { getProfile } from './profiles/get-profile.ts'
import { bitmapFromImageData } from './raster/bitmap.ts'
import type { Bitmap } from './raster/bitmap.ts'
import { renderLines } from './raster/render-lines.ts'
import { renderTicket, renderTicketPreview } from './render-ticket.ts'
import { decodePrinterText } from './testing/decode-printer-text.ts'
import { decodeEscPos, paperFromOps } from './testing/escpos-decode.ts'
import { aPrintJob, anEnglishPrintJob } from './testing/sample-job.ts'
import type { TicketPrintJob } from './types.ts'

/** Each Vietnamese line of the ticket and the English a citizen who took it in English reads right under it. */
function translatedPairs(job: TicketPrintJob): [string, string][] {
  const slot = `${job.slot.start}–${job.slot.end}`
  return [
    ['SỐ THỨ TỰ', 'Your number'],
    [job.serviceName, job.serviceNameEn!],
    [`Khung giờ ${slot}`, `Time slot ${slot}`],
    [job.priorityLabel!, job.priorityLabelEn!],
    [`Số người đang chờ trước Ông/Bà: ${job.peopleAhead}`, `People ahead of you: ${job.peopleAhead}`],
    [`Thời gian chờ dự kiến: khoảng ${job.estimatedWaitMinutes} phút`, `Estimated wait: about ${job.estimatedWaitMinutes} min`],
    [`Lấy số lúc ${job.issuedAtText}`, `Issued at ${job.issuedAtText}`],
    ['Quét mã QR để theo dõi số thứ tự', 'Scan the QR code to follow your number'],
    ['Giấy tờ cần mang theo:', 'Documents to bring:'],
    [job.footerLines.at(-1)!, 'Please wait in the hall to be called.'],
    ['Please wait in the hall to be called.', 'Thank you!'],
  ]
}
const englishOf = (job: TicketPrintJob) => translatedPairs(job).map(([, en]) => en)

/** The printer's own font has no en dash: the text-mode profile prints "-" (encoder/tcvn3-text.ts). */
const asPrinted = (s: string) => s.replace(/–/gu, '-')
const printedLines = (job: TicketPrintJob) => decodePrinterText(decodeEscPos(renderTicket(job, getProfile('epson-tcvn3')))).map((l) => l.text)

const paperOf = (job: TicketPrintJob, profileName: string) => {
  const profile = getProfile(profileName)
  return paperFromOps(decodeEscPos(renderTicket(job, profile)), profile.widthDots)
}

/** The dot rows of one line as the renderer draws it alone, without the blank rows around its ink. */
function inkRows(line: TextLine, widthDots: number): Buffer[] {
  const bm = renderLines([line], widthDots)
  const rows = Array.from({ length: bm.height }, (_, y) => Buffer.from(bm.dots.subarray(y * widthDots, (y + 1) * widthDots)))
  const inked = rows.map((r) => r.includes(1))
  return rows.slice(inked.indexOf(true), inked.lastIndexOf(true) + 1)
}

/** Where this line is printed, dot for dot, at or below row `from`: its first and last inked rows; null when it is not on the paper. */
function onPaper(paper: Bitmap, line: TextLine, from = 0): { top: number; bottom: number } | null {
  const rows = inkRows(line, paper.width)
  for (let y = from; y + rows.length <= paper.height; y++) if (rows.every((r, k) => r.equals(row(paper, y + k)))) return { top: y, bottom: y + rows.length - 1 }
  return null
}
const row = (paper: Bitmap, y: number) => Buffer.from(paper.dots.subarray(y * paper.width, (y + 1) * paper.width))

/** A line as the ticket styles it (size, weight, alignment), found by its words. */
function styled(job: TicketPrintJob, value: string): TextLine {
  const line = ticketLines(job).find((l): l is TextLine => l.kind === 'text' && l.text === value.normalize('NFC'))
  if (!line) throw new Error(`the ticket has no line "${value}"`)
  return line
}

describe('a ticket taken in English', () => {
  it('keeps every Vietnamese line in order and puts each English line right under the one it translates (printer text)', () => {
    const job = anEnglishPrintJob()
    const en = printedLines(job)
    const vi = printedLines(aPrintJob())
    // Every line of the Vietnamese ticket, in the same order; what is added is exactly the English.
    let k = 0
    const added = en.filter((l) => (l === vi[k] ? (k++, false) : true))
    expect(k).toBe(vi.length)
    expect(added).toEqual(englishOf(job).map(asPrinted))
    for (const [viLine, enLine] of translatedPairs(job)) expect(en[en.indexOf(asPrinted(viLine)) + 1], viLine).toBe(asPrinted(enLine))
    expect(added.join('')).toMatch(/^[\x20-\x7e]*$/u)
  })

  it('says nothing in English on a ticket taken in Vietnamese, and prints it exactly as before', () => {
    const english = new Set(englishOf(anEnglishPrintJob()).map(asPrinted))
    expect(printedLines(aPrintJob()).filter((l) => english.has(l))).toEqual([])
    // The server may pass the English facts for every ticket: only `lang: 'en'` prints them.
    const { lang, ...vietnameseWithFacts } = anEnglishPrintJob()
    expect(lang).toBe('en')
    for (const name of ['generic-80', 'generic-58', 'epson-tcvn3']) {
      const before = renderTicket(aPrintJob(), getProfile(name))
      expect(Buffer.from(renderTicket({ ...vietnameseWithFacts, lang: 'vi' }, getProfile(name))).equals(Buffer.from(before)), name).toBe(true)
      expect(Buffer.from(renderTicket(vietnameseWithFacts, getProfile(name))).equals(Buffer.from(before)), name).toBe(true)
    }
  })

  it.each(['generic-80', 'xprinter-80', 'narrow-80', 'generic-58'])('%s: the paper shows each English line under its Vietnamese line', (name) => {
    const job = anEnglishPrintJob()
    const paper = paperOf(job, name)
    let previous = -1
    for (const [viText, enText] of translatedPairs(job)) {
      const vi = onPaper(paper, styled(job, viText), previous + 1)
      const en = vi && onPaper(paper, styled(job, enText), vi.bottom + 1)
      expect(vi && en, viText).toBeTruthy()
      // Right under: only blank paper between the Vietnamese line's ink and the English line's.
      const between = Array.from({ length: en!.top - vi!.bottom - 1 }, (_, k) => row(paper, vi!.bottom + 1 + k))
      expect(between.filter((r) => r.includes(1)).length, `${viText} / ${enText}`).toBe(0)
      previous = vi!.top
    }
    // The English lines are in the small `note` type, never wrapped, and nowhere on a Vietnamese ticket.
    const vietnamese = paperOf(aPrintJob(), name)
    for (const enText of englishOf(job)) {
      expect(styled(job, enText).size).toBe('note')
      expect(onPaper(vietnamese, text(enText, 'note', { align: styled(job, enText).align })), enText).toBeNull()
    }
  })

  it.each(['generic-80', 'narrow-80', 'generic-58'])('%s: the bilingual ticket stays compact, and its preview is what the bytes print', async (name) => {
    const job = anEnglishPrintJob()
    const paper = paperOf(job, name)
    // Eleven English lines cost under a third more paper than the Vietnamese ticket alone.
    expect(paper.height).toBeLessThan(paperOf(aPrintJob(), name).height * 1.3)
    const img = await loadImage(Buffer.from(renderTicketPreview(job, getProfile(name))))
    const ctx = createCanvas(img.width, img.height).getContext('2d')
    ctx.drawImage(img, 0, 0)
    const preview = bitmapFromImageData(ctx.getImageData(0, 0, img.width, img.height))
    expect([preview.width, preview.height]).toEqual([paper.width, paper.height])
    expect(Buffer.from(preview.dots).equals(Buffer.from(paper.dots))).toBe(true)
  })

  it('prints the English footer once, after the office footer and the Vietnamese thanks', () => {
    const lines = printedLines(anEnglishPrintJob({ footerLines: [] }))
    expect(lines.slice(-3)).toEqual(['Cảm ơn Ông/Bà!', ...ENGLISH_FOOTER])
    expect(lines.filter((l) => l === 'Thank you!')).toHaveLength(1)
  })

  it('leaves out the English name or priority when the server has none, never printing an empty line', () => {
    const lines = printedLines(anEnglishPrintJob({ serviceNameEn: undefined, priorityLabel: null, priorityLabelEn: null }))
    const service = lines.indexOf(asPrinted(aPrintJob().serviceName))
    expect(lines[service + 1]).toBe('Khung giờ 09:00-09:30')
    expect(lines.filter((l) => l.trim() === '')).toEqual([])
  })
})
