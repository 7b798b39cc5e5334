import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { TicketView } from '@luot/server/contract'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, CLOCK_START, launchBrowser, message, openPage, SHOTS, VIEWPORTS } from './display-helpers.ts'

// The rating tablet at a counter and the citizen's phone page, on the real server.
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

const ticketOf = async (id: string) => (await api.get<TicketView>(`/tickets/${id}`)).body

/**
 * The WCAG contrast of each text element inside `selector` against the nearest opaque background
 * behind it, from the computed colours, as the screen draws them at this instant.
 */
const contrastsIn = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0)
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c.length === 3 || (c.length === 4 && c[3]! >= 1)) return c.slice(0, 3)
      }
      return [255, 255, 255]
    }
    const texts = [...document.querySelectorAll(`${sel}, ${sel} *`)].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    )
    return texts.map((e) => {
      const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))].sort((x, y) => y - x)
      return (a! + 0.05) / (b! + 0.05)
    })
  }, selector)

describe('rating tablet', () => {
  it('rates the ticket just finished at its counter, and refuses a second rating', async () => {
    const token = await api.login('canbo2')
    const earlier = await api.issue('XAYDUNG')
    const rated = await api.issue('XAYDUNG')
    await api.next(token, '2') // earlier: called
    const tablet = await openPage(browser, `${server.url}/rate/2`, VIEWPORTS.tablet, errors)
    const spare = await openPage(browser, `${server.url}/rate/2`, VIEWPORTS.tablet, errors)
    const other = await openPage(browser, `${server.url}/rate/4`, VIEWPORTS.tablet, errors)
    await tablet.getByTestId('rating-idle').getByText(message('rate.idle')).waitFor()
    // Idle, nobody has been served yet: the tablet invites a rating, it does not thank anyone.
    expect(await tablet.getByTestId('rating-idle').innerText()).not.toMatch(/cảm ơn/i)
    expect(await tablet.getByTestId('rating-idle').innerText()).toContain('Ông/Bà')
    // Touch only: a long press neither selects text nor opens the browser's menu.
    expect(
      await tablet.evaluate(() => ({
        menuBlocked: !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
        selectable: getComputedStyle(document.body).userSelect,
      })),
    ).toEqual({ menuBlocked: true, selectable: 'none' })
    await tablet.screenshot({ path: `${SHOTS}/display-rate-idle.png` })

    await api.next(token, '2') // finishes `earlier`, calls `rated`
    await api.post(`/tickets/${rated.id}/finish`, token)
    // Only the tablets of counter 2 ask, and they ask about the ticket finished last.
    await tablet.getByText(message('rate.forNumber', { number: rated.number })).waitFor()
    await spare.getByTestId('rating-faces').waitFor()
    await tablet.screenshot({ path: `${SHOTS}/display-rate-faces.png` })
    expect(await other.getByTestId('rating-faces').count()).toBe(0)

    // A low score asks why, with the office's reasons.
    await tablet.getByTestId('rating-2').click()
    await tablet.getByRole('button', { name: 'Chờ lâu' }).click()
    await tablet.screenshot({ path: `${SHOTS}/display-rate-reasons.png` })
    await tablet.getByTestId('rating-send').click()
    await tablet.getByTestId('rating-thanks').waitFor()
    expect((await ticketOf(rated.id)).rated).toBe(true)
    expect((await ticketOf(earlier.id)).rated).toBe(false)

    // The second tablet still shows the faces: its rating is refused in the catalog's words.
    await spare.getByTestId('rating-4').click()
    const refused = spare.getByTestId('rating-error').getByTestId('error')
    await refused.waitFor()
    expect(await refused.getAttribute('data-code')).toBe('ALREADY_RATED')
    expect(await refused.innerText()).toBe(message('errors.ALREADY_RATED'))
    await spare.screenshot({ path: `${SHOTS}/display-rate-refused.png` })

    // Thanks, then back to idle by itself.
    await tablet.getByTestId('rating-idle').waitFor({ timeout: 10_000 })
    await Promise.all([tablet.close(), spare.close(), other.close()])
  })
})

