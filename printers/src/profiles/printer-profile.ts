/**
 * What Lượt needs to know about a printer model. A new model is a new profile, never a server change.
 */
export interface PrinterProfile {
  name: string
  /** Printable width in dots: 576 (80 mm, 203 dpi), 512 (80 mm at 180 dpi or with wide margins), 384 (58 mm). */
  widthDots: number
  /**
   * `raster`: every line is drawn with the bundled font and sent as a GS v 0 image, so any printer prints
   * correct Vietnamese. `tcvn3`: text through the printer's own TCVN-3 code pages (Epson pages 30/31),
   * smaller and faster, but only for models that really have them.
   */
  textMode: 'raster' | 'tcvn3'
  /** The printer draws QR codes itself (GS ( k). Many clones ignore it silently, so only where known. */
  hasNativeQr: boolean
  /** Size of one QR module in dots; 6 dots ≈ 0.75 mm at 203 dpi, readable by phones at arm's length. */
  qrModuleDots: number
  /** The printer answers DLE EOT real-time status requests. */
  hasStatus: boolean
  cut: 'partial' | 'full'
}
