import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, CLOCK_START, launchBrowser, message, openPage, SHOTS, VIEWPORTS } from './display-helpers.ts'

// The screen over a counter (here the 1280×400 bar some offices mount) and its tile on the hall board:
// legible at every frame of the call flash, and honest about a pause while a citizen is still served.
let server: ServerProcess
let browser: Browser
const errors: string[] = []
const api = apiFor(() => server)
const BAR = { width: 1280, height: 400 }

beforeAll(async () => {
  server = await startServer({ clockStart: CLOCK_START })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * Pauses every animation and, at each time given, returns the WCAG contrast ratio of each selector's text
 * against the first opaque background behind it (the flash animates the background of an ancestor).
 */
const contrastsDuringFlash = (page: Page, selectors: string[], times: number[]) =>
  page.evaluate(
    ([sels, ts]) => {
      const flash = document.getAnimations().filter((a) => (a as CSSAnimation).animationName?.startsWith('call-flash'))
      flash.forEach((a) => a.pause())
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
      }
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgba(getComputedStyle(e).backgroundColor)
          if (c.length === 3 || (c[3] ?? 0) > 0.99) return c
        }
        return [255, 255, 255]
      }
      const samples = ts.map((t) => {
        flash.forEach((a) => (a.currentTime = t))
        return sels.map((sel) => {
          const el = document.querySelector(sel)!
          const [l1, l2] = [luminance(rgba(getComputedStyle(el).color)), luminance(background(el))]
          return { t, sel, ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) }
        })
      })
      return { animations: flash.length, samples: samples.flat() }
    },
    [selectors, times] as const,
  )

// Both phases of the blink, either side of each switch, over all six blinks.
const FLASH_TIMES = [0, 50, 200, 399, 400, 401, 600, 799, 800, 1000, 1200, 1999, 2000, 3300, 4399, 4400, 4700]

