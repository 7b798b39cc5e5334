/** Raw ESC/POS commands the encoder library does not expose in the form we need. */
export const ESC = 0x1b
export const GS = 0x1d
export const DLE = 0x10
export const EOT = 0x04

export const alignCmd = (a: 'left' | 'center'): number[] => [ESC, 0x61, a === 'center' ? 1 : 0]
export const boldCmd = (on: boolean): number[] => [ESC, 0x45, on ? 1 : 0]
export const invertCmd = (on: boolean): number[] => [GS, 0x42, on ? 1 : 0]
/** GS ! n: width multiplier in the high nibble, height in the low nibble (1–8 each). */
export const charSizeCmd = (w: number, h: number): number[] => [GS, 0x21, ((w - 1) << 4) | (h - 1)]
export const feedDotsCmd = (dots: number): number[] => [ESC, 0x4a, Math.max(0, Math.min(255, Math.round(dots)))]
export const codePageCmd = (page: number): number[] => [ESC, 0x74, page]
/**
 * GS V 65/66 n ("function B"): feed until the last line is past the cutter, then cut. Plain GS V 1
 * cuts through the footer on printers whose cutter sits above the head.
 */
export const feedAndCutCmd = (cut: 'partial' | 'full'): number[] => [GS, 0x56, cut === 'partial' ? 66 : 65, 0]
/** DLE EOT n, real-time status: 1 printer, 2 offline cause, 4 roll paper sensor. */
export const statusQueryCmd = (n: 1 | 2 | 4): number[] => [DLE, EOT, n]
