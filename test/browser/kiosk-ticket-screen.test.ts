import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kioskMessage, openKioskPage } from './kiosk-helpers.ts'
import { launchBrowser } from './display-helpers.ts'
import type { Browser, Page } from 'playwright-core'
import type { TicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { readDemoOffice, writeOfficeConfig } from '../fixtures/office-config.ts'

// The ticket screen, the one a citizen photographs or copies the number from: the number always fits
// its box, however wide its letters and digits, in both orientations; the documents to bring are the
// office's own. Served from a copy of the demo office whose prefixes are the widest letters there are.
const SHOTS = '/tmp/shots'
const PORTRAIT = { width: 1080, height: 1920 }
const LANDSCAPE = { width: 1920, height: 1080 }
// "W" is the widest capital of Be Vietnam Pro, and a prefix may have two letters (config schema).
const WIDE_PREFIXES: Record<string, string> = { DATDAI: 'W', HOTICH: 'WW' }

const demoOffice = readDemoOffice()
const documentsOf = (serviceId: string) => demoOffice.services.find((s) => s.id === serviceId)?.documents ?? []

const message = (key: string) => kioskMessage(key)

let server: ServerProcess
let browser: Browser
const pageErrors = new Map<Page, string[]>()

const wideOfficeConfig = () =>
  writeOfficeConfig((config) => {
    for (const service of config.services) service.prefix = WIDE_PREFIXES[service.id] ?? service.prefix
  })

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer({ clockStart: '2026-11-25T09:05:00+07:00', env: { LUOT_CONFIG: wideOfficeConfig() } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function issueByApi(serviceId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { number: string }).number
}

const openKiosk = (viewport: { width: number; height: number }) => openKioskPage(browser, `${server.url}/kiosk/`, viewport, pageErrors)

async function takeTicket(page: Page, serviceId: string): Promise<string> {
  await page.getByTestId(`service-${serviceId}`).tap()
  await page.getByTestId('slot-now').tap()
  await page.getByTestId('priority-none').tap()
  const number = page.getByTestId('ticket-number')
  await number.waitFor()
  await page.evaluate(() => document.fonts.ready)
  return (await number.textContent()) ?? ''
}

/**
 * The number inside its box (no overflow, the drawn text too) and large, and the screen around it: no
 * scrolling, nothing spilling or off screen, every touch target at least 96 px.
 */
async function expectTicketFits(page: Page, shot: string) {
  await page.screenshot({ path: join(SHOTS, `kiosk-${shot}.png`) })
  const report = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=ticket-number]')!
    const parent = el.parentElement!
    const box = el.getBoundingClientRect()
    const outer = parent.getBoundingClientRect()
    const range = document.createRange()
    range.selectNodeContents(el)
    const text = range.getBoundingClientRect()
    const problems: string[] = []
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) {
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`)
    }
    const describe = (e: Element) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.slice(0, 40)}"`
    for (const e of Array.from(document.querySelectorAll<HTMLElement>('#root *'))) {
      const r = e.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.left < -1 || r.top < -1) problems.push(`off screen: ${describe(e)}`)
      if (getComputedStyle(e).display === 'inline') continue
      if (e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 2) problems.push(`spills down: ${describe(e)}`)
      if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 2) problems.push(`spills across: ${describe(e)}`)
    }
    const sizes = Array.from(document.querySelectorAll('button'), (b) => b.getBoundingClientRect())
    return {
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      outer: { left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom },
      text: { left: text.left, right: text.right, width: text.width },
      fontSize: parseFloat(getComputedStyle(el).fontSize),
      rootFontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
      problems,
      smallest: Math.min(...sizes.map((b) => Math.min(b.width, b.height))),
      pageHeight: root.scrollHeight,
    }
  })
  expect(pageErrors.get(page), `${shot}: page errors`).toEqual([])
  expect(report.scrollWidth, `${shot}: the number overflows its box`).toBeLessThanOrEqual(report.clientWidth)
  expect(report.box.left, shot).toBeGreaterThanOrEqual(report.outer.left)
  expect(report.box.right, shot).toBeLessThanOrEqual(report.outer.right)
  expect(report.box.top, shot).toBeGreaterThanOrEqual(report.outer.top)
  expect(report.box.bottom, shot).toBeLessThanOrEqual(report.outer.bottom)
  expect(report.text.left, `${shot}: the drawn number`).toBeGreaterThanOrEqual(report.box.left - 0.5)
  expect(report.text.right, `${shot}: the drawn number`).toBeLessThanOrEqual(report.box.right + 0.5)
  expect(report.pageHeight, `${shot}: the page scrolls`).toBeLessThanOrEqual(page.viewportSize()!.height)
  expect(report.problems, shot).toEqual([])
  expect(report.smallest, `${shot}: smallest touch target`).toBeGreaterThanOrEqual(96)
  // Still very large: at least 5 times the kiosk's body text (1 rem), whatever else shares the screen.
  expect(report.fontSize, `${shot}: the number's size`).toBeGreaterThanOrEqual(5 * report.rootFontSize)
  return report
}