describe('counter screen and board tile', () => {
  it('says no number was called yet on a fresh day, and "loading" on a counter screen before the state', async () => {
    // First in this file: the server has called nobody yet.
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    await board.getByTestId('counter-tile-1').waitFor()
    await board.getByTestId('recent-calls-none').getByText(message('board.noCallsYet')).waitFor()
    await board.screenshot({ path: `${SHOTS}/display-board-fresh.png` })
    await board.close()

    const screen = await browser.newPage({ viewport: BAR })
    screen.setDefaultTimeout(8000)
    screen.on('pageerror', (e) => errors.push(`counter loading: ${e.message}`))
    // No socket (socket.io starts with HTTP polling): no `state`, so no "—" that would read as "nobody".
    await screen.route('**/socket.io/**', (route) => route.abort())
    await screen.goto(`${server.url}/display/counter/1`)
    await screen.getByTestId('counter-loading').getByText(message('common.loading')).waitFor()
    expect(await screen.getByTestId('counter-number').count()).toBe(0)
    await screen.screenshot({ path: `${SHOTS}/display-counter-bar-loading.png` })
    await screen.unroute('**/socket.io/**')
    // The link comes back: the state replaces the loading text (counter 1 is closed, nobody logged in yet).
    await screen.getByTestId('counter-status').getByText(message('counterStatus.closed')).waitFor({ timeout: 10_000 })
    expect(await screen.getByTestId('counter-loading').count()).toBe(0)
    await screen.close()
  })

  it('keep the number legible at every frame of the call flash, with room above the counter name', { timeout: 60_000 }, async () => {
    const token = await api.login('canbo1')
    await api.issue('DATDAI')
    await api.issue('DATDAI')
    const counter = await openPage(browser, `${server.url}/display/counter/1`, BAR, errors)
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    await expect.poll(() => counter.getByTestId('counter-number').innerText()).toBe(message('common.noValue'))
    await board.getByTestId('counter-tile-1').waitFor()
    await counter.screenshot({ path: `${SHOTS}/display-counter-bar.png` })

    // The name has room above it and the number fits whole on the 400 px bar.
    const [name, number] = await Promise.all(
      ['.counter-screen__name', '[data-testid=counter-number]'].map((sel) => counter.locator(sel).boundingBox()),
    )
    expect(name!.y).toBeGreaterThanOrEqual(24)
    expect(number!.y + number!.height).toBeLessThanOrEqual(BAR.height)

    const called = await api.next(token, '1')
    expect(called?.number).toBe('A001')
    await counter.locator('.counter-screen__body.is-flashing').getByText('A001').waitFor({ timeout: 2000 })
    await board.locator('[data-testid=counter-tile-1].is-flashing').getByText('A001').waitFor({ timeout: 2000 })

    const onCounter = await contrastsDuringFlash(counter, ['.counter-screen__number', '.counter-screen__label'], FLASH_TIMES)
    expect(onCounter.animations).toBeGreaterThanOrEqual(3)
    for (const s of onCounter.samples) expect(s.ratio, `${s.sel} at ${s.t} ms`).toBeGreaterThanOrEqual(4.5)
    // Mid-blink, for the screenshot: the bright phase.
    await counter.evaluate(() => document.getAnimations().forEach((a) => (a.currentTime = 100)))
    await counter.screenshot({ path: `${SHOTS}/display-counter-bar-flash.png` })

    const tile = '[data-testid=counter-tile-1]'
    const onBoard = await contrastsDuringFlash(board, [`${tile} .counter-tile__number`, `${tile} .counter-tile__name`], FLASH_TIMES)
    expect(onBoard.animations).toBeGreaterThanOrEqual(3)
    for (const s of onBoard.samples) expect(s.ratio, `${s.sel} at ${s.t} ms`).toBeGreaterThanOrEqual(4.5)
    await board.evaluate(() => document.getAnimations().forEach((a) => (a.currentTime = 100)))
    await board.screenshot({ path: `${SHOTS}/display-board-flash.png` })
    await Promise.all([counter.close(), board.close()])
  })

  it('keeps the number in hand shown through a pause, until that ticket is done', { timeout: 60_000 }, async () => {
    const token = await api.login('canbo2')
    await api.issue('XAYDUNG')
    const counter = await openPage(browser, `${server.url}/display/counter/2`, BAR, errors)
    const board = await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors)
    const tile = board.getByTestId('counter-tile-2')
    await tile.waitFor()
    const called = await api.next(token, '2')
    const issued = { number: called!.number }
    await counter.getByTestId('counter-number').getByText(issued.number).waitFor()
    // Colours are compared at rest: once the call's flash (a finite animation) has run out.
    const flashEnded = () =>
      tile.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished)))
    await flashEnded()
    const openColor = await tile.getByTestId('counter-number').evaluate((el) => getComputedStyle(el).color)

    // Paused with the citizen still at the desk: the number stays, as bright as before, with a note.
    expect((await api.post('/counters/2/pause', token, {})).status).toBe(200)
    await counter.getByTestId('counter-pausing').getByText(message('board.pausingAfter')).waitFor()
    expect(await counter.getByTestId('counter-number').innerText()).toBe(issued.number)
    expect(await counter.getByTestId('counter-status').count()).toBe(0)
    await tile.getByTestId('counter-pausing').getByText(message('counterStatus.paused')).waitFor()
    expect(await tile.getByTestId('counter-number').innerText()).toBe(issued.number)
    await flashEnded()
    expect(await tile.getByTestId('counter-number').evaluate((el) => getComputedStyle(el).color)).toBe(openColor)
    // Everything fits on the 400 px bar.
    const note = await counter.getByTestId('counter-pausing').boundingBox()
    expect(note!.y + note!.height).toBeLessThanOrEqual(BAR.height)
    await counter.screenshot({ path: `${SHOTS}/display-counter-bar-pausing.png` })
    await board.screenshot({ path: `${SHOTS}/display-board-pausing.png` })

    // The ticket is done: nobody in hand, so the pause is all there is to say.
    expect((await api.post(`/tickets/${called!.id}/finish`, token)).status).toBe(200)
    await counter.getByTestId('counter-status').getByText(message('counterStatus.paused')).waitFor()
    expect(await counter.getByTestId('counter-pausing').count()).toBe(0)
    await tile.locator('.counter-tile__status').getByText(message('counterStatus.paused')).waitFor()
    expect(await tile.getByTestId('counter-pausing').count()).toBe(0)
    expect(await tile.getByTestId('counter-number').innerText()).toBe(message('common.noValue'))
    await counter.screenshot({ path: `${SHOTS}/display-counter-bar-paused.png` })
    expect((await api.post('/counters/2/resume', token)).status).toBe(200)
    await Promise.all([counter.close(), board.close()])
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