describe('phone page', () => {
  it('follows a ticket from waiting to called to rated', async () => {
    const token = await api.login('canbo4')
    const before = await api.issue('CHUNGTHUC')
    const mine = await api.issue('CHUNGTHUC')
    const phone = await browser.newPage({ viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true })
    phone.on('pageerror', (e) => errors.push(`phone: ${e.message}`))
    await phone.addInitScript(() => {
      const w = window as unknown as { __vibrations: unknown[] }
      w.__vibrations = []
      navigator.vibrate = ((pattern: unknown) => {
        w.__vibrations.push(pattern)
        return true
      }) as Navigator['vibrate']
    })
    await phone.goto(`${server.url}/t/${mine.id}`)
    await phone.getByTestId('phone-number').getByText(mine.number).waitFor()
    await phone.getByTestId('people-ahead').getByText('1').waitFor()
    await phone.getByText(message('phone.peopleAhead')).waitFor()
    expect(await phone.locator('body').innerText()).not.toMatch(/\bbạn\b/i)
    await phone.screenshot({ path: `${SHOTS}/display-phone-waiting.png` })

    await api.next(token, '4') // `before` is called: nobody ahead any more
    await phone.getByTestId('people-ahead').getByText('0').waitFor({ timeout: 2000 })
    expect((await ticketOf(before.id)).status).toBe('called')

    await api.next(token, '4') // mine
    const called = phone.getByTestId('phone-called')
    await called.getByText(message('phone.yourTurn')).waitFor({ timeout: 2000 })
    await called.getByText('Quầy số 4').waitFor()
    expect(await phone.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations.length)).toBe(1)
    expect(await called.innerText()).not.toMatch(/\bbạn\b/i)
    // White on green, read in the sun: every line of the card at least 4.5:1 (WCAG AA), all through the pulse.
    for (let i = 0; i < 4; i++) {
      for (const ratio of await contrastsIn(phone, '[data-testid=phone-called]')) expect(ratio).toBeGreaterThanOrEqual(4.5)
      await phone.waitForTimeout(350)
    }
    await phone.screenshot({ path: `${SHOTS}/display-phone-called.png` })

    await api.post(`/tickets/${mine.id}/finish`, token)
    await phone.getByTestId('rating-faces').waitFor({ timeout: 2000 })
    await phone.screenshot({ path: `${SHOTS}/display-phone-rate.png` })
    await phone.getByTestId('rating-3').click()
    await phone.getByTestId('phone-rated').getByText(message('phone.rated')).waitFor()
    expect(await phone.locator('body').innerText()).not.toMatch(/\bbạn\b/i)
    for (const ratio of await contrastsIn(phone, '[data-testid=phone-rated]')) expect(ratio).toBeGreaterThanOrEqual(4.5)
    expect((await ticketOf(mine.id)).rated).toBe(true)
    await phone.screenshot({ path: `${SHOTS}/display-phone-rated.png` })

    // Once only: after a reload the page thanks instead of asking again; the API refuses a second.
    await phone.reload()
    await phone.getByTestId('phone-rated').waitFor()
    const again = await api.post<{ error: { code: string } }>(`/tickets/${mine.id}/rating`, undefined, { score: 1 })
    expect(again.body.error.code).toBe('ALREADY_RATED')
    await phone.close()
  })

  it('says so clearly for an unknown ticket', async () => {
    const phone = await openPage(browser, `${server.url}/t/khong-co-phieu-nay`, VIEWPORTS.phone, errors)
    await phone.getByTestId('phone-not-found').getByText(message('phone.notFound')).waitFor()
    await phone.screenshot({ path: `${SHOTS}/display-phone-unknown.png` })
    await phone.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
