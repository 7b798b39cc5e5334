import type { PrinterProfile } from './printer-profile.ts'

/**
 * 80 mm printers with 512 dots per line: Epson TM-T88 series (180 dpi) and models with wide margins.
 * TM-T88III/IV have no GS ( k, so the QR is raster; modules are 5 dots at 180 dpi ≈ 0.7 mm.
 */
export const narrow80: PrinterProfile = {
  name: 'narrow-80',
  widthDots: 512,
  textMode: 'raster',
  hasNativeQr: false,
  qrModuleDots: 5,
  hasStatus: true,
  cut: 'partial',
}
