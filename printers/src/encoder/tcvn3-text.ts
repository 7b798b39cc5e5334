import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import type { TicketLine } from '../layout/ticket-line.ts'
import { alignCmd, boldCmd, charSizeCmd, codePageCmd, feedDotsCmd, invertCmd } from './escpos.ts'

type DrawLine = Exclude<TicketLine, { kind: 'qr' } | { kind: 'ruler' }>
const PAGE_LOWER = 30
const PAGE_CAPITALS = 31
/** Font A is 12 dots wide. */
const CHAR_DOTS = 12
/**
 * The encoder's TCVN-3 tables have no Đ. Epson's capitals page keeps each capital at its small letter's
 * code (Ơ at ơ's 0xAC, Ư at 0xAD), so Đ goes at đ's 0xAE. Not yet checked on a real printer.
 */
const EXTRA: Record<string, [number, number]> = { Đ: [PAGE_CAPITALS, 0xae] }
/** Typography the raster font has but TCVN-3 lacks: the nearest ASCII, so no "?" lands on a ticket. */
const ASCII_FALLBACK: Record<string, string> = { '–': '-', '—': '-', '·': '-', '•': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...' }
const SIZE: Record<string, [number, number]> = { small: [1, 1], normal: [1, 1], large: [1, 2], huge: [6, 6] }

/** Text lines as ESC/POS characters on Epson's TCVN-3 code pages, switching pages per character. */
export function tcvn3Lines(lines: DrawLine[], widthDots: number): number[] {
  const table = new Map<string, [number, number] | null>()
  const out: number[] = []
  for (const line of lines) {
    if (line.kind === 'space') out.push(...feedDotsCmd(line.dots))
    else if (line.kind === 'rule') out.push(...alignCmd('left'), ...ascii('-'.repeat(Math.floor(widthDots / CHAR_DOTS))), 0x0a)
    else {
      let [w, h] = SIZE[line.size] ?? [1, 1]
      while (w > 1 && line.text.length * CHAR_DOTS * w > widthDots) {
        w--
        h--
      }
      out.push(...alignCmd(line.align), ...boldCmd(line.weight >= 700), ...invertCmd(line.inverted ?? false))
      out.push(...charSizeCmd(w, h))
      for (const piece of wrapByCount(line.text, Math.floor(widthDots / (CHAR_DOTS * w)))) out.push(...encodeTcvn3(piece, table), 0x0a)
      out.push(...charSizeCmd(1, 1), ...invertCmd(false), ...boldCmd(false))
    }
  }
  out.push(...alignCmd('left'))
  return out
}

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

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0) & 0x7f)
}

function wrapByCount(value: string, max: number): string[] {
  const out: string[] = []
  let cur = ''
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const cand = cur ? `${cur} ${word}` : word
    if ([...cand].length <= max) cur = cand
    else {
      if (cur) out.push(cur)
      cur = word
    }
  }
  if (cur || out.length === 0) out.push(cur)
  return out
}
