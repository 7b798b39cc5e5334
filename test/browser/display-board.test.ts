import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { CounterConsoleView, ServiceView, StaffTicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import {
  apiFor,
  catalogValues,
  CLOCK_START,
  en,
  expectedClips,
  launchBrowser,
  message,
  openPage,
  SHOTS,
  VIEWPORTS,
  voiceOf,
} from './display-helpers.ts'

// The hall TV and the screen over a counter, on the real server: a call shows within a second,
// and the voice reads calls one after another, never cutting one off.
let server: ServerProcess
let browser: Browser
const errors: string[] = []
const api = apiFor(() => server)

interface Box {
  top: number
  bottom: number
  left: number
  right: number
  width: number
}
const inside = (r: Box, outer: Box) =>
  r.top >= outer.top - 0.5 && r.bottom <= outer.bottom + 0.5 && r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5

beforeAll(async () => {
  server = await startServer({ clockStart: CLOCK_START })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('hall board and counter screen', () => {
  it('show a call within a second of staff pressing next, and flash it', { timeout: 60_000 }, async () => {
    const token = await api.login('canbo3')
    await api.issue('HOTICH')
    await api.issue('HOTICH')
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    const counter = await openPage(browser, `${server.url}/display/counter/3`, VIEWPORTS.counter, errors)
    const tile = board.getByTestId('counter-tile-3')
    await tile.waitFor()
    await expect.poll(() => board.getByTestId('waiting-HOTICH').getByTestId('waiting-count').innerText()).toBe('2')
    await expect.poll(() => counter.getByTestId('counter-number').innerText()).toBe(message('common.noValue'))

    const pressedAt = Date.now()
    const called = await api.next(token, '3')
    expect(called?.number).toBe('B001')
    await Promise.all([
      tile.getByTestId('counter-number').getByText('B001').waitFor({ timeout: 1000 }),
      counter.getByTestId('counter-number').getByText('B001').waitFor({ timeout: 1000 }),
    ])
    expect(Date.now() - pressedAt).toBeLessThan(1000)
    expect(await tile.getAttribute('class')).toContain('is-flashing')
    await expect.poll(() => board.getByTestId('recent-calls').innerText()).toContain('B001')
    await expect.poll(() => board.getByTestId('waiting-HOTICH').getByTestId('waiting-next').innerText()).toBe('B002')

    await board.getByTestId('sound-gate').click()
    await board.waitForTimeout(5000) // let the flash end: the screenshot shows the board at rest
    await board.screenshot({ path: `${SHOTS}/display-board.png` })
    await counter.screenshot({ path: `${SHOTS}/display-counter.png` })

    // Paused while B001 is still at the desk: the number stays, with a note; once it is done, words only.
    await api.post('/counters/3/pause', token, { reason: 'Họp' })
    await counter.getByTestId('counter-pausing').getByText(message('board.pausingAfter')).waitFor()
    expect(await counter.getByTestId('counter-number').innerText()).toBe('B001')
    await api.post(`/tickets/${called!.id}/finish`, token)
    await counter.getByTestId('counter-status').getByText(message('counterStatus.paused')).waitFor()
    expect(await counter.getByTestId('counter-pausing').count()).toBe(0)
    await counter.screenshot({ path: `${SHOTS}/display-counter-paused.png` })
    await api.post('/counters/3/resume', token)
    const closed = await openPage(browser, `${server.url}/display/counter/6`, VIEWPORTS.counter, errors)
    await closed.getByTestId('counter-status').getByText(message('counterStatus.closed')).waitFor()
    await Promise.all([board.close(), counter.close(), closed.close()])
  })

  it('reads two rapid calls in order without cutting, and again on recall', { timeout: 90_000 }, async () => {
    const [t1, t2] = await Promise.all([api.login('canbo1'), api.login('canbo2')])
    await api.issue('DATDAI')
    await api.issue('DATDAI')
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    // The autoplay rule: no sound until someone taps the prompt, which then goes away.
    const gate = board.getByTestId('sound-gate')
    await gate.getByText(message('board.soundPrompt')).waitFor()
    expect((await voiceOf(board)).unlocked).toBe(false)
    await gate.click()
    await gate.waitFor({ state: 'detached' })
    expect((await voiceOf(board)).unlocked).toBe(true)
    // The socket must be up before the calls, or they would not be heard at all.
    await board.getByTestId('counter-tile-1').getByTestId('counter-number').waitFor()

    const first = await api.next(t1, '1')
    const second = await api.next(t2, '2')
    expect([first?.number, second?.number]).toEqual(['A001', 'A002'])
    const expected = [expectedClips('A001', 1), expectedClips('A002', 2)]
    await expect.poll(async () => (await voiceOf(board)).played.length, { timeout: 30_000 }).toBe(2)
    const log = await voiceOf(board)
    expect(log.played).toEqual(expected)
    const [a, b] = log.timeline
    expect(b!.startedAt).toBeGreaterThanOrEqual(a!.endedAt)
    // A real reading, not a skipped one: the clips of a call last seconds.
    expect(a!.endedAt - a!.startedAt).toBeGreaterThan(3000)

    const recall = await api.post('/counters/1/recall', t1)
    expect(recall.status).toBe(200)
    await expect.poll(async () => (await voiceOf(board)).played.length, { timeout: 30_000 }).toBe(3)
    expect((await voiceOf(board)).played[2]).toEqual(expectedClips('A001', 1))
    await board.close()
  })

  it('counts who is in the hall now, and shows tickets booked for a later slot apart', async () => {
    // 09:05: two Kinh doanh tickets for now, three booked for 10:00; Xây dựng only booked for 10:30.
    await api.issue('KINHDOANH')
    await api.issue('KINHDOANH')
    for (let i = 0; i < 3; i++) expect((await api.post('/tickets', undefined, { serviceId: 'KINHDOANH', slot: '10:00' })).status).toBe(201)
    for (let i = 0; i < 2; i++) expect((await api.post('/tickets', undefined, { serviceId: 'XAYDUNG', slot: '10:30' })).status).toBe(201)
    const services = (await api.get<ServiceView[]>('/services')).body
    expect(services.find((s) => s.id === 'KINHDOANH')).toMatchObject({ waiting: 5, booked: 3 })

    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    const business = board.getByTestId('waiting-KINHDOANH')
    await expect.poll(() => business.getByTestId('waiting-count').innerText()).toBe('2')
    expect(await business.getByTestId('waiting-booked').innerText()).toBe(message('board.bookedLater', { count: 3 }))
    expect(await business.getByTestId('waiting-next').innerText()).toMatch(/^D001\s+D002$/)

    // Nobody in the hall: said once, without a "0" beside it; the bookings still shown.
    const building = board.getByTestId('waiting-XAYDUNG')
    await building.getByTestId('waiting-booked').getByText(message('board.bookedLater', { count: 2 })).waitFor()
    expect(await building.getByTestId('waiting-count').count()).toBe(0)
    const buildingText = await building.innerText()
    expect(buildingText.split(message('board.noneWaiting')).length - 1).toBe(1)
    expect(buildingText.split(message('board.waitingLabel')).length - 1).toBe(1)
    expect(buildingText).not.toMatch(/(^|\s)0(\s|$)/)
    await board.close()
  })

  it('reads secondary text from 5 m and shows only whole rows of recent calls', async () => {
    const [t5, t6] = await Promise.all([api.login('canbo5'), api.login('canbo6')])
    for (let i = 0; i < 6; i++) await api.issue('LDTBXH')
    let last: StaffTicketView | null = null
    for (let i = 0; i < 3; i++) {
      await api.next(t5, '5')
      last = await api.next(t6, '6')
    }
    const latest = last!.number
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    await board.getByTestId('counter-tile-6').getByTestId('counter-number').getByText(latest).waitFor()
    await board.getByTestId('sound-gate').click()
    const recent = board.getByTestId('recent-calls')
    await recent.locator('.recent-call.is-latest').getByText(latest).waitFor()

    // Every row shown lies wholly inside the list: none is cut at the bottom (or wrapped half in view).
    const rows = () =>
      board.evaluate(() => {
        const list = document.querySelector('.recent-calls__list')!.getBoundingClientRect()
        return [...document.querySelectorAll('.recent-call')].map((el) => {
          const r = el.getBoundingClientRect()
          const inside = r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5 && r.left >= list.left - 0.5 && r.right <= list.right + 0.5
          const outside = r.left >= list.right - 0.5 || r.top >= list.bottom - 0.5
          return { inside, outside }
        })
      })
    const atTv = await rows()
    expect(atTv.length).toBeGreaterThanOrEqual(4)
    expect(atTv.every((r) => r.inside)).toBe(true)

    // Secondary text is at least 32 px on a 1080p TV; the office name renders in Be Vietnam Pro.
    const sizes = await board.evaluate(() =>
      ['.board-clock__date', '.waiting-card__count-label', '.waiting-card__label', '.waiting-card__booked', '.waiting-card__none', '.counter-tile__name']
        .flatMap((sel) => [...document.querySelectorAll(sel)].map((el) => [sel, parseFloat(getComputedStyle(el).fontSize)] as const)),
    )
    expect(sizes.length).toBeGreaterThan(6)
    for (const [sel, px] of sizes) expect(px, sel).toBeGreaterThanOrEqual(32)
    expect(await board.evaluate(() => document.fonts.check('700 32px "Be Vietnam Pro"', 'Hướng dẫn chưa rõ'))).toBe(true)
    await board.waitForTimeout(5000) // the flash ends: the screenshot shows the board at rest
    await board.screenshot({ path: `${SHOTS}/display-board-busy.png` })

    // A 4:3 TV fits fewer rows: those that do not fit are hidden whole, never cut.
    await board.setViewportSize({ width: 1024, height: 768 })
    const at43 = await rows()
    expect(at43.every((r) => r.inside || r.outside)).toBe(true)
    expect(at43.some((r) => r.inside)).toBe(true)
    await board.screenshot({ path: `${SHOTS}/display-board-4x3.png` })
    await board.close()
  })

  it('stays whole and readable while sound is off, and a tap anywhere turns the voice on', async () => {
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    const gate = board.getByTestId('sound-gate')
    await gate.waitFor()
    await board.getByTestId('waiting-CHUNGTHUC').waitFor()
    // The prompt says it in Vietnamese first, then in English.
    const prompt = await gate.innerText()
    const [viAt, enAt] = [prompt.indexOf(message('board.soundPrompt')), prompt.indexOf(message('board.soundPromptSecond'))]
    expect(viAt).toBeGreaterThanOrEqual(0)
    expect(enAt).toBeGreaterThan(viAt)

    // Nothing lies over the counters, the recent calls or the waiting cards: at their centre and corners
    // the topmost element is their own, and the prompt stays inside the header, clear of them.
    const covered = await board.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="counter-tile-"], .waiting-card, [data-testid=recent-calls]')]
        .filter((el) => {
          const r = el.getBoundingClientRect()
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 6, r.top + 6],
            [r.right - 6, r.bottom - 6],
          ] as const
          return points.some(([x, y]) => !el.contains(document.elementFromPoint(x, y)))
        })
        .map((el) => el.getAttribute('data-testid')),
    )
    expect(covered).toEqual([])
    const [gateBox, headerBox, mainBox] = await Promise.all(
      ['[data-testid=sound-gate]', '.board__header', '.board__main'].map((sel) => board.locator(sel).boundingBox()),
    )
    expect(gateBox!.y + gateBox!.height).toBeLessThanOrEqual(headerBox!.y + headerBox!.height)
    expect(gateBox!.y + gateBox!.height).toBeLessThanOrEqual(mainBox!.y)
    expect(gateBox!.x + gateBox!.width).toBeLessThanOrEqual(VIEWPORTS.tv.width)
    await board.screenshot({ path: `${SHOTS}/display-board-sound-off.png` })

    // A tap on a waiting card, not on the prompt, is enough.
    expect((await voiceOf(board)).unlocked).toBe(false)
    await board.getByTestId('waiting-CHUNGTHUC').click()
    await gate.waitFor({ state: 'detached' })
    expect((await voiceOf(board)).unlocked).toBe(true)
    await board.close()
  })

  it('shows the next three numbers of a service in full, inside their card', async () => {
    // Prefixes A, C and F; "A" is the widest letter the demo office uses.
    const staffOf = { DATDAI: ['canbo1', '1'], CHUNGTHUC: ['canbo3', '3'], LDTBXH: ['canbo5', '5'] } as const
    for (const serviceId of Object.keys(staffOf)) for (let i = 0; i < 4; i++) await api.issue(serviceId)
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    await board.getByTestId('hall-board').waitFor()
    for (const [serviceId, [username, counterId]] of Object.entries(staffOf)) {
      // The order the server will call them in, as the counter's console shows it.
      const token = await api.login(username)
      const view = (await api.get<CounterConsoleView>(`/counters/${counterId}/console`, token)).body
      const expected = view.waiting.find((w) => w.serviceId === serviceId)!.next.slice(0, 3)
      expect(expected).toHaveLength(3)
      const numbers = board.getByTestId(`waiting-${serviceId}`).locator('.waiting-card__number')
      await expect.poll(() => numbers.allTextContents()).toEqual(expected)

      // Each one lies wholly inside the list's clipping box, its card and the screen: none wrapped out of sight.
      const geometry = await board.getByTestId(`waiting-${serviceId}`).evaluate((card) => {
        const box = (el: Element) => el.getBoundingClientRect().toJSON() as Box
        return {
          list: box(card.querySelector('[data-testid=waiting-next]')!),
          card: box(card),
          screen: { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth, width: window.innerWidth },
          numbers: [...card.querySelectorAll('.waiting-card__number')].map(box),
        }
      })
      for (const n of geometry.numbers) {
        expect(n.width, serviceId).toBeGreaterThan(0)
        for (const outer of [geometry.list, geometry.card, geometry.screen]) expect(inside(n, outer), serviceId).toBe(true)
      }
      // Still big enough to read from 5 m.
      const px = await numbers.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(px).toBeGreaterThanOrEqual(32)
    }
    await board.screenshot({ path: `${SHOTS}/display-board-next.png` })
    await board.close()
  })

  it('has no catalog text outside the catalog (pseudo-language xx renders keys)', async () => {
    const board = await openPage(browser, `${server.url}/display/?lang=xx`, VIEWPORTS.tv, errors)
    await board.getByText('board.recentCalls').waitFor()
    // The clock's date is the browser's own wording (Intl, vi-VN: "Thứ Tư, …"), which the reports'
    // weekday names in the catalog happen to share: leave it aside, it never comes from the catalog.
    const text = await board.evaluate(() => {
      document.querySelector<HTMLElement>('.board-clock')!.style.display = 'none'
      return document.body.innerText
    })
    // Data (office, counter and service names) is the office's, not the catalog's: leave it aside.
    const data = JSON.stringify(await Promise.all(['/office', '/counters', '/services'].map((p) => api.get(p))))
    const leaked = catalogValues().filter((v) => v.length > 3 && !data.includes(v) && text.includes(v))
    expect(leaked).toEqual([])
    await board.close()
  })

  it('speaks English on the English board: service names from nameEn, English words around the data', async () => {
    const token = await api.login('canbo4')
    await api.issue('CHUNGTHUC')
    expect(await api.next(token, '4')).not.toBeNull()
    const services = (await api.get<ServiceView[]>('/services')).body
    const board = await openPage(browser, `${server.url}/display/?lang=en`, VIEWPORTS.tv, errors)
    await board.getByTestId('counter-tile-1').waitFor()
    for (const s of services) {
      expect(s.nameEn).not.toBe(s.name)
      await expect.poll(() => board.getByTestId(`waiting-${s.id}`).locator('.waiting-card__name').innerText()).toBe(s.nameEn)
    }
    // Each row of the recent calls reads "to <counter name>", the name being the office's data.
    const rows = await board.locator('.recent-call__counter').allInnerTexts()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(new RegExp(`^${message('board.callTo', { counter: '' }, en)}\\S`))

    await board.screenshot({ path: `${SHOTS}/display-board-en.png` })
    // No Vietnamese catalog text is left, and no Vietnamese service name (counter and office names are data).
    const text = await board.evaluate(() => {
      document.querySelector<HTMLElement>('.board-clock')!.style.display = 'none'
      document.querySelector<HTMLElement>('[data-testid=sound-gate]')?.remove() // bilingual on purpose
      return document.body.innerText
    })
    const data = JSON.stringify(await Promise.all(['/office', '/counters'].map((p) => api.get(p))))
    const leaked = catalogValues().filter((v) => v.length > 3 && !data.includes(v) && !catalogValues(en).includes(v) && text.includes(v))
    expect(leaked).toEqual([])
    for (const s of services) expect(text).not.toContain(s.name)
    await board.close()
  })

  it('shows "loading", not "nobody waiting", until the first state arrives', { timeout: 30_000 }, async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.tv })
    page.setDefaultTimeout(8000)
    page.on('pageerror', (e) => errors.push(`loading board: ${e.message}`))
    // The socket cannot connect (socket.io starts with HTTP polling): no `state` arrives.
    await page.route('**/socket.io/**', (route) => route.abort())
    await page.goto(`${server.url}/display/`)
    await page.getByTestId('waiting-HOTICH').getByTestId('waiting-loading').getByText(message('common.loading')).waitFor()
    await page.getByTestId('board-loading').getByText(message('common.loading')).waitFor()
    await page.getByTestId('recent-calls-loading').getByText(message('common.loading')).waitFor()
    expect(await page.getByTestId('waiting-none').count()).toBe(0)
    expect(await page.locator('[data-testid^="counter-tile-"]').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain(message('board.noneWaiting'))
    await page.screenshot({ path: `${SHOTS}/display-board-loading.png` })

    // The link comes back: the real state replaces the loading text everywhere.
    await page.unroute('**/socket.io/**')
    await page.getByTestId('counter-tile-1').waitFor({ timeout: 10_000 })
    expect(await page.getByTestId('board-loading').count()).toBe(0)
    expect(await page.getByTestId('waiting-loading').count()).toBe(0)
    expect(await page.getByTestId('recent-calls-loading').count()).toBe(0)
    await page.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
