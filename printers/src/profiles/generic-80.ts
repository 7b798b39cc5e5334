import type { PrinterProfile } from './printer-profile.ts'

/** Any 80 mm ESC/POS printer at 203 dpi (72 mm printable); the demo default. */
export const generic80: PrinterProfile = {
  name: 'generic-80',
  widthDots: 576,
  textMode: 'raster',
  hasNativeQr: true,
  qrModuleDots: 6,
  hasStatus: true,
  cut: 'partial',
}
