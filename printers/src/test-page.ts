import { text } from './layout/ticket-line.ts'
import type { TicketLine } from './layout/ticket-line.ts'
import type { LuotPrinter } from './printer/create-printer.ts'
import type { PrinterProfile } from './profiles/printer-profile.ts'

/** A pangram: every Vietnamese letter, so a missing glyph shows at once. */
export const VIETNAMESE_PANGRAM = 'Tôi yêu tiếng nước tôi từ khi mới ra đời, người ơi! Mẹ hiền ru những câu xa vời.'
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
/** Level, huyền, sắc, hỏi, ngã, nặng: combining marks, composed by NFC below. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']

/** Every tone on every vowel, small and capital, one vowel per line: 144 letters. */
export function toneRows(): string[] {
  return VOWELS.map((v) => {
    const small = TONES.map((t) => (v + t).normalize('NFC')).join(' ')
    return `${small}  ${small.toUpperCase()}`
  })
}

/** The test page: what to check by eye when a new printer is installed at a kiosk. */
export function testPageLines(profile: PrinterProfile, printerId: string, when: string): TicketLine[] {
  const lines: TicketLine[] = [
    text('TRANG IN THỬ – LƯỢT', 'normal', { weight: 800 }),
    text(`Máy in: ${printerId} · cấu hình ${profile.name}`, 'small'),
    text(`Độ rộng ${profile.widthDots} điểm · chữ ${profile.textMode === 'raster' ? 'dạng ảnh' : 'TCVN-3'} · ${when}`, 'small'),
    { kind: 'space', dots: 8 },
    { kind: 'ruler' },
    text('Hai vạch đứng ở hai đầu thước phải in đủ.', 'small'),
    { kind: 'rule' },
    text(VIETNAMESE_PANGRAM, 'normal', { align: 'left' }),
    { kind: 'rule' },
    text('Dấu thanh trên mọi nguyên âm:', 'small', { weight: 700, align: 'left' }),
    ...toneRows().map((row) => text(row, 'small', { align: 'left' })),
    text('Đ đ · ĐĂNG KÝ · Đăng ký khai sinh', 'normal', { weight: 700, align: 'left' }),
    { kind: 'rule' },
    text('A012', 'huge', { weight: 800 }),
    { kind: 'space', dots: 36 },
    { kind: 'qr', url: `LUOT-TEST ${profile.name} ${profile.widthDots}` },
    { kind: 'space', dots: 12 },
    text('Quét thử mã QR bằng điện thoại', 'small'),
    { kind: 'space', dots: 16 },
  ]
  return lines
}

/**
 * Prints the test page through the printer's own queue. `date` (YYYY-MM-DD) names the `file` printer's
 * folder, `when` is shown on the page (e.g. "09:41 25/11/2026"); both come from the caller's clock.
 */
export function printTestPage(printer: LuotPrinter, at: { date: string; when: string }): Promise<{ bytes: number; ms: number }> {
  if (!printer.profile) return Promise.reject(new Error(`printer ${printer.id} has type "none": nothing to print on`))
  return printer.printPage({ lines: testPageLines(printer.profile, printer.id, at.when), date: at.date, name: 'test-page' })
}
