import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { io as connect } from 'socket.io-client'
import type { CounterConsoleView, LiveOfficeView, TicketIssued } from '@luot/server/contract'
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

/** The manager's CSV export of today: the row of ticket `number`, whose last column is the dossier code. */
async function exportedRow(number: string): Promise<string | undefined> {
  const manager = await api.login('quanly')
  const day = CLOCK_START.slice(0, 10)
  const res = await fetch(`${server.url}/api/reports/export?from=${day}&to=${day}&format=csv`, {
    headers: { Authorization: `Bearer ${manager}` },
  })
  expect(res.status).toBe(200)
  return (await res.text()).split('\r\n').find((row) => row.split(',')[1] === number)
}

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

    await pressKey(page, 't') // transfer: nothing chosen yet, so a reflex Enter sends nobody elsewhere
    const transfer = page.getByTestId('transfer-dialog')
    await transfer.waitFor()
    const confirm = transfer.getByTestId('transfer-dialog-confirm')
    expect(await transfer.locator('input[type=radio]:checked').count()).toBe(0)
    expect(await confirm.isDisabled()).toBe(true)
    await page.screenshot({ path: `${SHOTS}/display-staff-transfer-empty.png` })
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await transfer.isVisible()).toBe(true)
    expect((await consoleOf('3', token)).today.transferred).toBe(0)
    await transfer.getByText('Chứng thực').click()
    expect(await confirm.isEnabled()).toBe(true)
    await transfer.locator('input[name=reason]').fill('Nhầm lĩnh vực')
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
    // Paused: no call button and no call key; "resume" is the big button. B004 waits and must stay waiting.
    const resume = page.getByTestId('action-resume')
    await resume.waitFor()
    expect(await resume.getAttribute('class')).toContain('action--primary')
    expect(await page.getByTestId('action-next').count()).toBe(0)
    expect(await page.getByTestId('action-finishAndNext').count()).toBe(0)
    await page.getByText(message('staff.noCurrentPaused')).waitFor()
    await page.screenshot({ path: `${SHOTS}/display-staff-paused.png` })
    await pressKey(page, 'Space')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(500)
    const paused = await consoleOf('3', token)
    expect(paused.counter.status).toBe('paused')
    expect(paused.ticket).toBeNull()
    expect(paused.callOrder).toContain('B004')
    expect(await page.locator('[data-testid=staff-console] [data-testid=error]').count()).toBe(0)
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

  it('runs two different keys pressed one right after the other: start, then finish', async () => {
    const token = await api.login('canbo5')
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo5')
    await numberIs(page, 'D002')
    const sent: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST') sent.push(new URL(r.url()).pathname.split('/').pop()!)
    })
    await pressKey(page, 's')
    await statusIs(page, 'serving')
    // F at once after the start's answer, as a practised hand types: it is a new command, not a repeat.
    await page.keyboard.press('f')
    await expect.poll(async () => (await consoleOf('5', token)).today.served, { timeout: 5000 }).toBe(2)
    expect(sent).toEqual(['start', 'finish'])
    await page.close()
  })

  it('lets a paused counter finish the ticket in hand, but never call the next one', async () => {
    const token = await api.login('canbo6')
    await api.issue('LDTBXH')
    await api.issue('LDTBXH')
    const inHand = await api.next(token, '6')
    expect((await api.post('/counters/6/pause', token, { reason: 'Nghỉ trưa' })).status).toBe(200)
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo6')
    await numberIs(page, inHand!.number)
    await page.getByTestId('paused-note').getByText('Nghỉ trưa').waitFor()
    const shown = await page.getByTestId('actions').locator('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-testid')))
    expect(shown[0]).toBe('action-resume')
    expect(shown).toContain('action-finish')
    expect(shown).not.toContain('action-finishAndNext')
    expect(shown).not.toContain('action-next')
    expect(shown).not.toContain('action-recall')
    await page.screenshot({ path: `${SHOTS}/display-staff-paused-ticket.png` })

    await pressKey(page, 'f') // finish: allowed while paused
    await page.getByText(message('staff.noCurrentPaused')).waitFor()
    await pressKey(page, 'Space') // call: nothing happens, no error either
    await page.waitForTimeout(500)
    const view = await consoleOf('6', token)
    expect(view.today.served).toBe(1)
    expect(view.ticket).toBeNull()
    expect(view.counter.status).toBe('paused')
    expect(await page.locator('[data-testid=staff-console] [data-testid=error]').count()).toBe(0)
    await page.close()
  })

  it('refreshes when another screen changes the queue', async () => {
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo1')
    const waiting = page.getByTestId('console-waiting-DATDAI').getByTestId('console-waiting-now')
    await waiting.waitFor()
    const before = Number(/\d+/.exec(await waiting.innerText())?.[0])
    const ticket = await api.issue('DATDAI')
    await page.getByTestId('next-up-list').getByText(ticket.number).waitFor({ timeout: 2000 })
    await waiting.getByText(message('staff.waitingCount', { count: before + 1 })).waitFor()
    await page.close()
  })

  it('shows what "Gọi tiếp" will call, in that order, and Space calls the first', async () => {
    // Counter 2 serves Đất đai and Xây dựng: an elderly citizen's ticket, issued last, goes first.
    const token = await api.login('canbo2')
    const land = await api.issue('DATDAI')
    const building = await api.issue('XAYDUNG')
    const elderly = (await api.post<TicketIssued>('/tickets', undefined, { serviceId: 'DATDAI', priority: 'elderly' })).body
    const later = await api.post<TicketIssued>('/tickets', undefined, { serviceId: 'DATDAI', slot: '10:30' })
    expect(later.status).toBe(201)
    const view = await consoleOf('2', token)
    expect(view.callOrder.slice(0, 1)).toEqual([elderly.number])
    expect(view.callOrder).toEqual(expect.arrayContaining([land.number, building.number]))
    expect(view.callOrder).not.toContain(later.body.number)

    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo2')
    const list = page.getByTestId('next-up-list')
    await expect.poll(async () => (await list.locator('li').allInnerTexts()).map((s) => s.trim())).toEqual(view.callOrder)
    // Per service: who is in the hall now, and apart, who is booked for later.
    const land2 = page.getByTestId('console-waiting-DATDAI')
    const landView = view.waiting.find((w) => w.serviceId === 'DATDAI')!
    expect(await land2.getByTestId('console-waiting-now').innerText()).toBe(message('staff.waitingCount', { count: landView.count - landView.booked }))
    expect(await land2.getByTestId('console-waiting-booked').innerText()).toBe(message('staff.bookedCount', { count: landView.booked }))
    await page.screenshot({ path: `${SHOTS}/display-staff-next-up.png` })

    await pressKey(page, 'Space')
    await numberIs(page, elderly.number)
    await expect.poll(async () => (await list.locator('li').allInnerTexts()).map((s) => s.trim())).toEqual((await consoleOf('2', token)).callOrder)
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
    // Waiting in the hall and booked for later, apart, in the table and the totals.
    const manager = await api.login('quanly')
    const live = async () => (await api.get<LiveOfficeView>('/office/live', manager)).body
    const before = (await live()).services.find((s) => s.serviceId === 'XAYDUNG')!
    expect((await api.post('/tickets', undefined, { serviceId: 'XAYDUNG', slot: '11:00' })).status).toBe(201)
    const row = page.getByTestId('live-service-XAYDUNG')
    await row.getByTestId('live-service-booked').getByText(String(before.booked + 1), { exact: true }).waitFor({ timeout: 2000 })
    expect(await row.getByTestId('live-service-waiting').innerText()).toBe(String(before.waiting - before.booked))
    const after = await live()
    const booked = after.services.reduce((sum, s) => sum + s.booked, 0)
    expect(await page.getByTestId('total-booked').locator('dd').innerText()).toBe(String(booked))
    expect(await page.getByTestId('total-waiting').locator('dd').innerText()).toBe(String(after.today.waiting - booked))
    expect(await page.getByRole('heading', { name: message('manager.servicesTitle') }).count()).toBe(1)
    await page.screenshot({ path: `${SHOTS}/display-manager.png` })
    await page.getByTestId('tab-reports').click()
    await page.getByTestId('reports').waitFor()
    await page.close()
  })

  it('takes the dossier code from the keyboard, never on the displays', async () => {
    // A hall board's socket records every payload it gets.
    const board = connect(server.url, { auth: { role: 'display' }, transports: ['websocket'], reconnection: false })
    const boardGot: { event: string; payload: unknown }[] = []
    board.onAny((event: string, payload: unknown) => boardGot.push({ event, payload }))
    await new Promise<void>((ok, fail) => {
      board.on('connect', ok)
      board.on('connect_error', fail)
    })
    const token = await api.login('canbo4')
    const issued = await api.issue('CHUNGTHUC')
    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo4')
    await page.getByText(message('staff.noCurrent')).waitFor()
    expect(await page.getByTestId('dossier').count()).toBe(0) // nobody in hand, nobody finished yet

    await pressKey(page, 'Space')
    await numberIs(page, issued.number)
    const box = page.getByTestId('dossier')
    const input = page.getByTestId('dossier-input')
    await box.getByText(message('staff.dossier', { number: issued.number })).waitFor()
    await pressKey(page, 'd') // focuses the field, and the d is not typed into it
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await input.inputValue()).toBe('')

    // Every console key typed into the field is text: none of them starts, finishes, calls or logs out.
    const bad = 'srfntpld '.repeat(8) // 72 characters: over the 64 the contract allows
    await page.keyboard.type(bad)
    expect(await input.inputValue()).toBe(bad)
    expect(await page.getByTestId('pause-dialog').count()).toBe(0)
    expect(await page.getByTestId('transfer-dialog').count()).toBe(0)
    await page.keyboard.press('Enter') // saves (refused here), never "finish and call next"
    await box.getByTestId('error').getByText(message('errors.VALIDATION')).waitFor()
    await box.getByTestId('dossier-hint').getByText(message('staff.dossierHint')).waitFor()
    expect(await box.getByTestId('error').getAttribute('data-code')).toBe('VALIDATION')
    await page.screenshot({ path: `${SHOTS}/display-staff-dossier-invalid.png` })
    await page.waitForTimeout(600)
    const refused = await consoleOf('4', token)
    expect(refused.ticket).toMatchObject({ number: issued.number, status: 'called', recalls: 0 })
    expect(refused.ticket?.dossierCode).toBeUndefined()
    expect(refused.counter.status).toBe('open')
    expect(refused.today.served).toBe(0)
    await page.getByTestId('staff-console').waitFor() // still logged in

    // A double Enter saves once, then the keys are the console's again: nothing else happens.
    const code = '000.00.12.H26-251125-0042'
    await input.fill('')
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
    // The second press lands once the field has handed the keys back, inside the settle time.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') !== 'dossier-input')
    await page.keyboard.press('Enter')
    await box.getByTestId('dossier-saved').getByText(message('staff.dossierSaved', { code })).waitFor()
    expect(await box.getByTestId('error').count()).toBe(0)
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(false)
    await page.screenshot({ path: `${SHOTS}/display-staff-dossier.png` })
    await page.waitForTimeout(800)
    const saved = await consoleOf('4', token)
    expect(saved.ticket).toMatchObject({ number: issued.number, status: 'called', dossierCode: code })
    expect(saved.today.served).toBe(0)
    expect(await exportedRow(issued.number)).toMatch(new RegExp(`,${code}$`))

    // Finished: the field stays for that ticket, and corrects its code.
    await pressKey(page, 'f')
    await page.getByText(message('staff.noCurrent')).waitFor()
    await box.getByText(message('staff.dossierFinished', { number: issued.number })).waitFor()
    expect(await input.inputValue()).toBe(code)
    await pressKey(page, 'd')
    const corrected = '000.00.12.H26-251125-0043'
    await page.keyboard.type(corrected) // the field's text was selected: typing replaces it
    await page.keyboard.press('Enter')
    await box.getByTestId('dossier-saved').getByText(message('staff.dossierSaved', { code: corrected })).waitFor()
    await page.waitForFunction(() => !document.querySelector('[data-testid=actions] button:disabled'))
    await page.screenshot({ path: `${SHOTS}/display-staff-dossier-finished.png` })
    const after = await consoleOf('4', token)
    expect(after.ticket).toBeNull()
    expect(after.lastFinished).toMatchObject({ number: issued.number, status: 'done', dossierCode: corrected })
    expect(after.today.served).toBe(1)
    expect(await exportedRow(issued.number)).toMatch(new RegExp(`,${corrected}$`))

    // Displays get numbers, services and counters: neither code nor the ticket's id, also in a fresh state.
    await pressKey(page, 'Space') // the keys are the console's again: "next" (nobody waits)
    await page.getByTestId('notice').getByText(message('staff.nobodyWaiting')).waitFor()
    board.disconnect()
    board.connect()
    await expect.poll(() => boardGot.filter((g) => g.event === 'state').length).toBe(2)
    expect(boardGot.some((g) => g.event === 'ticket:called' && (g.payload as { number: string }).number === issued.number)).toBe(true)
    const seen = JSON.stringify(boardGot)
    for (const secret of [code, corrected, issued.id]) expect(seen).not.toContain(secret)
    board.disconnect()
    await page.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
