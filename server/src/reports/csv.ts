import type { OfficeConfig } from '../config/schema.ts'
import type { DayTickets } from './summary-from-tickets.ts'
import { TICKET_HEADER, ticketRows } from './ticket-rows.ts'
import type { Cell } from './ticket-rows.ts'

/**
 * One row per ticket. UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1258 mojibake),
 * comma separators, CRLF and RFC 4180 quoting. No "sep=," line: it makes Excel ignore the BOM.
 */
export function ticketsCsv(config: OfficeConfig, days: readonly DayTickets[]): string {
  const rows: Cell[][] = [[...TICKET_HEADER], ...ticketRows(config, days)]
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value) : value
  // A leading = + - @ would run as a formula in Excel (CSV injection): prefix with '. Negative numbers stay.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
