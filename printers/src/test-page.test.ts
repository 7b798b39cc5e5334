import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findKioskPrinter, officeTime } from './cli/print-test.ts'
import { paperBitmap, paperBlocks } from './layout/paper-blocks.ts'
import { text } from './layout/ticket-line.ts'
import { createPrinter } from './printer/create-printer.ts'
import { getProfile } from './profiles/get-profile.ts'
import type { PrinterProfile } from './profiles/printer-profile.ts'
import type { Bitmap } from './raster/bitmap.ts'
import { renderLines } from './raster/render-lines.ts'
import { renderPage } from './render-ticket.ts'
import { decodePrinterText } from './testing/decode-printer-text.ts'
import { decodeEscPos } from './testing/escpos-decode.ts'
import type { EscPosOp } from './testing/escpos-decode.ts'
import {
  ASCII_SAMPLES,
  CODE_PAGE_SAMPLES,
  printTestPage,
  testPageLines,
  TONES,
  toneRows,
  VIETNAMESE_ALPHABET,
  VIETNAMESE_PANGRAM,
} from './test-page.ts'

const pageOps = (profile: PrinterProfile) => decodeEscPos(renderPage(testPageLines(profile, 'kiosk-1', '09:41 25/11/2026'), profile).bytes)

/** Rows of every image in the stream, one string per dot row, in paper order. */
function rasterRows(ops: EscPosOp[]): string[] {
  const rows: string[] = []
  for (const o of ops)
    if (o.op === 'raster') for (let y = 0; y < o.height; y++) rows.push(Buffer.from(o.dots.subarray(y * o.widthDots, (y + 1) * o.widthDots)).toString('hex'))
  return rows
}

/** True when the bitmap, less its blank padding at the bottom, appears dot for dot among the rows. */
function containsImage(rows: string[], bm: Bitmap): boolean {
  const needle: string[] = []
  for (let y = 0; y < bm.height; y++) needle.push(Buffer.from(bm.dots.subarray(y * bm.width, (y + 1) * bm.width)).toString('hex'))
  while (needle.length > 0 && !needle[needle.length - 1]!.includes('1')) needle.pop()
  return rows.some((_, start) => needle.every((row, k) => rows[start + k] === row))
}

const samplesAsImage = (profile: PrinterProfile) =>
  renderLines(
    CODE_PAGE_SAMPLES.map((s) => text(s, 'small', { align: 'left' })),
    profile.widthDots,
  )

