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
 * "Ông/Bà" of the kiosk screens and of public service, never "bạn". A ticket taken in English keeps
 * every Vietnamese line (staff and guards read those) and adds the citizen's key facts in English, each
 * in the small `note` type right under the Vietnamese line it translates.
 */
export function ticketLines(job: TicketPrintJob): TicketLine[] {
  const en = englishNotes(job)
  const lines: TicketLine[] = []
  for (const h of job.headerLines) lines.push(text(h, 'small', { weight: 700 }))
  lines.push(text(job.officeName, 'normal', { weight: 700 }), { kind: 'rule' })
  lines.push(text('SỐ THỨ TỰ', 'small'), ...en('Your number'), text(job.number, 'huge', { weight: 800 }))
  lines.push(text(job.serviceName, 'large', { weight: 700 }), ...en(job.serviceNameEn))
  const slot = `${job.slot.start}–${job.slot.end}`
  lines.push(text(`Khung giờ ${slot}`, 'normal', { weight: 700 }), ...en(`Time slot ${slot}`))
  const day = formatDate(job.date)
  if (!job.issuedAtText.includes(day)) lines.push(text(`Ngày ${day}`, 'normal'), ...en(`Date ${day}`))
  if (job.priorityLabel)
    lines.push({ kind: 'space', dots: 6 }, text(job.priorityLabel, 'normal', { weight: 700, inverted: true }), ...en(job.priorityLabelEn))
  lines.push({ kind: 'space', dots: 6 })
  lines.push(text(`Số người đang chờ trước Ông/Bà: ${job.peopleAhead}`, 'small'), ...en(`People ahead of you: ${job.peopleAhead}`))
  lines.push(text(`Thời gian chờ dự kiến: khoảng ${job.estimatedWaitMinutes} phút`, 'small'))
  lines.push(...en(`Estimated wait: about ${job.estimatedWaitMinutes} min`))
  lines.push(text(`Lấy số lúc ${job.issuedAtText}`, 'small'), ...en(`Issued at ${job.issuedAtText}`))
  lines.push({ kind: 'space', dots: QR_MARGIN_DOTS }, { kind: 'qr', url: job.qrUrl }, { kind: 'space', dots: 12 })
  lines.push(text('Quét mã QR để theo dõi số thứ tự', 'small'), ...en('Scan the QR code to follow your number'))
  if (job.documents.length > 0) {
    lines.push({ kind: 'rule' }, text('Giấy tờ cần mang theo:', 'small', { weight: 700, align: 'left' }), ...en('Documents to bring:', 'left'))
    for (const d of job.documents) lines.push(text(`• ${d}`, 'small', { align: 'left' }))
  }
  const footer = hasThanks(job.footerLines) ? job.footerLines : [...job.footerLines, THANKS]
  lines.push({ kind: 'rule' }, ...footer.map((f) => text(f, 'small')), ...ENGLISH_FOOTER.flatMap((f) => en(f)))
  lines.push({ kind: 'space', dots: 16 })
  return lines
}

/**
 * The English footer: what the demo office's Vietnamese footer and the thanks say. Two sentences on
 * two lines, because one line of both would break on 58 mm paper.
 */
export const ENGLISH_FOOTER = ['Please wait in the hall to be called.', 'Thank you!'] as const

/** On an English ticket, a `note` line under the Vietnamese; on a Vietnamese one (or with no text), nothing. */
function englishNotes(job: TicketPrintJob): (value: string | null | undefined, align?: 'left' | 'center') => TicketLine[] {
  if (job.lang !== 'en') return () => []
  return (value, align = 'center') => (value ? [text(value, 'note', { align })] : [])
}

/** "2026-11-25" → "25/11/2026", the way Vietnamese offices write dates. */
export function formatDate(ymd: string): string {
  const [y, m, d] = ymd.split('-')
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`
}

function hasThanks(lines: string[]): boolean {
  return lines.some((l) => /cảm ơn|cám ơn/iu.test(l.normalize('NFC')))
}
