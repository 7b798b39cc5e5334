import type { PrinterState } from '@luot/server/contract'

/**
 * States in which the citizen may leave without paper. `paper_near_end` still prints (staff are told).
 * `unknown` (no answer yet, e.g. before the first print) is not shown as a fault: the ticket's own
 * `print.state` and `print:failed` still tell the citizen when printing actually fails.
 */
export function isPrinterDown(state: PrinterState | null): boolean {
  return state === 'offline' || state === 'cover_open' || state === 'paper_out'
}
