import { createCanvas } from '@napi-rs/canvas'
import type { SKRSContext2D } from '@napi-rs/canvas'
import { TEXT_SIZES } from '../layout/ticket-line.ts'
import type { TicketLine } from '../layout/ticket-line.ts'
import { bitmapFromImageData, emptyBitmap, roundUp8 } from './bitmap.ts'
import type { Bitmap } from './bitmap.ts'
import { ensureFonts, fontCss } from './fonts.ts'

type DrawLine = Exclude<TicketLine, { kind: 'qr' }>
interface Placed { line: DrawLine; text: string; px: number; y: number; height: number; baseline: number }

/**
 * Draws text, rules and spaces as one 1-bit image `widthDots` wide. Line height is 1.45 em because
 * Vietnamese puts marks above and below (ợ, Ỵ): 1.2 em clips them. Capitals with two stacked marks
 * (Ẩ, Ẳ, Ễ) rise even higher, up to 1.24 em in this font: a line holding one grows to fit its ink,
 * so the mark is neither cut off at the top of the image nor lost outside an inverted bar.
 */
export function renderLines(lines: DrawLine[], widthDots: number): Bitmap {
  if (lines.length === 0) return emptyBitmap(widthDots, 0)
  ensureFonts()
  const scale = widthDots / 576
  const margin = marginOf(widthDots)
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
      placed.push({ line, text: '', px: 0, y, height, baseline: 0 })
      y += height
      continue
    }
    const { px, pieces } = layoutText(probe, line, widthDots)
    const [baselineEm, heightEm] = LINE_BOX_EM[line.size] ?? VIETNAMESE_BOX_EM
    const usual = { baseline: Math.round(px * baselineEm), height: Math.round(px * heightEm) }
    for (const piece of pieces) {
      const box = fitInk(probe.measureText(piece), usual, line.inverted ?? false)
      placed.push({ line, text: piece, px, y, ...box })
      y += box.height
    }
  }
  const canvas = createCanvas(widthDots, roundUp8(Math.max(8, y)))
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  for (const p of placed) draw(ctx, p, widthDots, margin)
  return bitmapFromImageData(ctx.getImageData(0, 0, canvas.width, canvas.height))
}

type TextLine = Extract<DrawLine, { kind: 'text' }>

/** Baseline and line height in em: room for Vietnamese marks above and below (ợ, Ỵ). */
const VIETNAMESE_BOX_EM: [number, number] = [1.08, 1.45]
/**
 * Huge digits have no marks above, so they sit higher in their box than lines with Vietnamese capitals.
 * A `note` (the English under a Vietnamese line) has none either: set tight, it stays with its line.
 * Either way `fitInk` still grows a line whose ink needs more, so nothing is ever clipped.
 */
const LINE_BOX_EM: Partial<Record<TextLine['size'], [number, number]>> = { huge: [0.95, 1.15], note: [0.88, 1.2] }

/** 8 dots (1 mm) each side on an 80 mm head, in proportion on others. */
const marginOf = (widthDots: number) => Math.round(8 * (widthDots / 576))

/** How a text line breaks on a head `widthDots` wide: one string per line on paper. */
export function wrapLine(line: TextLine, widthDots: number): string[] {
  ensureFonts()
  return layoutText(createCanvas(widthDots, 8).getContext('2d'), line, widthDots).pieces
}

/** Leaves `probe` set to the line's font, so the caller measures with it. */
function layoutText(probe: SKRSContext2D, line: TextLine, widthDots: number): { px: number; pieces: string[] } {
  const inner = widthDots - 2 * marginOf(widthDots)
  // 18 dots ≈ 2.2 mm at 203 dpi: below that, tone marks on 58 mm paper merge into the letters.
  let px = Math.max(18, Math.round(TEXT_SIZES[line.size] * (widthDots / 576)))
  probe.font = fontCss(px, line.weight)
  if (line.size === 'huge') px = fitHuge(probe, line.text, px, inner, line.weight)
  probe.font = fontCss(px, line.weight)
  return { px, pieces: wrap(probe, line.text, inner) }
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
  const baseline = p.y + p.baseline
  if (line.inverted) {
    ctx.fillStyle = '#000'
    ctx.fillRect(Math.max(0, x - p.px / 2), p.y + BAR_INSET, Math.min(width, w + p.px), p.height - 2 * BAR_INSET)
  }
  ctx.fillStyle = line.inverted ? '#fff' : '#000'
  ctx.fillText(p.text, x, baseline)
}

const RULER_DOTS = 40
/** Blank dots kept between a line's ink and the edge of its box, so neighbouring lines never touch. */
const INK_GAP = 1
/** An inverted bar is drawn this far inside its box, and keeps this much black around its white letters. */
const BAR_INSET = 2
const BAR_PADDING = 2

/** The usual baseline and height, made larger only where this line's ink would reach past them. */
function fitInk(m: TextMetrics, usual: { baseline: number; height: number }, inverted: boolean): { baseline: number; height: number } {
  // A white mark that meets the bar's edge reads as a notch in the bar, not as a mark.
  const gap = inverted ? BAR_INSET + BAR_PADDING : INK_GAP
  const baseline = Math.max(usual.baseline, Math.ceil(m.actualBoundingBoxAscent) + gap)
  return { baseline, height: Math.max(usual.height, baseline + Math.ceil(m.actualBoundingBoxDescent) + gap) }
}

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
