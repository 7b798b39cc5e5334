import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../fixtures/server-process.ts'
import { expectedClips } from './display-helpers.ts'

// The built display app (npm test builds first): one light entry per screen, and the voice clips.
const DIST = join(ROOT, 'display-ui/dist')
const VOICE = join(ROOT, 'display-ui/voice')
const ENTRIES = ['display', 'staff', 'rate', 'manager', 'phone']

/** What a stylesheet may fetch in turn (fonts, images): url(/ui/assets/…). */
function cssRefs(file: string): string[] {
  if (!file.endsWith('.css')) return []
  return [...readFileSync(join(DIST, file), 'utf8').matchAll(/url\(\/ui\/([^)]+)\)/g)].map((m) => m[1]!)
}

/** Every file an entry's HTML loads up front, and what its stylesheets may fetch, with gzipped sizes. */
function entryFiles(entry: string): { file: string; gz: number }[] {
  const html = readFileSync(join(DIST, `${entry}.html`), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\/ui\/([^"]+)"/g)].map((m) => m[1]!)
  const files = [...new Set([`${entry}.html`, ...refs, ...refs.flatMap(cssRefs)])]
  return files.map((file) => ({ file, gz: gzipSync(readFileSync(join(DIST, file))).length }))
}

describe('display-ui build', () => {
  it('has one HTML entry per screen, served under /ui/', () => {
    expect(existsSync(DIST), 'run `npm run build -w display-ui` first').toBe(true)
    for (const entry of ENTRIES) expect(entryFiles(entry).length).toBeGreaterThan(2)
  })

  it('keeps the phone page under 100 KB gzipped, without charts', () => {
    const files = entryFiles('phone')
    const total = files.reduce((sum, f) => sum + f.gz, 0)
    expect(total).toBeLessThan(100 * 1024)
    for (const { file } of files) {
      if (file.endsWith('.js')) expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/recharts/i)
    }
  })

  it('bundles Be Vietnam Pro (latin and vietnamese subsets only) for the office screens, not the phone', () => {
    for (const entry of ['display', 'staff', 'rate', 'manager']) {
      const fonts = entryFiles(entry).filter((f) => /\.woff2?$/.test(f.file))
      expect(fonts.length, entry).toBeGreaterThan(0)
      for (const { file } of fonts) expect(file, entry).toMatch(/be-vietnam-pro-(latin|vietnamese)-\d00-normal/)
    }
    expect(entryFiles('phone').filter((f) => /\.(woff2?|ttf|otf)$/.test(f.file))).toEqual([])
  })

  it('ships every voice clip a call needs, small', () => {
    const clips = new Set(readdirSync(VOICE).filter((f) => f.endsWith('.ogg')))
    const needed = [
      ...expectedClips('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 1),
      ...Array.from({ length: 20 }, (_, i) => `counter-${i + 1}`),
    ]
    for (const clip of needed) expect(clips.has(`${clip}.ogg`), clip).toBe(true)
    const bytes = [...clips].reduce((sum, f) => sum + statSync(join(VOICE, f)).size, 0)
    expect(bytes).toBeLessThan(1024 * 1024)
  })
})
