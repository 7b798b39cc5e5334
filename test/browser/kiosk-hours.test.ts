import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { kioskMessage, openKioskPage } from './kiosk-helpers.ts'
import { launchBrowser } from './display-helpers.ts'
import type { Browser, Page } from 'playwright-core'
import type { OfficeView, TicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'

// The kiosk around opening hours, each case on its own server whose clock starts at that moment:
// the lunch break, after hours, a Sunday, a holiday, the last slot of the day.
const SHOTS = '/tmp/shots'
const PORTRAIT = { width: 1080, height: 1920 }
const LANDSCAPE = { width: 1920, height: 1080 }

const message = kioskMessage

let browser: Browser
const servers: ServerProcess[] = []
const pageErrors = new Map<Page, string[]>()

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()))
})

afterAll(async () => {
  await browser?.close()
})

async function serverAt(clockStart: string): Promise<ServerProcess> {
  const server = await startServer({ clockStart })
  servers.push(server)
  return server
}

async function api<T>(server: ServerProcess, path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}/api${path}`, init)
  return { status: res.status, body: (await res.json()) as T }
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

const openKiosk = (server: ServerProcess, viewport: { width: number; height: number }) =>
  openKioskPage(browser, `${server.url}/kiosk/`, viewport, pageErrors)

/** Screenshot, then: no scrolling, nothing spilling or off screen, every touch target at least 96 px. */
async function expectFits(page: Page, shot: string) {
  await page.screenshot({ path: join(SHOTS, `kiosk-${shot}.png`) })
  const report = await page.evaluate(() => {
    const problems: string[] = []
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) problems.push('page scrolls')
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#root *'))) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1) problems.push(`off screen: ${describe(el)}`)
      const isBlock = getComputedStyle(el).display !== 'inline'
      if (isBlock && el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 2) problems.push(`spills: ${describe(el)}`)
    }
    const sizes = Array.from(document.querySelectorAll('button'), (b) => b.getBoundingClientRect())
    return { problems, smallest: Math.min(...sizes.map((b) => Math.min(b.width, b.height))) }
  })
  expect(pageErrors.get(page), `${shot}: page errors`).toEqual([])
  expect(report.problems, shot).toEqual([])
  expect(report.smallest, `${shot}: smallest touch target`).toBeGreaterThanOrEqual(96)
}

/** The test ids of every button on screen. */
const buttons = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('button'), (b) => b.dataset.testid ?? b.textContent))

async function expectClosed(page: Page, title: string, day: string, time: string) {
  await page.getByTestId('closed').waitFor()
  expect(await page.getByTestId('closed-title').textContent()).toBe(title)
  expect(await page.getByTestId('reopen-day').textContent()).toBe(day)
  expect(await page.getByTestId('reopen-time').textContent()).toBe(time)
  // Nothing that leads to a refusal: only the language toggle.
  expect(await page.getByTestId('services').count()).toBe(0)
  expect((await buttons(page)).sort()).toEqual(['lang-en', 'lang-vi'])
}

describe('kiosk opening hours', { timeout: 90_000 }, () => {
  it('in the lunch break, says tickets are for the afternoon and issues one for 13:30', async () => {
    const server = await serverAt('2026-11-25T12:00:00+07:00')
    const office = (await api<OfficeView>(server, '/office')).body
    expect(office.today.open).toBe(false)
    expect(office.nextOpen).toEqual({ date: '2026-11-25', start: '13:30' })

    const page = await openKiosk(server, PORTRAIT)
    expect(await page.getByTestId('closed').count()).toBe(0)
    const notice = page.getByTestId('pause-notice')
    expect(await notice.locator('.pause-notice__main').textContent()).toBe(message('hours.lunch', { start: '13:30' }))
    expect(await page.getByTestId('wait-DATDAI').textContent()).toBe(message('wait.from', { start: '13:30' }))
    await expectFits(page, 'portrait-lunch-1-service')

    await page.getByTestId('service-DATDAI').tap()
    await page.getByTestId('slot-now').waitFor()
    expect(await page.getByTestId('slot-now-hint').textContent()).toBe(message('slot.nowHint', { slot: '13:30 – 14:00' }))
    expect(await page.getByTestId('slot-11:00').count()).toBe(0) // the morning is over
    await expectFits(page, 'portrait-lunch-2-slot')
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').tap()
    await page.getByTestId('ticket-number').waitFor()
    expect(await page.getByTestId('ticket-number').textContent()).toBe('A001')
    expect(await page.getByTestId('ticket-slot').textContent()).toBe('13:30 – 14:00')
    const id = /\/t\/([^/?]+)/.exec((await page.getByTestId('ticket-qr').getAttribute('data-value')) ?? '')?.[1]
    const ticket = (await api<TicketView>(server, `/tickets/${id}`)).body
    expect(ticket.slot).toEqual({ start: '13:30', end: '14:00' })
    await page.close()

    const landscape = await openKiosk(server, LANDSCAPE)
    await landscape.getByTestId('lang-en').tap()
    expect(await landscape.locator('.pause-notice__main').textContent()).toBe(message('hours.lunch', { start: '13:30' }, 'en'))
    await expectFits(landscape, 'landscape-lunch-service-en')
    await landscape.getByTestId('lang-vi').tap()
    await expectFits(landscape, 'landscape-lunch-service')
    await landscape.close()
  })

  it('after hours on a working day, shows a closed screen: back tomorrow at 07:30, no service buttons', async () => {
    const server = await serverAt('2026-11-25T20:00:00+07:00')
    const office = (await api<OfficeView>(server, '/office')).body
    expect(office.nextOpen).toEqual({ date: '2026-11-26', start: '07:30' })

    const page = await openKiosk(server, PORTRAIT)
    const tomorrow = message('reopen.tomorrow', { date: 'Thứ Năm, 26/11/2026' })
    await expectClosed(page, message('closed.afterHours'), tomorrow, message('reopen.from', { start: '07:30' }))
    await expectFits(page, 'portrait-closed-evening')
    await page.getByTestId('lang-en').tap()
    const tomorrowEn = message('reopen.tomorrow', { date: 'Thursday 26/11/2026' }, 'en')
    await expectClosed(page, message('closed.afterHours', {}, 'en'), tomorrowEn, message('reopen.from', { start: '07:30' }, 'en'))
    await expectFits(page, 'portrait-closed-evening-en')
    await page.close()

    const landscape = await openKiosk(server, LANDSCAPE)
    await expectClosed(landscape, message('closed.afterHours'), tomorrow, message('reopen.from', { start: '07:30' }))
    await expectFits(landscape, 'landscape-closed-evening')
    await landscape.close()
  })

  it('on a Sunday, is closed today and back on Monday morning', async () => {
    const server = await serverAt('2026-11-29T10:00:00+07:00')
    const page = await openKiosk(server, LANDSCAPE)
    const monday = message('reopen.tomorrow', { date: 'Thứ Hai, 30/11/2026' })
    await expectClosed(page, message('closed.dayOff'), monday, message('reopen.from', { start: '07:30' }))
    await expectFits(page, 'landscape-closed-sunday')
    await page.close()
  })

  it('on a holiday, is closed today and back on the next working day', async () => {
    // 2026-09-01 and 09-02 (Tuesday, Wednesday) are Quốc khánh.
    const server = await serverAt('2026-09-01T09:00:00+07:00')
    const page = await openKiosk(server, PORTRAIT)
    await expectClosed(page, message('closed.dayOff'), 'Thứ Năm, 03/09/2026', message('reopen.from', { start: '07:30' }))
    await expectFits(page, 'portrait-closed-holiday')
    await page.close()
  })

  it('with the last slot full, offers no "now" and says when to come back; at 17:00 the kiosk closes by itself', async () => {
    const server = await serverAt('2026-11-25T16:59:30+07:00')
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await api(server, '/tickets', post({ serviceId: 'KINHDOANH', slot: '16:30' }))).status),
    )
    expect(statuses.every((s) => s === 201)).toBe(true)

    // One kiosk is left on the start screen; the citizen at the other chooses a service and a priority.
    const idle = await openKiosk(server, LANDSCAPE)
    const page = await openKiosk(server, PORTRAIT)
    expect(await idle.getByTestId('services').count()).toBe(1)
    await page.getByTestId('service-KINHDOANH').tap()
    await page.getByTestId('no-slot').waitFor()
    expect(await page.getByTestId('slot-now').count()).toBe(0)
    expect(await page.locator('.no-slot__title').textContent()).toBe(message('slot.allFull'))
    expect(await page.getByTestId('reopen-day').textContent()).toBe(message('reopen.tomorrow', { date: 'Thứ Năm, 26/11/2026' }))
    await expectFits(page, 'portrait-slot-none-left')
    await idle.getByTestId('service-KINHDOANH').tap()
    await idle.getByTestId('no-slot').waitFor()
    expect(await idle.getByTestId('slot-now').count()).toBe(0)
    await expectFits(idle, 'landscape-slot-none-left')
    await idle.getByTestId('back').tap()
    await idle.getByTestId('services').waitFor()

    await page.getByTestId('back').tap()
    await page.getByTestId('service-DATDAI').tap()
    await page.getByTestId('slot-now').tap()
    await page.getByTestId('priority-none').waitFor()

    // 17:00: the idle kiosk turns to the closed screen without a touch …
    await idle.getByTestId('closed').waitFor({ timeout: 60_000 })
    expect(await idle.getByTestId('closed-title').textContent()).toBe(message('closed.afterHours'))
    // … and the citizen who was choosing a priority meets the closed screen, not a bare refusal.
    await page.getByTestId('priority-none').tap()
    await expectClosed(
      page,
      message('closed.afterHours'),
      message('reopen.tomorrow', { date: 'Thứ Năm, 26/11/2026' }),
      message('reopen.from', { start: '07:30' }),
    )
    await idle.close()
    await page.close()
  })
})
