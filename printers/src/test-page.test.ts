import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { findKioskPrinter, officeTime } from './cli/print-test.ts'
import { paperBitmap, paperBlocks } from './layout/paper-blocks.ts'
import { createPrinter } from './printer/create-printer.ts'
import { getProfile } from './profiles/get-profile.ts'
import { decodeEscPos } from './testing/escpos-decode.ts'
import { printTestPage, testPageLines, toneRows } from './test-page.ts'

describe('test page', () => {
  it('has 12 vowels × 6 tones × 2 cases, all precomposed', () => {
    const letters = toneRows().join(' ').split(/\s+/).filter(Boolean)
    expect(letters).toHaveLength(144)
    expect(letters.every((l) => l.length === 1)).toBe(true)
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

  it('text-mode pages still carry the ruler as dots', () => {
    const blocks = paperBlocks(testPageLines(getProfile('epson-tcvn3'), 'k', '09:41 25/11/2026'), getProfile('epson-tcvn3'))
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'raster', 'text', 'qr', 'text'])
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
