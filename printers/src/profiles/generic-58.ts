import type { PrinterProfile } from './printer-profile.ts'

/** 58 mm printers (384 dots). Cheap 58 mm clones often lack QR and status, so both stay off. */
export const generic58: PrinterProfile = {
  name: 'generic-58',
  widthDots: 384,
  textMode: 'raster',
  hasNativeQr: false,
  qrModuleDots: 4,
  hasStatus: false,
  cut: 'partial',
}
