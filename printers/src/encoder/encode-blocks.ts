import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import type { PaperBlock } from '../layout/paper-blocks.ts'
import type { PrinterProfile } from '../profiles/printer-profile.ts'
import { bitmapToImageData } from '../raster/bitmap.ts'
import { alignCmd, feedAndCutCmd } from './escpos.ts'
import { printerTextLines } from './printer-text.ts'

/** Layout blocks in, the whole ESC/POS stream out: ESC @, the blocks, then feed-and-cut. */
export function encodeBlocks(blocks: PaperBlock[], profile: PrinterProfile): Uint8Array {
  // feedAfterBlock off: the encoder would add a line feed after each image, which the preview cannot know.
  const enc = new ReceiptPrinterEncoder({ language: 'esc-pos', imageMode: 'raster', feedAfterBlock: false })
  enc.initialize()
  for (const b of blocks) {
    if (b.kind === 'raster') {
      if (b.bitmap.height === 0) continue
      // ImageData, not the canvas: the encoder cannot read a @napi-rs/canvas object (STYLE §16).
      enc.image(bitmapToImageData(b.bitmap), b.bitmap.width, b.bitmap.height, 'threshold', 128)
    } else if (b.kind === 'qr') {
      enc.raw(alignCmd('center'))
      enc.qrcode(b.url, { model: 2, size: Math.min(8, b.moduleDots), errorlevel: 'm' })
      enc.raw(alignCmd('left'))
    } else enc.raw(printerTextLines(b.lines, profile))
  }
  enc.raw(feedAndCutCmd(profile.cut))
  return enc.encode()
}
