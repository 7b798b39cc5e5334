import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { describe, expect, it } from 'vitest'
import { text } from '../layout/ticket-line.ts'
import { getProfile } from '../profiles/get-profile.ts'
import { emptyBitmap } from '../raster/bitmap.ts'
import { encodeBlocks } from './encode-blocks.ts'
import { feedAndCutCmd, statusQueryCmd } from './escpos.ts'
import { encodeAscii, printerTextLines } from './printer-text.ts'
import { encodeTcvn3 } from './tcvn3-text.ts'

const hex = (b: ArrayLike<number>) => Buffer.from(Uint8Array.from(b)).toString('hex')

// Golden bytes: what a printer must receive, checked against the Epson ESC/POS reference by hand.
describe('ESC/POS bytes', () => {
  it('init, one 16×8 raster with its first row black, then feed-and-partial-cut', () => {
    const bm = emptyBitmap(16, 8)
    bm.dots.fill(1, 0, 8)
    const bytes = encodeBlocks([{ kind: 'raster', bitmap: bm }], getProfile('generic-80'))
    expect(hex(bytes)).toBe('1b401c2e1b4d00' + '1d763000' + '0200' + '0800' + 'ff00' + '00'.repeat(14) + '1d564200')
  })

  it('native QR: centred, model 2, module size, level M, store, print, back to left', () => {
    const bytes = encodeBlocks([{ kind: 'qr', url: 'https://x.vn/t/1', moduleDots: 6 }], getProfile('generic-80'))
    const data = Buffer.from('https://x.vn/t/1').toString('hex')
    expect(hex(bytes)).toBe(
      '1b401c2e1b4d00' + '1b6101' + '1d286b0400314132001d286b03003143061d286b0300314531' + '1d286b1300315030' + data + '1d286b0300315130' + '1b6100' + '1d564200',
    )
  })

  it('status queries and cut commands', () => {
    expect(hex(statusQueryCmd(4))).toBe('100404')
    expect(hex(feedAndCutCmd('full'))).toBe('1d564100')
  })

  it('TCVN-3: lower case on page 30, capitals on page 31, Đ at 0xAE there', () => {
    expect(hex(encodeTcvn3('đa'))).toBe('1b741e' + 'ae' + '61')
    expect(hex(encodeTcvn3('Đ'))).toBe('1b741f' + 'ae')
    const viaLibrary = new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson' }).codepage('tcvn3').text('ợ').encode()
    expect(hex(encodeTcvn3('ợ'))).toBe(hex(viaLibrary).slice(0, 8))
    expect(new Set(encodeTcvn3('ảạẳặẩậẻẹểệỉịỏọổộởợủụửựỷỵ').slice(3)).size).toBe(24)
    expect(encodeTcvn3(text('Ả Ạ Ẳ Ặ Ẩ Ậ Ẻ Ẹ Ể Ệ Ỉ Ị Ỏ Ọ Ổ Ộ Ở Ợ Ủ Ụ Ử Ự Ỷ Ỵ', 'small').text)).not.toContain(0x3f)
  })

  it('printer-font ASCII: code page 0, then the text; no Vietnamese letter reaches the printer as a byte', () => {
    expect(hex(encodeAscii('Ab 1'))).toBe('1b7400' + '41622031')
    expect(hex(encodeAscii('Đa – ợ'))).toBe('1b7400' + '3f61202d203f')
    const line = text('Ab 1', 'small', { align: 'left', render: 'printer-ascii' })
    // Left, not bold, not inverted, 1×1; page 0 and the text; then back to the defaults.
    expect(hex(printerTextLines([line], getProfile('generic-80')))).toBe(
      '1b6100' + '1b4500' + '1d4200' + '1d2100' + '1b7400' + '41622031' + '0a' + '1d2100' + '1d4200' + '1b4500' + '1b6100',
    )
  })

  it('on a TCVN-3 profile, a printer-ascii line stays on page 0 and the others use pages 30/31', () => {
    const lines = [text('Ợ', 'small', { align: 'left' }), text('Ok', 'small', { align: 'left', render: 'printer-ascii' })]
    const bytes = hex(printerTextLines(lines, getProfile('epson-tcvn3')))
    expect(bytes).toContain('1d2100' + hex(encodeTcvn3('Ợ')) + '0a')
    expect(hex(encodeTcvn3('Ợ')).startsWith('1b741f')).toBe(true)
    expect(bytes).toContain('1d2100' + '1b7400' + '4f6b' + '0a')
  })
})
