import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kioskCatalogKeys, kioskMessage } from './kiosk-helpers.ts'
import { launchBrowser } from './display-helpers.ts'
import type { Browser, Page } from 'playwright-core'
import type { OfficeView, ServiceView, SlotView, TicketView } from '@luot/server/contract'
import { decodeEscPos } from '../../printers/src/testing/escpos-decode.ts'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'

// The citizen's kiosk on the real server, in Debian's Chromium: tapping only, both orientations.
const SHOTS = '/tmp/shots'
const PORTRAIT = { width: 1080, height: 1920 }
const LANDSCAPE = { width: 1920, height: 1080 }
const TODAY = '2026-11-25'

let server: ServerProcess
let browser: Browser
const pageErrors = new Map<Page, string[]>()


const message = (key: string) => kioskMessage(key)

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer({ clockStart: '2026-11-25T09:05:00+07:00' })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}/api${path}`, init)
  return { status: res.status, body: (await res.json()) as T }
}

async function fill(serviceId: string, slot: string, count: number) {
  const issue = () =>
    api<unknown>('/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceId, slot }),
    })
  const statuses = await Promise.all(Array.from({ length: count }, async () => (await issue()).status))
  expect(statuses.every((status) => status === 201)).toBe(true)
}

async function issue(serviceId: string, slot?: string) {
  const { status } = await api<unknown>('/tickets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(slot ? { serviceId, slot } : { serviceId }),
  })
  expect(status).toBe(201)
}

/**
 * The fonts Chromium actually used to draw the text of the first match (not merely asked for), by
 * family; a face's name may carry its weight ("Be Vietnam Pro ExtraBold").
 */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return [...new Set(fonts.map((f) => (f.familyName.startsWith('Be Vietnam Pro') ? 'Be Vietnam Pro' : f.familyName)))]
}

async function openKiosk(viewport: { width: number; height: number }, query = '', isClockFake = false): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true, isMobile: false })
  // A fake clock that runs at real speed until the test jumps it forward (the idle timeout).
  if (isClockFake) await page.clock.install()
  const errors: string[] = []
  pageErrors.set(page, errors)
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/kiosk/${query}`)
  await page.locator('[data-step=service]').waitFor()
  return page
}

