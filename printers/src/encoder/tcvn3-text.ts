import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { codePageCmd } from './escpos.ts'

const PAGE_LOWER = 30
const PAGE_CAPITALS = 31
/**
 * The encoder's TCVN-3 tables have no Đ. Epson's capitals page keeps each capital at its small letter's
 * code (Ơ at ơ's 0xAC, Ư at 0xAD), so Đ goes at đ's 0xAE. Not yet checked on a real printer: the test
 * page prints Đ in this code page above our drawing of it, so a technician can see whether it is right.
 */
const EXTRA: Record<string, [number, number]> = { Đ: [PAGE_CAPITALS, 0xae] }
/** Typography the raster font has but code pages lack: the nearest ASCII, so no "?" lands on a ticket. */
export const ASCII_FALLBACK: Record<string, string> = { '–': '-', '—': '-', '·': '-', '•': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...' }

/** Text as bytes on Epson's TCVN-3 code pages, switching between page 30 and 31 per character. */
export function encodeTcvn3(value: string, table = new Map<string, [number, number] | null>()): number[] {
  const out: number[] = []
  let page = -1
  const plain = [...value.normalize('NFC')].map((ch) => ASCII_FALLBACK[ch] ?? ch).join('')
  for (const ch of plain) {
    const code = lookup(ch, table)
    const [p, byte] = code ?? [page === -1 ? PAGE_LOWER : page, 0x3f]
    if (p !== page) out.push(...codePageCmd(p))
    page = p
    out.push(byte)
  }
  return out
}

function lookup(ch: string, table: Map<string, [number, number] | null>): [number, number] | null {
  const cached = table.get(ch)
  if (cached !== undefined) return cached
  const code = EXTRA[ch] ?? encodeOn(ch, 'tcvn3', PAGE_LOWER) ?? encodeOn(ch, 'tcvn3capitals', PAGE_CAPITALS)
  table.set(ch, code)
  return code
}

function encodeOn(ch: string, codepage: 'tcvn3' | 'tcvn3capitals', page: number): [number, number] | null {
  const bytes = [...new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson' }).codepage(codepage).text(ch).encode()]
  // The encoder answers "ESC t n <byte> LF CR" (it ends the line itself); a character outside the page is "?".
  while (bytes.length > 0 && (bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d)) bytes.pop()
  const byte = bytes[bytes.length - 1]
  if (bytes.length !== 4 || byte === undefined || (byte === 0x3f && ch !== '?')) return null
  return [page, byte]
}
