import type { TicketPrintJob } from '../types.ts'
import { text } from './ticket-line.ts'
import type { TicketLine } from './ticket-line.ts'

/** QR quiet zone: ISO 18004 asks for 4 modules; 6 modules of 6 dots leaves room for a cheap phone camera. */
export const QR_MARGIN_DOTS = 36

/**
 * The ticket always ends with thanks. Offices usually put their own in `ticketFooter` (the default
 * does); then it is not said twice.
 */
export const THANKS = 'Cảm ơn Ông/Bà!'

/**
 * The ticket from top to bottom. Wording here is what citizens read: short, and in the formal
 * "Ông/Bà" of the kiosk screens and of public service, never "bạn".
 */
export function ticketLines(job: TicketPrintJob): TicketLine[] {
  const lines: TicketLine[] = []
  for (const h of job.headerLines) lines.push(text(h, 'small', { weight: 700 }))
  lines.push(text(job.officeName, 'normal', { weight: 700 }), { kind: 'rule' })
  lines.push(text('SỐ THỨ TỰ', 'small'), text(job.number, 'huge', { weight: 800 }))
  lines.push(text(job.serviceName, 'large', { weight: 700 }))
  lines.push(text(`Khung giờ ${job.slot.start}–${job.slot.end}`, 'normal', { weight: 700 }))
  const day = formatDate(job.date)
  if (!job.issuedAtText.includes(day)) lines.push(text(`Ngày ${day}`, 'normal'))
  if (job.priorityLabel) lines.push({ kind: 'space', dots: 6 }, text(job.priorityLabel, 'normal', { weight: 700, inverted: true }))
  lines.push({ kind: 'space', dots: 6 })
  lines.push(text(`Số người đang chờ trước Ông/Bà: ${job.peopleAhead}`, 'small'))
  lines.push(text(`Thời gian chờ dự kiến: khoảng ${job.estimatedWaitMinutes} phút`, 'small'))
  lines.push(text(`Lấy số lúc ${job.issuedAtText}`, 'small'))
  lines.push({ kind: 'space', dots: QR_MARGIN_DOTS }, { kind: 'qr', url: job.qrUrl }, { kind: 'space', dots: 12 })
  lines.push(text('Quét mã QR để theo dõi số thứ tự', 'small'))
  if (job.documents.length > 0) {
    lines.push({ kind: 'rule' }, text('Giấy tờ cần mang theo:', 'small', { weight: 700, align: 'left' }))
    for (const d of job.documents) lines.push(text(`• ${d}`, 'small', { align: 'left' }))
  }
  const footer = hasThanks(job.footerLines) ? job.footerLines : [...job.footerLines, THANKS]
  lines.push({ kind: 'rule' }, ...footer.map((f) => text(f, 'small')))
  lines.push({ kind: 'space', dots: 16 })
  return lines
}

/** "2026-11-25" → "25/11/2026", the way Vietnamese offices write dates. */
export function formatDate(ymd: string): string {
  const [y, m, d] = ymd.split('-')
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`
}

function hasThanks(lines: string[]): boolean {
  return lines.some((l) => /cảm ơn|cám ơn/iu.test(l.normalize('NFC')))
}
