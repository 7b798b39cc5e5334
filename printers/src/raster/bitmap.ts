import { createCanvas } from '@napi-rs/canvas'
import type { ImageData } from '@napi-rs/canvas'

/** A 1-bit picture of paper: one byte per dot, 1 = black. Width and height are multiples of 8. */
export interface Bitmap {
  width: number
  height: number
  dots: Uint8Array
}

export function emptyBitmap(width: number, height: number): Bitmap {
  return { width, height, dots: new Uint8Array(width * height) }
}

export function roundUp8(n: number): number {
  return Math.ceil(n / 8) * 8
}

/** Thresholds anti-aliased canvas pixels at mid-grey: thermal heads have no grey, and dithering blurs small text. */
export function bitmapFromImageData(img: ImageData): Bitmap {
  const out = emptyBitmap(img.width, img.height)
  for (let i = 0; i < out.dots.length; i++) {
    const r = img.data[i * 4] ?? 255
    const g = img.data[i * 4 + 1] ?? 255
    const b = img.data[i * 4 + 2] ?? 255
    const a = img.data[i * 4 + 3] ?? 0
    const lum = (255 - a) + (a * (r * 0.299 + g * 0.587 + b * 0.114)) / 255
    out.dots[i] = lum < 128 ? 1 : 0
  }
  return out
}

/** Stacks bitmaps of the same width top to bottom. */
export function stackBitmaps(parts: Bitmap[], width: number): Bitmap {
  const height = parts.reduce((h, p) => h + p.height, 0)
  const out = emptyBitmap(width, height)
  let y = 0
  for (const p of parts) {
    if (p.width !== width) throw new Error(`bitmap width ${p.width} ≠ ${width}`)
    out.dots.set(p.dots, y * width)
    y += p.height
  }
  return out
}

/** Copies `src` into `dst` at (x, y), clipped to `dst`. */
export function blit(dst: Bitmap, src: Bitmap, x: number, y: number): void {
  for (let sy = 0; sy < src.height; sy++) {
    const dy = y + sy
    if (dy < 0 || dy >= dst.height) continue
    for (let sx = 0; sx < src.width; sx++) {
      const dx = x + sx
      if (dx < 0 || dx >= dst.width) continue
      dst.dots[dy * dst.width + dx] = src.dots[sy * src.width + sx] ?? 0
    }
  }
}

/** Pure black and white RGBA, so the encoder's threshold step keeps every dot as it is. */
export function bitmapToImageData(bm: Bitmap): ImageData {
  const canvas = createCanvas(bm.width, bm.height)
  const ctx = canvas.getContext('2d')
  const img = ctx.createImageData(bm.width, bm.height)
  for (let i = 0; i < bm.dots.length; i++) {
    const v = bm.dots[i] ? 0 : 255
    img.data[i * 4] = v
    img.data[i * 4 + 1] = v
    img.data[i * 4 + 2] = v
    img.data[i * 4 + 3] = 255
  }
  return img
}

export function bitmapToPng(bm: Bitmap): Uint8Array {
  const canvas = createCanvas(bm.width, Math.max(1, bm.height))
  canvas.getContext('2d').putImageData(bitmapToImageData(bm), 0, 0)
  return canvas.toBuffer('image/png')
}
