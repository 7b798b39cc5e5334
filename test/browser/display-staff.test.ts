import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { CounterConsoleView } from '@luot/server/contract'
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

// The staff console on the real server: every button has a key, one press is one command.
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

const statusIs = (page: Page, status: string) =>
  page.locator(`[data-testid=current-ticket][data-status=${status}]`).waitFor()
const numberIs = (page: Page, number: string) => page.getByTestId('current-number').getByText(number).waitFor()

async function consoleOf(counterId: string, token: string): Promise<CounterConsoleView> {
  const res = await api.get<CounterConsoleView>(`/counters/${counterId}/console`, token)
  expect(res.status).toBe(200)
  return res.body
}

describe('staff console', () => {
  it('runs the whole day from the keyboard', async () => {
    for (let i = 0; i < 4; i++) await api.issue('HOTICH')
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await page.getByTestId('login-form').waitFor()
    await page.screenshot({ path: `${SHOTS}/display-staff-login.png` })
    await staffLogin(page, 'canbo3')
    const token = await api.login('canbo3')
    await page.getByText(message('staff.noCurrent')).waitFor()

    await pressKey(page, 'Space') // next
    await numberIs(page, 'B001')
    await statusIs(page, 'called')
    await pressKey(page, 'r') // recall
    await page.getByText(message('staff.recalls', { count: 1 })).waitFor()
    await pressKey(page, 's') // start
    await statusIs(page, 'serving')
    await page.screenshot({ path: `${SHOTS}/display-staff.png` })
    await pressKey(page, 'f') // finish
    await page.getByText(message('staff.noCurrent')).waitFor()
    expect((await consoleOf('3', token)).today.served).toBe(1)

    await pressKey(page, 'Enter') // next
    await numberIs(page, 'B002')
    await pressKey(page, 'n') // no-show
    await page.getByText(message('staff.noCurrent')).waitFor()
    expect((await consoleOf('3', token)).today.noShow).toBe(1)

    await pressKey(page, 'Space')
    await numberIs(page, 'B003')
    await pressKey(page, 'Enter') // finish & next in one press
    await numberIs(page, 'B004')
    expect((await consoleOf('3', token)).today.served).toBe(2)

    await pressKey(page, 't') // transfer: choose a service, Enter confirms
    const transfer = page.getByTestId('transfer-dialog')
    await transfer.waitFor()
    await transfer.getByText('Chứng thực').click()
    await transfer.locator('input[name=reason]').fill('Nhầm thủ tục')
    await page.screenshot({ path: `${SHOTS}/display-staff-transfer.png` })
    await page.keyboard.press('Enter')
    await transfer.waitFor({ state: 'detached' })
    await page.getByText(message('staff.noCurrent')).waitFor()
    const afterTransfer = await consoleOf('3', token)
    expect(afterTransfer.today.transferred).toBe(1)
    expect(afterTransfer.waiting.find((w) => w.serviceId === 'CHUNGTHUC')?.next).toContain('B004')

    await pressKey(page, 'p') // pause with a reason
    await page.getByTestId('pause-dialog').locator('input[name=reason]').fill('Họp giao ban')
    await page.keyboard.press('Enter')
    await page.getByTestId('paused-note').getByText('Họp giao ban').waitFor()
    expect((await consoleOf('3', token)).counter.status).toBe('paused')
    await page.getByTestId('action-resume').waitFor()
    await pressKey(page, 'p') // resume
    await page.getByTestId('paused-note').waitFor({ state: 'detached' })
    expect((await consoleOf('3', token)).counter.status).toBe('open')

    await pressKey(page, 'Space') // B004 waits again, in Chứng thực, which this counter serves too
    await numberIs(page, 'B004')
    await pressKey(page, 'Enter')
    await page.getByTestId('notice').getByText(message('staff.nobodyWaiting')).waitFor()

    await pressKey(page, 'l') // log out
    await page.getByTestId('login-form').waitFor()
    await page.close()
  })

  it('never sends a command twice on a double click', async () => {
    for (let i = 0; i < 3; i++) await api.issue('KINHDOANH')
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo5')
    const token = await api.login('canbo5')
    await page.getByTestId('action-next').dblclick()
    await numberIs(page, 'D001')
    await page.waitForTimeout(500)
    const view = await consoleOf('5', token)
    expect(view.ticket?.number).toBe('D001')
    expect(view.waiting.find((w) => w.serviceId === 'KINHDOANH')?.count).toBe(2)
    expect(view.today.served).toBe(0)

    // A double tap on Space is one press too: D001 is finished once and D002 called once.
    await pressKey(page, 'Space')
    await page.keyboard.press('Space')
    await numberIs(page, 'D002')
    await page.waitForTimeout(800)
    const after = await consoleOf('5', token)
    expect(after.ticket?.number).toBe('D002')
    expect(after.today.served).toBe(1)
    expect(after.waiting.find((w) => w.serviceId === 'KINHDOANH')?.count).toBe(1)
    await page.close()
  })

  it('refreshes when another screen changes the queue', async () => {
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo1')
    const waiting = page.getByTestId('console-waiting-DATDAI')
    await waiting.waitFor()
    const before = Number(/\d+/.exec(await waiting.innerText())?.[0])
    const ticket = await api.issue('DATDAI')
    await waiting.getByText(ticket.number).waitFor({ timeout: 2000 })
    await waiting.getByText(message('staff.waitingCount', { count: before + 1 })).waitFor()
    await page.close()
  })

  it('shows the manager the live office, refreshed by events', async () => {
    const page = await openPage(browser, `${server.url}/manager/`, VIEWPORTS.staff, errors)
    await page.locator('input[name=username]').fill('quanly')
    await page.locator('input[name=password]').fill('demo')
    await page.keyboard.press('Enter')
    await page.getByTestId('live-counters').waitFor()
    const token = await api.login('canbo2')
    await api.issue('XAYDUNG')
    const called = await api.next(token, '2')
    await page.getByTestId('live-counter-2').getByText(called!.number).waitFor({ timeout: 2000 })
    await page.screenshot({ path: `${SHOTS}/display-manager.png` })
    await page.getByTestId('tab-reports').click()
    await page.getByTestId('reports').waitFor()
    await page.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
