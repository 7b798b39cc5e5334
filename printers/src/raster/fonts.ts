import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { GlobalFonts } from '@napi-rs/canvas'

/**
 * Fontsource ships Be Vietnam Pro split by unicode-range subset: basic Latin (a, á, â, ê, ô…), latin-ext
 * and "vietnamese" (ă, đ, ơ, ư, ĩ, ũ and the precomposed U+1EA0–1EF9). One face alone lacks letters, so
 * each subset is registered under its own alias and the canvas font list falls through them per glyph.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const
export const FONT_WEIGHTS = [400, 700, 800] as const
export type FontWeight = (typeof FONT_WEIGHTS)[number]

export function fontAlias(subset: (typeof FONT_SUBSETS)[number], weight: FontWeight): string {
  return `Luot BVP ${subset} ${weight}`
}

export function fontFilePath(subset: string, weight: number, ext: 'woff2' | 'woff'): string {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'))
  return join(dir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.${ext}`)
}

/**
 * Registers the bundled font once per process. The WOFF files, not WOFF2 (which @napi-rs/canvas also
 * loads): the glyph-coverage test reads their cmap with zlib alone, so it checks the very file we draw with. GlobalFonts is the canvas library's own registry, so its
 * `has` is the "already done" check and this module keeps no state of its own.
 */
export function ensureFonts(): void {
  for (const weight of FONT_WEIGHTS)
    for (const subset of FONT_SUBSETS) {
      const alias = fontAlias(subset, weight)
      if (GlobalFonts.has(alias)) continue
      const key = GlobalFonts.registerFromPath(fontFilePath(subset, weight, 'woff'), alias)
      if (!key) throw new Error(`Cannot load the ticket font ${fontFilePath(subset, weight, 'woff')}`)
    }
}

/** A CSS font shorthand that uses only the bundled faces, in subset order. */
export function fontCss(sizePx: number, weight: FontWeight): string {
  const families = FONT_SUBSETS.map((s) => `"${fontAlias(s, weight)}"`).join(', ')
  return `${sizePx}px ${families}`
}
