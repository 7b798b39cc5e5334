import type { PrinterProfile } from '../profiles/printer-profile.ts'
import { blit, emptyBitmap, roundUp8, stackBitmaps } from '../raster/bitmap.ts'
import type { Bitmap } from '../raster/bitmap.ts'
import { qrBitmap } from '../raster/qr-bitmap.ts'
import { renderLines } from '../raster/render-lines.ts'
import type { TicketLine } from './ticket-line.ts'

type DrawLine = Exclude<TicketLine, { kind: 'qr' }>
type TextLine = Exclude<DrawLine, { kind: 'ruler' }>

/** A run of paper that becomes one kind of ESC/POS command. */
export type PaperBlock =
  | { kind: 'raster'; bitmap: Bitmap }
  | { kind: 'qr'; url: string; moduleDots: number }
  | { kind: 'text'; lines: TextLine[] }

/**
 * Decides per profile what is drawn by us (raster) and what by the printer (native QR, TCVN-3 text);
 * a test-page line may ask for one or the other whatever the profile.
 * Adjacent raster runs are merged so the stream has as few image commands as possible.
 */
export function paperBlocks(lines: TicketLine[], profile: PrinterProfile): PaperBlock[] {
  const blocks: PaperBlock[] = []
  let run: DrawLine[] = []
  const flush = () => {
    if (run.length === 0) return
    push(blocks, { kind: 'raster', bitmap: renderLines(run, profile.widthDots) })
    run = []
  }
  for (const line of lines) {
    if (line.kind === 'ruler' || (line.kind !== 'qr' && isDrawnByUs(line, profile))) {
      run.push(line)
      continue
    }
    flush()
    if (line.kind !== 'qr') {
      const last = blocks[blocks.length - 1]
      if (last?.kind === 'text') last.lines.push(line)
      else blocks.push({ kind: 'text', lines: [line] })
      continue
    }
    if (profile.hasNativeQr) blocks.push({ kind: 'qr', url: line.url, moduleDots: profile.qrModuleDots })
    else push(blocks, { kind: 'raster', bitmap: centeredQr(line.url, profile.qrModuleDots, profile.widthDots, true) })
  }
  flush()
  return blocks
}

/** A ruler is always dots (it checks the head width); a text line may override its profile (test page). */
function isDrawnByUs(line: TextLine, profile: PrinterProfile): boolean {
  if (line.kind === 'text' && line.render === 'image') return true
  if (line.kind === 'text' && line.render === 'printer-ascii') return false
  return profile.textMode === 'raster'
}

function push(blocks: PaperBlock[], block: PaperBlock): void {
  const last = blocks[blocks.length - 1]
  if (last?.kind === 'raster' && block.kind === 'raster')
    blocks[blocks.length - 1] = { kind: 'raster', bitmap: stackBitmaps([last.bitmap, block.bitmap], last.bitmap.width) }
  else blocks.push(block)
}

/** Centred the way ESC a 1 centres a native symbol, so both look the same on paper. */
export function centeredQr(url: string, moduleDots: number, widthDots: number, pad8: boolean): Bitmap {
  const symbol = qrBitmap(url, moduleDots)
  const out = emptyBitmap(widthDots, pad8 ? roundUp8(symbol.height) : symbol.height)
  blit(out, symbol, Math.floor((widthDots - symbol.width) / 2), 0)
  return out
}

/** Exactly the paper: raster runs as sent, native QR as the printer draws it, text in our font. */
export function paperBitmap(blocks: PaperBlock[], widthDots: number): Bitmap {
  return stackBitmaps(
    blocks.map((b) =>
      b.kind === 'raster' ? b.bitmap : b.kind === 'qr' ? centeredQr(b.url, b.moduleDots, widthDots, false) : renderLines(b.lines, widthDots),
    ),
    widthDots,
  )
}
