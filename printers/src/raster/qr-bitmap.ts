import QRCode from 'qrcode'
import { emptyBitmap } from './bitmap.ts'
import type { Bitmap } from './bitmap.ts'

/**
 * The QR symbol alone (no quiet zone), `moduleDots` dots per module, error level M as the native
 * command uses, so the raster and native tickets and the preview carry the same symbol.
 */
export function qrBitmap(url: string, moduleDots: number): Bitmap {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const side = n * moduleDots
  const out = emptyBitmap(side, side)
  for (let my = 0; my < n; my++)
    for (let mx = 0; mx < n; mx++) {
      if (!qr.modules.get(my, mx)) continue
      for (let dy = 0; dy < moduleDots; dy++)
        out.dots.fill(1, (my * moduleDots + dy) * side + mx * moduleDots, (my * moduleDots + dy) * side + (mx + 1) * moduleDots)
    }
  return out
}