describe('test page', () => {
  it('has 12 vowels × 6 tones × 2 cases, all precomposed', () => {
    const letters = toneRows().join(' ').split(/\s+/).filter(Boolean)
    expect(letters).toHaveLength(144)
    expect(letters.every((l) => l.length === 1)).toBe(true)
  })

  it('has a real pangram: all 29 letters of the alphabet and all 5 tone marks', () => {
    expect(VIETNAMESE_ALPHABET).toHaveLength(29)
    const nfd = VIETNAMESE_PANGRAM.toLowerCase().normalize('NFD')
    for (const mark of TONES.filter(Boolean)) expect(nfd, `tone U+${mark.codePointAt(0)?.toString(16)}`).toContain(mark)
    const untoned = nfd.replace(new RegExp(`[${TONES.join('')}]`, 'g'), '').normalize('NFC')
    expect(VIETNAMESE_ALPHABET.filter((letter) => !untoned.includes(letter))).toEqual([])
  })

  it('the ruler spans the full width of each profile, first and last dot black', () => {
    for (const name of ['generic-80', 'narrow-80', 'generic-58', 'epson-tcvn3']) {
      const profile = getProfile(name)
      const bm = paperBitmap(paperBlocks([{ kind: 'ruler' }], profile), profile.widthDots)
      expect(bm.width).toBe(profile.widthDots)
      expect(bm.dots[10 * bm.width]).toBe(1)
      expect(bm.dots[11 * bm.width - 1]).toBe(1)
    }
  })

  it('prints through the file printer, and decodes as ESC/POS', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'luot-test-page-'))
    const printer = createPrinter('kiosk-1', { type: 'file', profile: 'generic-80' }, { dataDir, log: () => undefined, now: () => 0 })
    await printTestPage(printer, officeTime(Date.parse('2026-11-25T02:41:00Z'), 'Asia/Ho_Chi_Minh'))
    const dir = join(dataDir, 'prints', '2026-11-25')
    const ops = decodeEscPos(await readFile(join(dir, 'test-page.bin')))
    expect(ops.filter((o) => o.op === 'qr-store')).toEqual([{ op: 'qr-store', data: 'LUOT-TEST generic-80 576' }])
    await copyFile(join(dir, 'test-page.png'), '/tmp/luot-test-page.png')
    await printer.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it.each(['generic-80', 'xprinter-80', 'narrow-80', 'generic-58'])(
    '%s: the code-page sample is Vietnamese as an image, then the printer’s own font on code page 0',
    (name) => {
      const profile = getProfile(name)
      const ops = pageOps(profile)
      const printed = decodePrinterText(ops)
      // The only printer text on a raster page is the ASCII sample: all Vietnamese went as dots.
      expect(printed.map((l) => l.text).join(' ')).toBe(ASCII_SAMPLES.join(' '))
      expect(printed.every((l) => l.pages.length === 1 && l.pages[0] === 0)).toBe(true)
      expect(ops).toContainEqual({ op: 'set', cmd: 'ESC t', value: 0 })
      expect(containsImage(rasterRows(ops), samplesAsImage(profile))).toBe(true)
    },
  )

  it('epson-tcvn3: the samples go through TCVN-3 pages 30 and 31, above the same letters drawn as an image', () => {
    const profile = getProfile('epson-tcvn3')
    const ops = pageOps(profile)
    const printed = decodePrinterText(ops)
    const [small, capitals, built] = CODE_PAGE_SAMPLES.map((s) => printed.find((l) => l.text === s))
    expect(small?.pages).toEqual([30])
    expect(capitals?.pages).toContain(31)
    expect(built?.pages).toEqual(expect.arrayContaining([30, 31]))
    expect(ops).toContainEqual({ op: 'set', cmd: 'ESC t', value: 30 })
    expect(ops).toContainEqual({ op: 'set', cmd: 'ESC t', value: 31 })
    expect(printed.map((l) => l.text)).toEqual(expect.arrayContaining([VIETNAMESE_PANGRAM, VIETNAMESE_PANGRAM.toUpperCase()]))
    expect(printed.filter((l) => l.text.includes('\uFFFD') || l.text.includes('?'))).toEqual([])
    expect(printed.filter((l) => ASCII_SAMPLES.includes(l.text)).map((l) => l.pages)).toEqual([[0], [0]])
    expect(containsImage(rasterRows(ops), samplesAsImage(profile))).toBe(true)
  })

  it('text-mode pages carry the ruler and the reference letters as dots', () => {
    const blocks = paperBlocks(testPageLines(getProfile('epson-tcvn3'), 'k', '09:41 25/11/2026'), getProfile('epson-tcvn3'))
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'raster', 'text', 'raster', 'text', 'qr', 'text'])
  })
})

describe('print-test CLI helpers', () => {
  it('finds the kiosk printer in the demo config', async () => {
    const raw: unknown = JSON.parse(await readFile(new URL('../../config/office.json', import.meta.url), 'utf8'))
    expect(findKioskPrinter(raw, 'kiosk-1').printer).toMatchObject({ type: 'file' })
    expect(() => findKioskPrinter(raw, 'kiosk-99')).toThrow(/kiosk-99.*kiosk-1/)
  })

  it('formats the office time', () => {
    expect(officeTime(Date.parse('2026-11-25T02:41:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ date: '2026-11-25', when: '09:41 25/11/2026' })
  })
})
