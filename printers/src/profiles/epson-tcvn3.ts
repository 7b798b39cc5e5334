import type { PrinterProfile } from './printer-profile.ts'

/**
 * Epson-compatible 80 mm printers that have the TCVN-3 code pages (30 and 31, capitals in the second).
 * Text goes as characters: far fewer bytes than raster, at the cost of the printer's own font.
 */
export const epsonTcvn3: PrinterProfile = {
  name: 'epson-tcvn3',
  widthDots: 576,
  textMode: 'tcvn3',
  hasNativeQr: true,
  qrModuleDots: 6,
  hasStatus: true,
  cut: 'partial',
}
