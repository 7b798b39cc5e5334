import type { TicketLine } from '../layout/ticket-line.ts'
import type { PrinterProfile } from '../profiles/printer-profile.ts'
import { alignCmd, boldCmd, charSizeCmd, codePageCmd, feedDotsCmd, invertCmd } from './escpos.ts'
import { ASCII_FALLBACK, encodeTcvn3 } from './tcvn3-text.ts'

type DrawLine = Exclude<TicketLine, { kind: 'qr' } | { kind: 'ruler' }>
type TextLine = Extract<DrawLine, { kind: 'text' }>
/** Font A is 12 dots wide. */
const CHAR_DOTS = 12
const SIZE: Record<string, [number, number]> = { note: [1, 1], small: [1, 1], normal: [1, 1], large: [1, 2], huge: [6, 6] }
/** PC437 on every ESC/POS printer: its lower half is ASCII, the one character set every model has. */
const PAGE_ASCII = 0

/**
 * Lines drawn by the printer in its own font: on a `tcvn3` profile every text line, through the TCVN-3
 * pages; on any profile, `printer-ascii` lines on code page 0.
 */
export function printerTextLines(lines: DrawLine[], profile: PrinterProfile): number[] {
  const { widthDots } = profile
  const table = new Map<string, [number, number] | null>()
  const out: number[] = []
  for (const line of lines) {
    if (line.kind === 'space') out.push(...feedDotsCmd(line.dots))
    // "-" is 0x2D on every page, so a rule needs no code page of its own.
    else if (line.kind === 'rule') out.push(...alignCmd('left'), ...new Array<number>(Math.floor(widthDots / CHAR_DOTS)).fill(0x2d), 0x0a)
    else {
      let [w, h] = SIZE[line.size] ?? [1, 1]
      while (w > 1 && line.text.length * CHAR_DOTS * w > widthDots) {
        w--
        h--
      }
      out.push(...alignCmd(line.align), ...boldCmd(line.weight >= 700), ...invertCmd(line.inverted ?? false))
      out.push(...charSizeCmd(w, h))
      const encode = isAscii(line, profile) ? encodeAscii : (s: string) => encodeTcvn3(s, table)
      for (const piece of wrapByCount(line.text, Math.floor(widthDots / (CHAR_DOTS * w)))) out.push(...encode(piece), 0x0a)
      out.push(...charSizeCmd(1, 1), ...invertCmd(false), ...boldCmd(false))
    }
  }
  out.push(...alignCmd('left'))
  return out
}

function isAscii(line: TextLine, profile: PrinterProfile): boolean {
  return line.render === 'printer-ascii' || profile.textMode !== 'tcvn3'
}

/** Code page 0 selected, then the text; anything outside ASCII becomes its nearest ASCII or "?". */
export function encodeAscii(value: string): number[] {
  const plain = [...value.normalize('NFC')].map((ch) => ASCII_FALLBACK[ch] ?? ch).join('')
  return [...codePageCmd(PAGE_ASCII), ...[...plain].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f))]
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
