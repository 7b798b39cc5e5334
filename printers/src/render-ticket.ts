import { encodeBlocks } from './encoder/encode-blocks.ts'
import { paperBitmap, paperBlocks } from './layout/paper-blocks.ts'
import type { PaperBlock } from './layout/paper-blocks.ts'
import type { TicketLine } from './layout/ticket-line.ts'
import { ticketLines } from './layout/ticket-lines.ts'
import type { PrinterProfile } from './profiles/printer-profile.ts'
import { bitmapToPng } from './raster/bitmap.ts'
import type { TicketPrintJob } from './types.ts'

export interface RenderedTicket {
  bytes: Uint8Array
  /** PNG of the paper, drawn from the same blocks as the bytes. */
  preview: () => Uint8Array
}

/** Lays out once and gives both the bytes and the preview, so the `file` printer does not render twice. */
export function renderPage(lines: TicketLine[], profile: PrinterProfile): RenderedTicket {
  const blocks: PaperBlock[] = paperBlocks(lines, profile)
  return { bytes: encodeBlocks(blocks, profile), preview: () => bitmapToPng(paperBitmap(blocks, profile.widthDots)) }
}

/** The full ESC/POS byte stream of one ticket. */
export function renderTicket(job: TicketPrintJob, profile: PrinterProfile): Uint8Array {
  return encodeBlocks(paperBlocks(ticketLines(job), profile), profile)
}

/**
 * PNG of exactly what the paper shows: dot for dot in raster mode (native QR drawn as the printer draws
 * it). In `tcvn3` text mode the printer's own font differs from ours, so there it is an approximation.
 */
export function renderTicketPreview(job: TicketPrintJob, profile: PrinterProfile): Uint8Array {
  return bitmapToPng(paperBitmap(paperBlocks(ticketLines(job), profile), profile.widthDots))
}
