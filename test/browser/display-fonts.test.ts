import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, CLOCK_START, launchBrowser, openPage, SHOTS, staffLogin, VIEWPORTS } from './display-helpers.ts'

// The office's screens bundle Be Vietnam Pro: on Linux the fallback is DejaVu Sans Bold, whose õ and ã
// read as ō and ā. The phone page keeps the phone's own fonts (its 100 KB budget) and fetches none.
let server: ServerProcess
let browser: Browser
const errors: string[] = []
const api = apiFor(() => server)

beforeAll(async () => {
  server = await startServer({ clockStart: CLOCK_START })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The fonts Chromium really drew an element's text with (not what CSS asked for), e.g. "Be Vietnam Pro ExtraBold". */
async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return [...new Set(fonts.map((f) => f.familyName))]
}

const onlyBeVietnamPro = (fonts: string[]) => fonts.length > 0 && fonts.every((f) => f.startsWith('Be Vietnam Pro'))

/** The element's own weight of Be Vietnam Pro is loaded for its own text (vietnamese subset included). */
const isLoaded = (page: Page, selector: string) =>
  page.evaluate(async (sel) => {
    await document.fonts.ready
    const el = document.querySelector(sel)!
    const style = getComputedStyle(el)
    const hasFaces = [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'Be Vietnam Pro' && f.status === 'loaded')
    return hasFaces && document.fonts.check(`${style.fontWeight} ${style.fontSize} "Be Vietnam Pro"`, el.textContent ?? '')
  }, selector)

describe('fonts', () => {
  it('draws the board, counter screen, console, tablet and manager in Be Vietnam Pro', async () => {
    const token = await api.login('canbo1')
    await api.issue('DATDAI')
    await api.next(token, '1')
    const screens: [string, string, { width: number; height: number }, string][] = [
      ['board', '/display/', VIEWPORTS.tv, '.board__office'],
      ['counter', '/display/counter/1', VIEWPORTS.counter, '.counter-screen__label'],
      ['tablet', '/rate/1', VIEWPORTS.tablet, '.tablet__hint'],
    ]
    for (const [name, path, viewport, selector] of screens) {
      const page = await openPage(browser, `${server.url}${path}`, viewport, errors)
      await page.locator(selector).first().waitFor()
      expect(await isLoaded(page, selector), name).toBe(true)
      expect(onlyBeVietnamPro(await drawnFonts(page, selector)), name).toBe(true)
      await page.close()
    }

    const staff = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(staff, 'canbo2')
    expect(await isLoaded(staff, '.current__none')).toBe(true)
    expect(onlyBeVietnamPro(await drawnFonts(staff, '.current__none'))).toBe(true)
    await staff.close()

    const manager = await openPage(browser, `${server.url}/manager/`, VIEWPORTS.staff, errors)
    await manager.locator('input[name=username]').fill('quanly')
    await manager.locator('input[name=password]').fill('demo')
    await manager.keyboard.press('Enter')
    await manager.getByTestId('live-services').waitFor()
    expect(await isLoaded(manager, '[data-testid=live-services] th')).toBe(true)
    expect(onlyBeVietnamPro(await drawnFonts(manager, '[data-testid=live-services] th'))).toBe(true)
    await manager.close()
  })

  it('keeps the phone page on the phone’s own fonts: no font file fetched', async () => {
    const ticket = await api.issue('HOTICH')
    const phone = await browser.newPage({ viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true })
    phone.on('pageerror', (e) => errors.push(`phone: ${e.message}`))
    const fetched: string[] = []
    phone.on('request', (r) => fetched.push(r.url()))
    await phone.goto(`${server.url}/t/${ticket.id}`)
    await phone.getByTestId('phone-number').getByText(ticket.number).waitFor()
    await phone.evaluate(() => document.fonts.ready)
    expect(fetched.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u))).toEqual([])
    expect((await drawnFonts(phone, '.phone-ticket__label')).some((f) => f.startsWith('Be Vietnam Pro'))).toBe(false)
    await phone.screenshot({ path: `${SHOTS}/display-phone-fonts.png` })
    await phone.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
