import type { PrinterProfile } from './printer-profile.ts'

/**
 * Xprinter XP-80 family and Rongta-style clones. Firmware differs between batches: some ignore GS ( k
 * without an error, which would give a ticket without its QR, so the QR is drawn into the raster image.
 */
export const xprinter80: PrinterProfile = {
  name: 'xprinter-80',
  widthDots: 576,
  textMode: 'raster',
  hasNativeQr: false,
  qrModuleDots: 6,
  hasStatus: true,
  cut: 'partial',
}
