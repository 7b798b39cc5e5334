import type { PrinterState } from '../types.ts'

/**
 * Answers to DLE EOT 1, 2 and 4 (Epson ESC/POS reference, "Transmit real-time status"). Every answer
 * byte has bit 1 and bit 4 set and bits 0 and 7 clear; a byte that breaks this is not a status answer
 * (an ASB frame, a clone's noise), and is treated like silence.
 */
export interface StatusBytes {
  printer?: number | undefined
  offlineCause?: number | undefined
  paper?: number | undefined
}

export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12
}

/** Worst condition first: what staff must fix before the next ticket can come out. */
export function decodeStatus(s: StatusBytes): PrinterState {
  const { printer, offlineCause, paper } = s
  if (printer === undefined || !isStatusByte(printer)) return 'unknown'
  const cause = offlineCause !== undefined && isStatusByte(offlineCause) ? offlineCause : undefined
  const roll = paper !== undefined && isStatusByte(paper) ? paper : undefined
  if (cause !== undefined && cause & 0x04) return 'cover_open'
  if ((roll !== undefined && (roll & 0x60) === 0x60) || (cause !== undefined && cause & 0x20)) return 'paper_out'
  if (printer & 0x08) return 'offline'
  if (roll !== undefined && (roll & 0x0c) === 0x0c) return 'paper_near_end'
  // "ok" only when the paper sensor answered too: a printer that says "online" but hides its paper
  // state could be out of paper.
  return cause !== undefined && roll !== undefined ? 'ok' : 'unknown'
}
