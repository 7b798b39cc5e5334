import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import type { EscPosOp } from './escpos-decode.ts'

/** One line the printer draws in its own font, read back as text, with the code pages its bytes used. */
export interface PrintedLine {
  text: string
  pages: number[]
}

/** Every Vietnamese letter, small and capital: what the reverse tables need to cover. */
const LETTERS = (() => {
  const base = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
  const marks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
  const small = [...base.flatMap((v) => marks.map((m) => (v + m).normalize('NFC'))), 'đ']
  return [...small, ...small.map((c) => c.toUpperCase())]
})()
/**
 * Đ is in neither of the library's TCVN-3 tables; page 31 byte 0xAE is where Lượt sends it (see
 * encoder/tcvn3-text.ts), so that is where this reader expects it.
 */
const EPSON_EXTRA: Record<number, Record<number, string>> = { 31: { 0xae: 'Đ' } }

/**
 * Reads the printer-font text of a decoded stream the way a printer would: each byte through the code
 * page chosen by the last ESC t, lines ending at LF. The tables come from the encoder library's own
 * Epson code-page maps, not from our encoder, so a wrong page or byte shows up as a wrong letter; a
 * byte with no letter reads as U+FFFD.
 */
export function decodePrinterText(ops: EscPosOp[]): PrintedLine[] {
  const tables = new Map<number, Map<number, string>>()
  for (const codepage of ['tcvn3', 'tcvn3capitals'] as const) {
    const page = pageNumber(codepage)
    const table = new Map<number, string>(Object.entries(EPSON_EXTRA[page] ?? {}).map(([b, c]) => [Number(b), c]))
    for (const ch of LETTERS) {
      const byte = byteOf(ch, codepage)
      if (byte !== null && byte >= 0x80) table.set(byte, ch)
    }
    tables.set(page, table)
  }
  const lines: PrintedLine[] = []
  let page = 0
  let current: PrintedLine = { text: '', pages: [] }
  for (const op of ops) {
    if (op.op === 'set' && op.cmd === 'ESC t') page = op.value
    if (op.op !== 'text') continue
    for (const byte of op.bytes) {
      if (byte === 0x0d) continue
      if (byte === 0x0a) {
        lines.push(current)
        current = { text: '', pages: [] }
        continue
      }
      if (!current.pages.includes(page)) current.pages.push(page)
      current.text += byte < 0x80 ? String.fromCharCode(byte) : (tables.get(page)?.get(byte) ?? '\uFFFD')
    }
  }
  if (current.text) lines.push(current)
  return lines
}

function encodeWith(codepage: 'tcvn3' | 'tcvn3capitals', ch: string): number[] {
  return [...new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson' }).codepage(codepage).text(ch).encode()]
}

/** The n of the library's "ESC t n" for that code page. */
function pageNumber(codepage: 'tcvn3' | 'tcvn3capitals'): number {
  const bytes = encodeWith(codepage, 'A')
  const n = bytes[2]
  if (bytes[0] !== 0x1b || bytes[1] !== 0x74 || n === undefined) throw new Error(`no ESC t for ${codepage}`)
  return n
}

function byteOf(ch: string, codepage: 'tcvn3' | 'tcvn3capitals'): number | null {
  const byte = encodeWith(codepage, ch)[3]
  return byte === undefined || byte === 0x3f ? null : byte
}
