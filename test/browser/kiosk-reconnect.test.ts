import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kioskMessage } from './kiosk-helpers.ts'
import { launchBrowser } from './display-helpers.ts'
import type { Browser, Page } from 'playwright-core'
import type { ServiceView, TicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'

// The server goes away (a restart, a power cut of the office machine) while a citizen is at the kiosk:
// the kiosk says so and takes no ticket tap meanwhile (nothing may be issued behind the citizen's back),
// and once the server is back on the same port and data folder the banner goes by itself and the kiosk
// works as before, live updates included.
const SHOTS = '/tmp/shots'
const PORTRAIT = { width: 1080, height: 1920 }
const CLOCK_START = '2026-11-25T09:05:00+07:00'

const message = (key: string, params: Record<string, string | number> = {}) => kioskMessage(key, params)

let server: ServerProcess
let browser: Browser
const errors: string[] = []

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer({ clockStart: CLOCK_START })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** People waiting for that service now (not those booked for a later slot), as the server counts them. */
async function waiting(serviceId: string): Promise<number> {
  const services = (await (await fetch(`${server.url}/api/services`)).json()) as ServiceView[]
  const service = services.find((s) => s.id === serviceId)!
  return service.waiting - service.booked
}

/** Everybody holding a number today, across all services, as the server counts them. */
async function totalWaiting(): Promise<number> {
  const services = (await (await fetch(`${server.url}/api/services`)).json()) as ServiceView[]
  return services.reduce((sum, service) => sum + service.waiting, 0)
}

async function ticketOnScreen(page: Page): Promise<TicketView> {
  const id = /\/t\/([^/?]+)/.exec((await page.getByTestId('ticket-qr').getAttribute('data-value')) ?? '')?.[1]
  const res = await fetch(`${server.url}/api/tickets/${id}`)
  expect(res.status).toBe(200)
  return (await res.json()) as TicketView
}

/** The page neither scrolls nor pushes anything off screen with the banner on top. */
async function expectNoScroll(page: Page, shot: string) {
  await page.screenshot({ path: join(SHOTS, `kiosk-${shot}.png`) })
  const problems = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    const found = root.scrollHeight > innerHeight || root.scrollWidth > innerWidth ? ['page scrolls'] : []
    for (const e of Array.from(document.querySelectorAll('#root *'))) {
      const r = e.getBoundingClientRect()
      if ((r.width > 0 || r.height > 0) && (r.bottom > innerHeight + 1 || r.right > innerWidth + 1)) {
        found.push(`off screen: ${e.className} "${e.textContent?.slice(0, 40)}"`)
      }
    }
    return found
  })
  expect(problems, shot).toEqual([])
}

describe('kiosk reconnect', () => {
  it('shows the banner while the server is down, takes no ticket tap, and works again when it is back', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: PORTRAIT, hasTouch: true, isMobile: false })
    page.setDefaultTimeout(10_000)
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}/kiosk/`)
    await page.locator('[data-step=service]').waitFor()
    const banner = page.getByTestId('offline')
    expect(await banner.count()).toBe(0)
    let ticketRequests = 0
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/tickets') ticketRequests += 1
    })
    const totalAtStart = await totalWaiting()

    // A first citizen, before the outage.
    await page.getByTestId('service-DATDAI').tap()
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').tap()
    const first = (await page.getByTestId('ticket-number').textContent()) ?? ''
    await page.getByTestId('done').tap()

    // The next one is choosing a priority when the server stops.
    await page.getByTestId('service-HOTICH').tap()
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').waitFor()
    const waitingBefore = await waiting('HOTICH')
    const { port, dataDir } = server
    ticketRequests = 0
    expect(await server.stop()).toBe(0)
    await banner.waitFor({ timeout: 8_000 })
    expect(await banner.textContent()).toBe(message('connection.lost'))
    await expectNoScroll(page, 'portrait-offline-priority')

    // Tapping now cannot get a number: the buttons are dimmed, the kiosk says why, and no issue
    // request starts (one sent now could only reach the server later, after the citizen has left).
    const notice = page.getByTestId('offline-notice')
    expect(await notice.textContent()).toBe(message('connection.noIssue'))
    const priorityButtons = page.locator('[data-testid^=priority-]')
    expect(await priorityButtons.count()).toBeGreaterThan(1)
    for (const button of await priorityButtons.all()) expect(await button.isDisabled()).toBe(true)
    await page.getByTestId('priority-none').tap({ force: true })
    await page.getByTestId('priority-elderly').tap({ force: true })
    await page.waitForTimeout(1500)
    expect(await page.locator('[data-step=priority]').count()).toBe(1)
    expect(ticketRequests).toBe(0)

    // Back on the same port and data folder: the banner and the notice go by themselves, and one tap
    // gets exactly one number.
    server = await startServer({ port, dataDir, clockStart: CLOCK_START })
    await banner.waitFor({ state: 'detached', timeout: 15_000 })
    await notice.waitFor({ state: 'detached' })
    expect(await page.getByTestId('priority-none').isEnabled()).toBe(true)
    expect(ticketRequests).toBe(0)
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor({ timeout: 15_000 })
    const ticket = await ticketOnScreen(page)
    expect(await page.getByTestId('ticket-number').textContent()).toBe(ticket.number)
    expect(ticket.serviceId).toBe('HOTICH')
    expect(ticket.number).not.toBe(first)
    expect(ticketRequests).toBe(1)
    // No hidden ticket: the server holds exactly the two numbers the kiosk showed.
    expect(await waiting('HOTICH')).toBe(waitingBefore + 1)
    expect(await totalWaiting()).toBe(totalAtStart + 2)

    // A request lost on the way while the connection is up ends within a bounded time on the NETWORK
    // error, whose "Try again" then gets the number (one ticket, with the same Idempotency-Key).
    await page.getByTestId('done').tap()
    await page.getByTestId('service-HOTICH').tap()
    await page.getByTestId('slot-now').tap()
    await page.route('**/api/tickets', (route) => route.abort())
    const sentAt = Date.now()
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('error').waitFor({ timeout: 15_000 })
    expect(Date.now() - sentAt).toBeLessThan(15_000)
    expect(await page.getByTestId('error-message').textContent()).toBe(message('errors.NETWORK'))
    await page.unroute('**/api/tickets')
    await page.getByTestId('error-retry').tap()
    await page.getByTestId('ticket-number').waitFor({ timeout: 15_000 })
    expect((await ticketOnScreen(page)).serviceId).toBe('HOTICH')
    expect(await totalWaiting()).toBe(totalAtStart + 3)

    // The socket is really back: what happens elsewhere reaches the start screen without a reload.
    await page.getByTestId('done').tap()
    await page.locator('[data-step=service]').waitFor()
    const card = page.getByTestId('waiting-XAYDUNG')
    const before = await waiting('XAYDUNG')
    expect(await card.textContent()).toBe(before === 0 ? message('service.waitingNone') : message('service.waiting', { count: before }))
    const res = await fetch(`${server.url}/api/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceId: 'XAYDUNG' }),
    })
    expect(res.status).toBe(201)
    await expect.poll(() => card.textContent(), { timeout: 8_000 }).toBe(message('service.waiting', { count: before + 1 }))
    expect(await banner.count()).toBe(0)
    await page.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
