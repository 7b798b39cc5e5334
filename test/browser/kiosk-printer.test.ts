import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kioskMessage } from './kiosk-helpers.ts'
import { launchBrowser } from './display-helpers.ts'
import type { Browser, Page } from 'playwright-core'
import type { HealthView, TicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { writeOfficeConfig } from '../fixtures/office-config.ts'

// A kiosk whose printer is broken for real: a network printer on a port where nothing listens. The
// ticket stands, and the citizen is told to remember the number shown on screen, with its QR.
// The office's second kiosk keeps its working (file) printer and must not cry wolf.
const SHOTS = '/tmp/shots'
const PORTRAIT = { width: 1080, height: 1920 }
const LANDSCAPE = { width: 1920, height: 1080 }
const TODAY = '2026-11-25'


const message = (key: string, lang: 'vi' | 'en' = 'vi') => kioskMessage(key, {}, lang)

let server: ServerProcess
let browser: Browser
const pageErrors = new Map<Page, string[]>()

/** A TCP port on this machine where nothing listens: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok))
  const address = probe.address()
  await new Promise<void>((ok) => probe.close(() => ok()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** The demo office, with the first kiosk's printer on the LAN at a port where no printer answers. */
async function brokenPrinterConfig(): Promise<string> {
  const port = await closedPort()
  return writeOfficeConfig((config) => {
    const [first, second] = config.kiosks
    expect(first?.id).toBe('kiosk-1')
    expect(second?.printer.type).toBe('file')
    first!.printer = { type: 'network', host: '127.0.0.1', port, connectTimeoutMs: 1000, maxAttempts: 1 }
  })
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer({ clockStart: '2026-11-25T09:05:00+07:00', env: { LUOT_CONFIG: await brokenPrinterConfig() } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function openKiosk(viewport: { width: number; height: number }, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true, isMobile: false })
  const errors: string[] = []
  pageErrors.set(page, errors)
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/kiosk/${query}`)
  await page.locator('[data-step=service]').waitFor()
  await page.evaluate(() => document.fonts.ready)
  return page
}

async function takeTicket(page: Page, serviceId: string, priority = 'none') {
  await page.getByTestId(`service-${serviceId}`).tap()
  await page.getByTestId('slot-now').tap()
  await page.getByTestId(`priority-${priority}`).tap()
  await page.getByTestId('ticket-number').waitFor()
}

/** The ticket of the screen, from the server, by the id in the QR the citizen can scan. */
async function ticketOnScreen(page: Page): Promise<{ url: string; ticket: TicketView }> {
  const url = (await page.getByTestId('ticket-qr').getAttribute('data-value')) ?? ''
  const id = /\/t\/([^/?]+)/.exec(url)?.[1]
  expect(id, `QR ${url}`).toBeTruthy()
  const res = await fetch(`${server.url}/api/tickets/${id}`)
  expect(res.status).toBe(200)
  return { url, ticket: (await res.json()) as TicketView }
}

/** Number and QR on screen, the number inside its box, and the screen neither scrolls nor spills. */
async function expectTicketShown(page: Page, shot: string) {
  await page.screenshot({ path: join(SHOTS, `kiosk-${shot}.png`) })
  expect(await page.getByTestId('ticket-number').isVisible()).toBe(true)
  expect(await page.getByTestId('ticket-qr').isVisible()).toBe(true)
  const report = await page.evaluate(() => {
    const number = document.querySelector<HTMLElement>('[data-testid=ticket-number]')!
    const qr = document.querySelector('[data-testid=ticket-qr]')!.getBoundingClientRect()
    const root = document.scrollingElement ?? document.documentElement
    const problems: string[] = []
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) problems.push('page scrolls')
    if (number.scrollWidth > number.clientWidth) problems.push('number overflows its box')
    if (qr.width < 200 || qr.bottom > innerHeight || qr.right > innerWidth) problems.push(`QR ${qr.width} px or off screen`)
    const describe = (e: Element) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.slice(0, 40)}"`
    for (const e of Array.from(document.querySelectorAll<HTMLElement>('#root *'))) {
      const r = e.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (r.bottom > innerHeight + 1 || r.right > innerWidth + 1) problems.push(`off screen: ${describe(e)}`)
      if (getComputedStyle(e).display !== 'inline' && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 2) {
        problems.push(`spills: ${describe(e)}`)
      }
    }
    return problems
  })
  expect(pageErrors.get(page), `${shot}: page errors`).toEqual([])
  expect(report, shot).toEqual([])
}