describe('kiosk ticket screen', { timeout: 90_000 }, () => {
  it('fits a wide four-character number in its box, in portrait and in landscape', async () => {
    for (let i = 0; i < 3; i += 1) await issueByApi('DATDAI')
    const page = await openKiosk(PORTRAIT)
    const number = await takeTicket(page, 'DATDAI')
    expect(number).toMatch(/^W\d{3}$/)
    const portrait = await expectTicketFits(page, 'portrait-ticket-wide-4')
    // A four-character number is not shrunk like a long one: it fills most of the box.
    expect(portrait.text.width / portrait.clientWidth).toBeGreaterThan(0.75)
    await page.setViewportSize(LANDSCAPE)
    await expectTicketFits(page, 'landscape-ticket-wide-4')
    await page.close()
  })

  it('fits the widest five-character number (two-letter prefix) in its box, in landscape and in portrait', async () => {
    for (let i = 0; i < 3; i += 1) await issueByApi('HOTICH')
    const page = await openKiosk(LANDSCAPE)
    const number = await takeTicket(page, 'HOTICH')
    expect(number).toMatch(/^WW\d{3}$/)
    await expectTicketFits(page, 'landscape-ticket-wide-5')
    await page.setViewportSize(PORTRAIT)
    const portrait = await expectTicketFits(page, 'portrait-ticket-wide-5')
    expect(portrait.text.width / portrait.clientWidth).toBeGreaterThan(0.75)
    await page.close()
  })

  it('lists the documents to bring for the chosen service, as the office config gives them', async () => {
    const page = await openKiosk(PORTRAIT)
    for (const [serviceId, viewport] of [
      ['XAYDUNG', PORTRAIT],
      ['CHUNGTHUC', LANDSCAPE],
    ] as const) {
      await page.setViewportSize(viewport)
      await takeTicket(page, serviceId)
      const documents = page.getByTestId('documents')
      expect(await documents.getByRole('heading').textContent()).toBe(message('ticket.documents'))
      const expected = documentsOf(serviceId)
      expect(expected.length).toBeGreaterThan(0)
      expect(await documents.getByRole('listitem').allTextContents()).toEqual(expected)
      // Every line readable on screen, none cut off by the box.
      for (const item of await documents.getByRole('listitem').all()) expect(await item.isVisible()).toBe(true)
      await expectTicketFits(page, `${viewport === PORTRAIT ? 'portrait' : 'landscape'}-ticket-documents`)
      const id = /\/t\/([^/?]+)/.exec((await page.getByTestId('ticket-qr').getAttribute('data-value')) ?? '')?.[1]
      const ticket = (await (await fetch(`${server.url}/api/tickets/${id}`)).json()) as TicketView
      expect(ticket.serviceId).toBe(serviceId)
      await page.getByTestId('done').tap()
      await page.locator('[data-step=service]').waitFor()
    }
    await page.close()
  })
})
