import { text } from './layout/ticket-line.ts'
import type { TicketLine } from './layout/ticket-line.ts'
import type { LuotPrinter } from './printer/create-printer.ts'
import type { PrinterProfile } from './profiles/printer-profile.ts'

/**
 * A pangram: all 29 letters of the Vietnamese alphabet and all five tone marks in one sentence, so a
 * missing glyph shows at once.
 */
export const VIETNAMESE_PANGRAM = 'Do bạch kim rất quý nên sẽ dùng để lắp vô xương.'
export const VIETNAMESE_ALPHABET = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ')
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
/** Level, huyền, sắc, hỏi, ngã, nặng: combining marks, composed by NFC below. */
export const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
/**
 * The code-page sample: every vowel with hỏi (a mark above) and nặng (a mark below), the same in capitals,
 * which TCVN-3 keeps on a second page, and the letters whose mark is part of the letter. Each line fits
 * in 48 characters: one printed line in the printer's font on 80 mm paper.
 */
export const CODE_PAGE_SAMPLES = [
  'ả ạ ẳ ặ ẩ ậ ẻ ẹ ể ệ ỉ ị ỏ ọ ổ ộ ở ợ ủ ụ ử ự ỷ ỵ',
  'Ả Ạ Ẳ Ặ Ẩ Ậ Ẻ Ẹ Ể Ệ Ỉ Ị Ỏ Ọ Ổ Ộ Ở Ợ Ủ Ụ Ử Ự Ỷ Ỵ',
  'ă â ê ô ơ ư đ Ă Â Ê Ô Ơ Ư Đ',
]
/** Every printer's own font has these on code page 0; "?" is left out, since it means "no such letter". */
export const ASCII_SAMPLES = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789', 'abcdefghijklmnopqrstuvwxyz .,:;-+/()#']

/** Every tone on every vowel, small and capital, one vowel per line: 144 letters. */
export function toneRows(): string[] {
  return VOWELS.map((v) => {
    const small = TONES.map((t) => (v + t).normalize('NFC')).join(' ')
    return `${small}  ${small.toUpperCase()}`
  })
}

/** The test page: what to check by eye when a new printer is installed at a kiosk. */
export function testPageLines(profile: PrinterProfile, printerId: string, when: string): TicketLine[] {
  return [
    text('TRANG IN THỬ – LƯỢT', 'normal', { weight: 800 }),
    text(`Máy in: ${printerId} · cấu hình ${profile.name}`, 'small'),
    text(`Độ rộng ${profile.widthDots} điểm · chữ ${profile.textMode === 'raster' ? 'dạng ảnh' : 'TCVN-3'} · ${when}`, 'small'),
    { kind: 'space', dots: 8 },
    { kind: 'ruler' },
    text('Hai vạch đứng ở hai đầu thước phải in đủ.', 'small'),
    { kind: 'rule' },
    heading('Câu có đủ 29 chữ cái và 5 dấu thanh:'),
    text(VIETNAMESE_PANGRAM, 'normal', { align: 'left' }),
    text(VIETNAMESE_PANGRAM.toUpperCase(), 'normal', { align: 'left' }),
    { kind: 'rule' },
    heading('Dấu thanh trên mọi nguyên âm:'),
    ...toneRows().map((row) => text(row, 'small', { align: 'left' })),
    text('Đ đ · ĐĂNG KÝ · Đăng ký khai sinh', 'normal', { weight: 700, align: 'left' }),
    { kind: 'rule' },
    ...codePageLines(profile),
    { kind: 'rule' },
    text('A012', 'huge', { weight: 800 }),
    { kind: 'space', dots: 36 },
    { kind: 'qr', url: `LUOT-TEST ${profile.name} ${profile.widthDots}` },
    { kind: 'space', dots: 12 },
    text('Quét thử mã QR bằng điện thoại', 'small'),
    { kind: 'space', dots: 16 },
  ]
}

/**
 * The code-page check. In raster mode Vietnamese never goes through the printer's code pages, so the
 * page shows it drawn as an image and, apart, a line of the printer's own font on code page 0. In
 * `tcvn3` mode the samples go through the TCVN-3 pages, above our drawing of the same letters: any
 * difference between the two means this printer's pages are not Epson's.
 */
export function codePageLines(profile: PrinterProfile): TicketLine[] {
  const asImage = CODE_PAGE_SAMPLES.map((s) => text(s, 'small', { align: 'left', render: 'image' }))
  const printerFont = [
    heading('Phông chữ riêng của máy in, bảng mã 0 (ASCII):'),
    ...ASCII_SAMPLES.map((s) => text(s, 'small', { align: 'left', render: 'printer-ascii' })),
  ]
  if (profile.textMode === 'tcvn3')
    return [
      heading('Bảng mã TCVN-3 của máy in (trang 30 và 31):'),
      ...CODE_PAGE_SAMPLES.map((s) => text(s, 'small', { align: 'left' })),
      heading('Phải giống hệt các dòng in dạng ảnh sau:'),
      ...asImage,
      note('Nếu khác (sai dấu, sai chữ hoặc ra ký hiệu lạ): máy in này không có bảng mã TCVN-3 như Epson. Hãy dùng cấu hình generic-80.'),
      ...printerFont,
    ]
  return [
    heading('Bảng mã:'),
    note('Chữ tiếng Việt được in dạng ảnh, không dùng bảng mã của máy in:'),
    ...asImage,
    ...printerFont,
  ]
}

function heading(value: string): TicketLine {
  return text(value, 'small', { weight: 700, align: 'left' })
}

function note(value: string): TicketLine {
  return text(value, 'small', { align: 'left' })
}

/**
 * Prints the test page through the printer's own queue. `date` (YYYY-MM-DD) names the `file` printer's
 * folder, `when` is shown on the page (e.g. "09:41 25/11/2026"); both come from the caller's clock.
 */
export function printTestPage(printer: LuotPrinter, at: { date: string; when: string }): Promise<{ bytes: number; ms: number }> {
  if (!printer.profile) return Promise.reject(new Error(`printer ${printer.id} has type "none": nothing to print on`))
  return printer.printPage({ lines: testPageLines(printer.profile, printer.id, at.when), date: at.date, name: 'test-page' })
}
