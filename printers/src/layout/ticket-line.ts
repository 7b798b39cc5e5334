import type { FontWeight } from '../raster/fonts.ts'

/**
 * Type sizes in dots for a 576-dot head; narrower heads scale them down in proportion. `note` is the
 * second language under a Vietnamese line: a little smaller and set tighter, so it reads as belonging
 * to the line above and the ticket grows as little as possible.
 */
export const TEXT_SIZES = { note: 20, small: 22, normal: 26, large: 34, huge: 168 } as const
export type TextSize = keyof typeof TEXT_SIZES

/**
 * Who draws a text line. `profile`: as the printer profile says (raster image, or TCVN-3 characters).
 * `image`: always our font as an image, whatever the profile. `printer-ascii`: always the printer's own
 * font on code page 0, so only plain ASCII. The last two exist for the test page, where a technician
 * compares the printer's own characters with our drawing of them.
 */
export type TextRender = 'profile' | 'image' | 'printer-ascii'

/** One thing on the paper, top to bottom, before it becomes raster dots or printer text. */
export type TicketLine =
  | { kind: 'text'; text: string; size: TextSize; weight: FontWeight; align: 'left' | 'center'; inverted?: boolean; render?: TextRender }
  | { kind: 'rule' }
  | { kind: 'space'; dots: number }
  | { kind: 'qr'; url: string }
  /** A scale across the full head width, drawn as dots in every text mode: checks the profile's width. */
  | { kind: 'ruler' }

export type TextLine = Extract<TicketLine, { kind: 'text' }>

export function text(
  value: string,
  size: TextSize,
  opts: { weight?: FontWeight; align?: 'left' | 'center'; inverted?: boolean; render?: TextRender } = {},
): TextLine {
  return {
    kind: 'text',
    text: value.normalize('NFC'),
    size,
    weight: opts.weight ?? 400,
    align: opts.align ?? 'center',
    inverted: opts.inverted ?? false,
    render: opts.render ?? 'profile',
  }
}
