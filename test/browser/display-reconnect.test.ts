import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import {
  apiFor,
  CLOCK_START,
  launchBrowser,
  message,
  openPage,
  pressKey,
  SHOTS,
  staffLogin,
  VIEWPORTS,
} from './display-helpers.ts'

// Every screen (the manager's live office too) says so while the server is away, and comes back by
// itself with the fresh state.
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

const banner = (page: Page) => page.getByTestId('connection-banner')

/** Signs in on /manager/ and waits for the live office's figures. */
async function managerLogin(page: Page): Promise<void> {
  await page.locator('input[name=username]').fill('quanly')
  await page.locator('input[name=password]').fill('demo')
  await page.keyboard.press('Enter')
  await page.getByTestId('live-counters').waitFor()
}

describe('reconnect', () => {
  // Six pages and a server restart: about 45 s on a busy two-core machine, twice that beside other browser tests.
  it('shows the banner while the server is down and recovers when it is back', { timeout: 150_000 }, async () => {
    const ticket = await api.issue('LDTBXH')
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    const counter = await openPage(browser, `${server.url}/display/counter/6`, VIEWPORTS.counter, errors)
    const tablet = await openPage(browser, `${server.url}/rate/6`, VIEWPORTS.tablet, errors)
    const phone = await openPage(browser, `${server.url}/t/${ticket.id}`, VIEWPORTS.phone, errors)
    const staff = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(staff, 'canbo6')
    const manager = await openPage(browser, `${server.url}/manager/`, VIEWPORTS.staff, errors)
    await managerLogin(manager)
    // A manager reading the reports is told too: the live connection stays up behind that tab.
    const reports = await openPage(browser, `${server.url}/manager/`, VIEWPORTS.staff, errors)
    await managerLogin(reports)
    await reports.getByTestId('tab-reports').click()
    await reports.getByTestId('report-period').waitFor()
    await board.getByTestId('counter-tile-6').waitFor()
    await counter.getByTestId('counter-screen').waitFor()
    await phone.getByTestId('phone-number').waitFor()
    const screens = [board, counter, tablet, phone, staff, manager, reports]
    for (const page of screens) expect(await banner(page).count()).toBe(0)

    const { port, dataDir } = server
    expect(await server.stop()).toBe(0)
    for (const page of screens) await banner(page).getByText(message('common.reconnecting')).waitFor({ timeout: 5000 })
    await board.screenshot({ path: `${SHOTS}/display-board-offline.png` })
    await phone.screenshot({ path: `${SHOTS}/display-phone-offline.png` })
    await manager.screenshot({ path: `${SHOTS}/manager-offline.png` })

    server = await startServer({ port, dataDir, clockStart: CLOCK_START })
    for (const page of screens) await banner(page).waitFor({ state: 'detached', timeout: 15_000 })

    // What happens now reaches every screen: the sockets are really back, with fresh state.
    await staff.getByTestId('action-next').click()
    await board.getByTestId('counter-tile-6').getByText(ticket.number).waitFor({ timeout: 3000 })
    await counter.getByTestId('counter-number').getByText(ticket.number).waitFor({ timeout: 3000 })
    await phone.getByTestId('phone-called').waitFor({ timeout: 3000 })
    await staff.getByTestId('current-number').getByText(ticket.number).waitFor()
    await manager.getByTestId('live-counter-6').getByText(ticket.number).waitFor({ timeout: 3000 })
    await pressKey(staff, 'f')
    await tablet.getByTestId('rating-faces').waitFor({ timeout: 3000 })
    await Promise.all(screens.map((page) => page.close()))
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
