import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT } from '../fixtures/server-process.ts'

type Catalog = { [key: string]: string | Catalog }
const catalogs = {
  vi: JSON.parse(readFileSync(join(ROOT, 'kiosk-ui/src/i18n/vi.json'), 'utf8')) as Catalog,
  en: JSON.parse(readFileSync(join(ROOT, 'kiosk-ui/src/i18n/en.json'), 'utf8')) as Catalog,
}

/** A kiosk catalog message with its {placeholders} filled, as the kiosk shows it. */
export function kioskMessage(key: string, params: Record<string, string | number> = {}, lang: 'vi' | 'en' = 'vi'): string {
  let node: string | Catalog = catalogs[lang]
  for (const part of key.split('.')) node = typeof node === 'string' ? node : node[part]!
  if (typeof node !== 'string') throw new Error(`no message ${key}`)
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

/** A touch page on the kiosk at `url`, its page errors collected in `errors`, fonts loaded, on the first step. */
export async function openKioskPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  errors: Map<Page, string[]>,
): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true, isMobile: false })
  const mine: string[] = []
  errors.set(page, mine)
  page.on('pageerror', (error) => mine.push(error.message))
  await page.goto(url)
  await page.locator('[data-step=service]').waitFor()
  await page.evaluate(() => document.fonts.ready)
  return page
}

/** Every message key of the kiosk's catalog ("ticket.title", …): what the xx pseudo-language shows. */
export function kioskCatalogKeys(lang: 'vi' | 'en' = 'vi'): string[] {
  const keysOf = (catalog: Catalog, prefix: string): string[] =>
    Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)))
  return keysOf(catalogs[lang], '')
}
