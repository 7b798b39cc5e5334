import type { PrinterProfile } from './printer-profile.ts'

/** Epson TM-T82 / T82II / T82III: 203 dpi, 576 dots on 80 mm paper, GS ( k QR and DLE EOT status. */
export const epsonTmT82: PrinterProfile = {
  name: 'epson-tm-t82',
  widthDots: 576,
  textMode: 'raster',
  hasNativeQr: true,
  qrModuleDots: 6,
  hasStatus: true,
  cut: 'partial',
}
