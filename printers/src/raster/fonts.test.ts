import { writeFileSync } from 'node:fs'
import { createCanvas } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { text } from '../layout/ticket-line.ts'
import { ticketLines } from '../layout/ticket-lines.ts'
import { getProfile } from '../profiles/get-profile.ts'
import { testPageLines, toneRows, VIETNAMESE_PANGRAM } from '../test-page.ts'
import { aPrintJob } from '../testing/sample-job.ts'
import { woffCodePoints } from '../testing/woff-cmap.ts'
import { bitmapFromImageData, bitmapToPng } from './bitmap.ts'
import { ensureFonts, FONT_SUBSETS, FONT_WEIGHTS, fontCss, fontFilePath } from './fonts.ts'
import { renderLines } from './render-lines.ts'

const TONED = 'ả ạ ẳ ặ ẩ ậ ẻ ẹ ể ệ ỉ ị ỏ ọ ổ ộ ở ợ ủ ụ ử ự ỷ ỵ Đ đ'
// Every text the ticket and the test page print, as well as the tones, so a new word is checked too.
const PRINTED = [...ticketLines(aPrintJob()), ...testPageLines(getProfile('generic-80'), 'kiosk-1', '09:41 25/11/2026')].flatMap((l) =>
  l.kind === 'text' ? [l.text] : [],
)
const ALL = [TONED, TONED.toUpperCase(), VIETNAMESE_PANGRAM, ...toneRows(), ...PRINTED].join(' ').normalize('NFC')

/** Dots of one character drawn alone in our font stack. */
function glyphDots(ch: string, weight: 400 | 700 | 800 = 400): Uint8Array {
  const canvas = createCanvas(64, 64)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, 64, 64)
  ctx.fillStyle = '#000'
  ctx.font = fontCss(32, weight)
  ctx.fillText(ch, 8, 46)
  return bitmapFromImageData(ctx.getImageData(0, 0, 64, 64)).dots
}

describe('bundled Be Vietnam Pro', () => {
  it('has a glyph for every Vietnamese letter in every weight we draw with', () => {
    for (const weight of FONT_WEIGHTS) {
      const covered = new Set<number>()
      for (const subset of FONT_SUBSETS) for (const cp of woffCodePoints(fontFilePath(subset, weight, 'woff'))) covered.add(cp)
      const missing = [...new Set(ALL)].filter((ch) => !covered.has(ch.codePointAt(0) ?? 0))
      expect(missing, `weight ${weight}`).toEqual([])
    }
  })

  it('draws each tone mark: a toned vowel differs from its bare vowel and from the missing-glyph box', () => {
    ensureFonts()
    const tofu = glyphDots('\u{10FFFD}')
    for (const ch of TONED.replace(/ /g, '') + TONED.toUpperCase().replace(/ /g, '')) {
      // Đ has no decomposition; its bare letter is D.
      const base = ({ Đ: 'D', đ: 'd' } as Record<string, string>)[ch] ?? ch.normalize('NFD')[0] ?? ch
      const dots = glyphDots(ch)
      const ink = dots.reduce((a, b) => a + b, 0)
      expect(ink, ch).toBeGreaterThan(20)
      expect(Buffer.from(dots).equals(Buffer.from(glyphDots(base))), `${ch} looks like ${base}`).toBe(false)
      expect(Buffer.from(dots).equals(Buffer.from(tofu)), `${ch} is a box`).toBe(false)
    }
  })

  it('renders the same for NFD and NFC input, because lines are normalized', () => {
    const nfd = renderLines([text(TONED.normalize('NFD'), 'normal')], 576)
    const nfc = renderLines([text(TONED.normalize('NFC'), 'normal')], 576)
    expect(Buffer.from(nfd.dots).equals(Buffer.from(nfc.dots))).toBe(true)
  })

  it('writes a sheet of every tone on every vowel for a person to look at', () => {
    const lines = [text(TONED, 'large', { weight: 700 }), text(TONED.toUpperCase(), 'large', { weight: 700 }), ...toneRows().map((r) => text(r, 'normal', { align: 'left' }))]
    const bm = renderLines(lines, 576)
    expect(bm.width).toBe(576)
    writeFileSync('/tmp/luot-tones.png', bitmapToPng(bm))
  })
})
