import { createCanvas } from '@napi-rs/canvas'
import type { SKRSContext2D } from '@napi-rs/canvas'
import { TEXT_SIZES } from '../layout/ticket-line.ts'
import type { TicketLine } from '../layout/ticket-line.ts'
import { bitmapFromImageData, emptyBitmap, roundUp8 } from './bitmap.ts'
import type { Bitmap } from './bitmap.ts'
import { ensureFonts, fontCss } from './fonts.ts'

type DrawLine = Exclude<TicketLine, { kind: 'qr' }>
interface Placed { line: DrawLine; text: string; px: number; y: number; height: number }

/**
 * Draws text, rules and spaces as one 1-bit image `widthDots` wide. Line height is 1.45 em because
 * Vietnamese stacks two marks on capitals (Ẩ, Ặ) and one below (ợ): 1.2 em clips them.
 */
export function renderLines(lines: DrawLine[], widthDots: number): Bitmap {
  if (lines.length === 0) return emptyBitmap(widthDots, 0)
  ensureFonts()
  const scale = widthDots / 576
  const margin = Math.round(8 * scale)
  const probe = createCanvas(widthDots, 8).getContext('2d')
  const placed: Placed[] = []
  let y = 0
  for (const line of lines) {
    if (line.kind === 'space') {
      y += Math.round(line.dots * scale)
      continue
    }
    if (line.kind === 'rule' || line.kind === 'ruler') {
      const height = line.kind === 'ruler' ? RULER_DOTS : Math.max(12, Math.round(16 * scale))
      placed.push({ line, text: '', px: 0, y, height })
      y += height
      continue
    }
    // 18 dots ≈ 2.2 mm at 203 dpi: below that, tone marks on 58 mm paper merge into the letters.
    let px = Math.max(18, Math.round(TEXT_SIZES[line.size] * scale))
    probe.font = fontCss(px, line.weight)
    if (line.size === 'huge') px = fitHuge(probe, line.text, px, widthDots - 2 * margin, line.weight)
    probe.font = fontCss(px, line.weight)
    const height = Math.round(px * (line.size === 'huge' ? 1.15 : 1.45))
    for (const piece of wrap(probe, line.text, widthDots - 2 * margin)) {
      placed.push({ line, text: piece, px, y, height })
      y += height
    }
  }
  const canvas = createCanvas(widthDots, roundUp8(Math.max(8, y)))
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  for (const p of placed) draw(ctx, p, widthDots, margin)
  return bitmapFromImageData(ctx.getImageData(0, 0, canvas.width, canvas.height))
}

function draw(ctx: SKRSContext2D, p: Placed, width: number, margin: number): void {
  const { line } = p
  if (line.kind === 'ruler') return drawRuler(ctx, p.y, width)
  if (line.kind === 'rule') {
    ctx.fillStyle = '#000'
    ctx.fillRect(margin, p.y + Math.floor(p.height / 2) - 1, width - 2 * margin, 2)
    return
  }
  if (line.kind !== 'text') return
  ctx.font = fontCss(p.px, line.weight)
  ctx.textBaseline = 'alphabetic'
  const w = ctx.measureText(p.text).width
  const x = line.align === 'center' ? Math.round((width - w) / 2) : margin
  // Huge digits have no marks above, so they sit higher in their box than lines with Vietnamese capitals.
  const baseline = p.y + Math.round(p.px * (line.size === 'huge' ? 0.95 : 1.08))
  if (line.inverted) {
    ctx.fillStyle = '#000'
    ctx.fillRect(Math.max(0, x - p.px / 2), p.y + 2, Math.min(width, w + p.px), p.height - 4)
  }
  ctx.fillStyle = line.inverted ? '#fff' : '#000'
  ctx.fillText(p.text, x, baseline)
}

const RULER_DOTS = 40

/** Ticks every 8 dots, long ones every 64, full-height bars at the first and last dot: a missing right bar means the profile is too wide. */
function drawRuler(ctx: SKRSContext2D, y: number, width: number): void {
  ctx.fillStyle = '#000'
  ctx.fillRect(0, y + RULER_DOTS - 4, width, 2)
  for (let x = 0; x < width; x += 8) {
    const h = x % 64 === 0 ? 24 : 10
    ctx.fillRect(x, y + RULER_DOTS - 4 - h, 1, h)
  }
  ctx.fillRect(0, y, 2, RULER_DOTS - 2)
  ctx.fillRect(width - 2, y, 2, RULER_DOTS - 2)
}

function fitHuge(ctx: SKRSContext2D, value: string, px: number, maxWidth: number, weight: 400 | 700 | 800): number {
  ctx.font = fontCss(px, weight)
  const w = ctx.measureText(value).width
  return w <= maxWidth ? px : Math.floor((px * maxWidth) / w)
}

/** Greedy word wrap; a single word wider than the line is cut by characters rather than overflowing. */
export function wrap(ctx: SKRSContext2D, value: string, maxWidth: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (ctx.measureText(candidate).width <= maxWidth) {
      current = candidate
      continue
    }
    if (current) out.push(current)
    current = ''
    let rest = word
    while (ctx.measureText(rest).width > maxWidth) {
      let n = rest.length - 1
      while (n > 1 && ctx.measureText(rest.slice(0, n)).width > maxWidth) n--
      out.push(rest.slice(0, n))
      rest = rest.slice(n)
    }
    current = rest
  }
  if (current || out.length === 0) out.push(current)
  return out
}