describe('kiosk with a broken printer', { timeout: 90_000 }, () => {
  it('says so on the ticket screen, keeps the number and its QR, and warns the next citizen', async () => {
    const page = await openKiosk(PORTRAIT)
    expect(await page.getByTestId('print-failed').count()).toBe(0)
    await takeTicket(page, 'DATDAI')
    // The answer comes before the printer is tried: the failure reaches the kiosk over its socket.
    const banner = page.getByTestId('print-failed')
    await banner.waitFor({ timeout: 15_000 })
    expect(await banner.textContent()).toBe(message('printer.failed'))
    const { url, ticket } = await ticketOnScreen(page)
    expect(await page.getByTestId('ticket-number').textContent()).toBe(ticket.number)
    expect(url).toMatch(/\/t\/[^/?]+$/)
    expect(ticket.status).toBe('waiting')
    await expectTicketShown(page, 'portrait-ticket-print-failed')
    // The printer is known to be down, not merely silent.
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as HealthView
    expect(health.printers.find((p) => p.id === 'kiosk-1')?.state).not.toBe('ok')

    // The message stays until the citizen leaves: it does not go away with the next update.
    await page.setViewportSize(LANDSCAPE)
    expect(await banner.textContent()).toBe(message('printer.failed'))
    await expectTicketShown(page, 'landscape-ticket-print-failed')

    await page.getByTestId('done').tap()
    await page.locator('[data-step=service]').waitFor()
    const notice = page.getByTestId('printer-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toBe(message('printer.notice'))
    await page.close()
  })

  it('tells an English-speaking citizen in English, on a ticket with a priority, in landscape', async () => {
    const page = await openKiosk(LANDSCAPE)
    await page.getByTestId('lang-en').tap()
    await takeTicket(page, 'LDTBXH', 'elderly')
    const banner = page.getByTestId('print-failed')
    await banner.waitFor({ timeout: 15_000 })
    expect(await banner.textContent()).toBe(message('printer.failed', 'en'))
    const { url, ticket } = await ticketOnScreen(page)
    expect(await page.getByTestId('ticket-number').textContent()).toBe(ticket.number)
    expect(url).toMatch(/\?lang=en$/)
    expect(await page.getByTestId('ticket-priority').isVisible()).toBe(true)
    await expectTicketShown(page, 'landscape-ticket-print-failed-en')
    await page.setViewportSize(PORTRAIT)
    await expectTicketShown(page, 'portrait-ticket-print-failed-en')
    await page.close()
  })

  it('says nothing about it at the other kiosk, whose printer works', async () => {
    const page = await openKiosk(PORTRAIT, '?kiosk=kiosk-2')
    await takeTicket(page, 'CHUNGTHUC')
    const number = (await page.getByTestId('ticket-number').textContent()) ?? ''
    const bin = join(server.dataDir, 'prints', TODAY, `${number}.bin`)
    await expect.poll(() => existsSync(bin), { timeout: 10_000 }).toBe(true)
    expect(await page.getByTestId('print-failed').count()).toBe(0)
    await page.getByTestId('done').tap()
    await page.locator('[data-step=service]').waitFor()
    expect(await page.getByTestId('printer-notice').count()).toBe(0)
    await page.close()
  })
})