/** Nothing scrolls, nothing spills out of its box, nothing leaves the screen, every target is big. */
async function expectFits(page: Page, shot: string) {
  await page.screenshot({ path: join(SHOTS, `kiosk-${shot}.png`) })
  const report = await page.evaluate(() => {
    const problems: string[] = []
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`)
    }
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#root *'))) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1) problems.push(`off screen: ${describe(el)}`)
      const isBlock = getComputedStyle(el).display !== 'inline'
      if (isBlock && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 2) problems.push(`spills: ${describe(el)}`)
    }
    let smallest = Infinity
    for (const button of Array.from(document.querySelectorAll('button'))) {
      const box = button.getBoundingClientRect()
      smallest = Math.min(smallest, box.width, box.height)
    }
    return { problems, smallest }
  })
  expect(pageErrors.get(page), `${shot}: page errors`).toEqual([])
  expect(report.problems, shot).toEqual([])
  expect(report.smallest, `${shot}: smallest touch target`).toBeGreaterThanOrEqual(96)
}

async function ticketIdOnScreen(page: Page): Promise<string> {
  const url = await page.getByTestId('ticket-qr').getAttribute('data-value')
  const id = /\/t\/([^/?]+)(\?lang=en)?$/.exec(url ?? '')?.[1]
  expect(id, `QR ${url}`).toBeTruthy()
  return decodeURIComponent(id!)
}

async function waitForFile(path: string, ms = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (existsSync(path)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return existsSync(path)
}

describe('kiosk', { timeout: 60_000 }, () => {
  it('issues a ticket by tapping only, in portrait, and it reaches the printer', async () => {
    const page = await openKiosk(PORTRAIT)
    expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none')
    const isMenuBlocked = await page.evaluate(() => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })))
    expect(isMenuBlocked).toBe(true)
    await expectFits(page, 'portrait-1-service')
    await page.getByTestId('service-HOTICH').tap()
    await page.getByTestId('slot-now').waitFor()
    await expectFits(page, 'portrait-2-slot')
    const slots = (await api<SlotView[]>('/slots?serviceId=HOTICH')).body
    const chosen = slots.find((s) => s.start >= '10:00' && s.remaining > 0)!
    await page.getByTestId(`slot-${chosen.start}`).tap()
    await page.getByTestId('priority-none').waitFor()
    await expectFits(page, 'portrait-3-priority')
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor()
    await expectFits(page, 'portrait-4-ticket')

    const number = await page.getByTestId('ticket-number').textContent()
    const { status, body: ticket } = await api<TicketView>(`/tickets/${await ticketIdOnScreen(page)}`)
    expect(status).toBe(200)
    expect(ticket.number).toBe(number)
    expect(ticket.slot.start).toBe(chosen.start)
    expect(ticket.priority).toBeNull()
    expect(await page.getByTestId('ticket-slot').textContent()).toContain(chosen.start)
    expect(await waitForFile(join(server.dataDir, 'prints', TODAY, `${number}.bin`))).toBe(true)

    await page.getByTestId('done').tap()
    await page.locator('[data-step=service]').waitFor()
    await page.close()
  })

  it('issues "now" with a priority in landscape, and goes back to the start by itself', async () => {
    const page = await openKiosk(LANDSCAPE, '', true)
    await expectFits(page, 'landscape-1-service')
    await page.getByTestId('service-DATDAI').tap()
    await page.getByTestId('slot-now').waitFor()
    await expectFits(page, 'landscape-2-slot')
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-elderly').waitFor()
    await expectFits(page, 'landscape-3-priority')
    await page.getByTestId('priority-elderly').tap()
    await page.getByTestId('ticket-number').waitFor()
    await expectFits(page, 'landscape-4-ticket')

    const { body: ticket } = await api<TicketView>(`/tickets/${await ticketIdOnScreen(page)}`)
    expect(await page.getByTestId('ticket-number').textContent()).toBe(ticket.number)
    expect(ticket.priority).toBe('elderly')
    expect(ticket.serviceId).toBe('DATDAI')
    const countdown = await page.getByTestId('countdown').textContent()
    const secondsLeft = Number(/\d+/.exec(countdown ?? '')?.[0])
    expect(countdown).toBe(message('ticket.countdown').replace('{seconds}', String(secondsLeft)))
    expect(secondsLeft).toBeGreaterThan(20)
    expect(secondsLeft).toBeLessThanOrEqual(30)
    await page.clock.fastForward(31_000)
    await page.locator('[data-step=service]').waitFor()
    await page.close()
  })

  it('goes back to fresh slots with a word on why when the chosen slot filled up meanwhile (SLOT_FULL)', async () => {
    const page = await openKiosk(PORTRAIT)
    await page.getByTestId('service-KINHDOANH').tap()
    const slot = page.getByTestId('slot-10:30')
    await slot.waitFor()
    expect(await slot.isDisabled()).toBe(false)
    await slot.tap()
    await page.getByTestId('priority-none').waitFor()
    // Other citizens take every place while this one chooses a priority: the server refuses, and the
    // kiosk goes back to the slots, fresh, saying which slot filled up; no dead end.
    const { remaining } = (await api<SlotView[]>('/slots?serviceId=KINHDOANH')).body.find((s) => s.start === '10:30')!
    await fill('KINHDOANH', '10:30', remaining)
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('slot-notice').waitFor()
    expect(await page.getByTestId('slot-notice').textContent()).toBe(
      message('slot.noticeFull').replace('{slot}', '10:30 – 11:00'),
    )
    expect(await slot.isDisabled()).toBe(true)
    expect(await slot.textContent()).toContain(message('slot.full'))
    expect(await page.getByTestId('slot-now').isVisible()).toBe(true)
    await expectFits(page, 'portrait-slot-full')
    await page.setViewportSize(LANDSCAPE)
    await expectFits(page, 'landscape-slot-full')

    await page.getByTestId('slot-11:00').tap()
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor()
    expect(await page.getByTestId('ticket-slot').textContent()).toContain('11:00')
    await page.close()
  })

  it('updates the slot list while it is shown, when another kiosk fills a slot', async () => {
    const page = await openKiosk(PORTRAIT)
    await page.getByTestId('service-LDTBXH').tap()
    const slot = page.getByTestId('slot-11:00')
    await slot.waitFor()
    const { capacity, remaining } = (await api<SlotView[]>('/slots?serviceId=LDTBXH')).body.find((s) => s.start === '11:00')!
    expect(await slot.textContent()).toContain(message('slot.remaining').replace('{count}', String(remaining)))
    expect(remaining).toBe(capacity)
    await fill('LDTBXH', '11:00', 3)
    // queue:changed brings the new figure well before the periodic refresh (15 s) would.
    await expect.poll(() => slot.textContent(), { timeout: 8_000 }).toContain(
      message('slot.remaining').replace('{count}', String(remaining - 3)),
    )
    await fill('LDTBXH', '11:00', remaining - 3)
    await expect.poll(() => slot.isDisabled(), { timeout: 8_000 }).toBe(true)
    expect(await slot.textContent()).toContain(message('slot.full'))
    await page.close()
  })

  it('counts on the service cards only the people waiting now, not those booked for later', async () => {
    const page = await openKiosk(PORTRAIT)
    const card = page.getByTestId('waiting-XAYDUNG')
    expect(await card.textContent()).toBe(message('service.waitingNone'))
    // Three citizens booked the afternoon: not in the hall, not ahead of anyone taking a ticket now.
    for (let i = 0; i < 3; i += 1) await issue('XAYDUNG', '14:00')
    await issue('XAYDUNG')
    await expect.poll(() => card.textContent(), { timeout: 8_000 }).toBe(message('service.waiting').replace('{count}', '1'))
    const service = (await api<ServiceView[]>('/services')).body.find((s) => s.id === 'XAYDUNG')!
    expect(service).toMatchObject({ waiting: 4, booked: 3 })
    await page.reload()
    await page.locator('[data-step=service]').waitFor()
    expect(await card.textContent()).toBe(message('service.waiting').replace('{count}', '1'))
    await page.close()
  })

  it('gives an English ticket a QR link to the English phone page, in Be Vietnam Pro', async () => {
    const page = await openKiosk(LANDSCAPE)
    await page.getByTestId('lang-en').tap()
    await page.getByTestId('service-CHUNGTHUC').tap()
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor()
    await expectFits(page, 'landscape-en-ticket')
    const url = (await page.getByTestId('ticket-qr').getAttribute('data-value'))!
    expect(url).toMatch(/\/t\/[^/?]+\?lang=en$/)
    const { status } = await api<TicketView>(`/tickets/${await ticketIdOnScreen(page)}`)
    expect(status).toBe(200)
    // The paper ticket's QR, as the printer gets it, carries the language too.
    const number = (await page.getByTestId('ticket-number').textContent())!.trim()
    const bin = join(server.dataDir, 'prints', TODAY, `${number}.bin`)
    expect(await waitForFile(bin)).toBe(true)
    const qr = decodeEscPos(new Uint8Array(readFileSync(bin))).find((o) => o.op === 'qr-store')
    expect(qr && qr.op === 'qr-store' && qr.data).toBe(url)

    expect(await page.evaluate(() => document.fonts.check('800 100px "Be Vietnam Pro"', 'C001'))).toBe(true)
    expect(await page.getByTestId('ticket-number').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Be Vietnam Pro"/)
    // What is actually drawn: every glyph of the number, and of Vietnamese text, from Be Vietnam Pro.
    expect(await fontsDrawing(page, '[data-testid=ticket-number]')).toEqual(['Be Vietnam Pro'])
    await page.getByTestId('done').tap()
    await page.locator('[data-step=service]').waitFor()
    expect(await fontsDrawing(page, '.step-title__text')).toEqual(['Be Vietnam Pro'])
    expect(await fontsDrawing(page, '[data-testid=service-HOTICH] .service-card__name')).toEqual(['Be Vietnam Pro'])
    await page.close()

    // The phone page behind the link opens in English.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await phone.goto(url.replace(/^https?:\/\/[^/]+/, server.url))
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang), { timeout: 8_000 }).toBe('en')
    await phone.close()
  })

  it('retries a dropped answer with the same Idempotency-Key and gets one ticket only', async () => {
    const page = await openKiosk(PORTRAIT)
    const keys: string[] = []
    await page.route('**/api/tickets', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '')
      if (keys.length === 1) {
        await route.fetch() // the server issues the ticket, but the answer never reaches the kiosk
        await route.abort('connectionreset')
      } else await route.continue()
    })
    const before = (await api<ServiceView[]>('/services')).body.find((s) => s.id === 'CHUNGTHUC')!.waiting
    await page.getByTestId('service-CHUNGTHUC').tap()
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor({ timeout: 15_000 })
    expect(keys.length).toBe(2)
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(keys[1]).toBe(keys[0])
    const after = (await api<ServiceView[]>('/services')).body.find((s) => s.id === 'CHUNGTHUC')!.waiting
    expect(after).toBe(before + 1)
    await page.close()
  })

  it('shows only catalog keys and data in the xx pseudo-language', async () => {
    const page = await openKiosk(PORTRAIT, '?lang=xx')
    const office = (await api<OfficeView>('/office')).body
    const services = (await api<ServiceView[]>('/services')).body
    const keys = new Set(kioskCatalogKeys())
    const data = new Set<string>([office.name, ...services.flatMap((s) => [s.name, s.prefix, ...s.documents])])
    const strays = async () => {
      const texts = await page.evaluate(() => {
        const found: string[] = []
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim()
          if (text) found.push(text)
        }
        return found
      })
      const number = (await page.getByTestId('ticket-number').count()) ? await page.getByTestId('ticket-number').textContent() : null
      // Keys of the catalog, data from the server, and the clock (HH:MM) are all that may show.
      return texts.filter((t) => !keys.has(t) && !data.has(t) && t !== number && !/^\d{2}:\d{2}$/.test(t))
    }
    expect(await strays()).toEqual([])
    await page.getByTestId('service-HOTICH').tap()
    await page.getByTestId('slot-now').waitFor()
    expect(await strays()).toEqual([])
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').waitFor()
    expect(await strays()).toEqual([])
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor()
    await page.screenshot({ path: join(SHOTS, 'kiosk-xx-ticket.png') })
    expect(await strays()).toEqual([])
    await page.close()
  })
})
