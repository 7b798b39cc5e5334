import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { ReportBreakdown, ReportIndicators, ReportTicketPage, SummaryReport } from '@luot/server/contract'
import { ROOT, startServer, tempDataDir } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, catalogValues, CLOCK_START, launchBrowser, message, openPage, SHOTS, VIEWPORTS } from './display-helpers.ts'

// The manager's reports on the real server, over 20 simulated working days that end the day before
// the test clock (2026-11-25), so every figure comes from closed days.
let server: ServerProcess
let browser: Browser
let token: string
const errors: string[] = []
const api = apiFor(() => server)
const A4 = { width: 794, height: 1123 }

beforeAll(async () => {
  const dataDir = tempDataDir()
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/src/demo-data/cli.ts'), '--days', '20', '--end', '2026-11-24', '--data-dir', dataDir],
    { cwd: ROOT },
  )
  server = await startServer({ clockStart: CLOCK_START, dataDir })
  browser = await launchBrowser()
  token = await api.login('quanly')
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const summary = async (from: string, to: string) => {
  const res = await api.get<SummaryReport>(`/reports/summary?from=${from}&to=${to}`, token)
  expect(res.status).toBe(200)
  return res.body
}

/** Waits until the tab shows the figures of exactly this range. */
const shows = (page: Page, from: string, to: string) =>
  page.locator(`[data-testid=reports][data-state=ready] .reports__body[data-from="${from}"][data-to="${to}"]`).waitFor()

const issuedOnCard = async (page: Page) => Number((await page.getByTestId('card-issued').locator('strong').innerText()).replace(/\D/g, ''))

async function openReports(lang = ''): Promise<Page> {
  const page = await openPage(browser, `${server.url}/manager/${lang}`, VIEWPORTS.staff, errors)
  await page.locator('input[name=username]').fill('quanly')
  await page.locator('input[name=password]').fill('demo')
  await page.keyboard.press('Enter')
  await page.getByTestId('tab-reports').click()
  await page.getByTestId('report-cards').waitFor()
  return page
}

describe('manager reports', () => {
  it('shows the month, a custom range, charts, a drill and the exports', async () => {
    const page = await openReports()
    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')
    const month = await summary('2026-11-01', '2026-11-25')
    expect(month.tickets).toBeGreaterThan(1000)
    expect(await issuedOnCard(page)).toBe(month.tickets)
    // Recharts draws each bar as a path inside .recharts-bar-rectangle.
    for (const chart of ['chart-wait-hour', 'chart-wait-distribution', 'chart-satisfaction', 'chart-arrivals'])
      expect(await page.locator(`[data-testid=${chart}] svg .recharts-bar-rectangle path`).count(), chart).toBeGreaterThan(2)
    await expect.poll(() => page.getByTestId('card-estimate').innerText()).toContain(message('reports.cardEstimateLabel'))
    await page.screenshot({ path: `${SHOTS}/manager-reports.png` })
    await page.screenshot({ path: `${SHOTS}/manager-reports-full.png`, fullPage: true })

    await page.getByTestId('period-custom').click()
    await page.locator('input[name=from]').fill('2026-11-10')
    await page.locator('input[name=to]').fill('2026-11-20')
    await shows(page, '2026-11-10', '2026-11-20')
    const custom = await summary('2026-11-10', '2026-11-20')
    expect(custom.tickets).toBeLessThan(month.tickets)
    expect(await issuedOnCard(page)).toBe(custom.tickets)

    await page.getByTestId('breakdown-service-HOTICH').getByRole('button').click()
    const drill = page.locator('[data-testid=report-tickets][data-service=HOTICH]')
    await drill.getByTestId('report-ticket').first().waitFor()
    const listed = await api.get<ReportTicketPage>('/reports/tickets?from=2026-11-10&to=2026-11-20&serviceId=HOTICH&limit=1', token)
    expect(listed.body.total).toBeGreaterThan(50)
    expect(await drill.getByTestId('report-ticket').count()).toBe(50)
    await drill.getByText(message('reports.nextPage')).click()
    await drill.getByTestId('report-tickets-page').getByText(new RegExp(`^51–100 / ${listed.body.total.toLocaleString('vi-VN')}`)).waitFor()
    await drill.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-drill.png` })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
    expect(download.suggestedFilename()).toBe('luot-2026-11-10-2026-11-20.xlsx')
    expect(readFileSync(await download.path()).subarray(0, 2).toString('latin1')).toBe('PK')

    await page.getByTestId('print-link').click()
    await page.getByTestId('print-report').waitFor()
    const sheet = await page.getByTestId('print-report').innerText()
    expect(sheet).toContain(message('print.nation'))
    expect(sheet).toContain(message('print.motto'))
    expect(await page.getByTestId('print-period').innerText()).toBe(message('print.period', { from: '10/11/2026', to: '20/11/2026' }))
    expect(await page.getByTestId('print-services').locator('tbody tr').count()).toBe(custom.byService.length)
    await page.setViewportSize(A4)
    await page.screenshot({ path: `${SHOTS}/manager-print.png`, fullPage: true })
    await page.pdf({ path: `${SHOTS}/manager-print.pdf`, format: 'A4', preferCSSPageSize: true })
    // The printed layout itself: print media, A4 less the 30 mm + 15 mm side margins (165 mm ≈ 624 px).
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 624, height: 1123 })
    await page.screenshot({ path: `${SHOTS}/manager-print-media.png`, fullPage: true })
    await page.emulateMedia({ media: 'screen' })

    await page.getByText(message('print.back')).click()
    await shows(page, '2026-11-10', '2026-11-20')
    await page.close()
  })

  it('filters by staff and priority, splits by weekday and draws the distribution of waits', async () => {
    const range = 'from=2026-11-01&to=2026-11-25'
    const page = await openReports()
    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')

    // The wait distribution: one bar per bucket, each labelled with its count; together, every called ticket.
    const all = (await api.get<ReportIndicators>(`/reports/indicators?${range}`, token)).body
    const chart = page.getByTestId('chart-wait-distribution')
    expect(await chart.locator('svg .recharts-bar-rectangle').count()).toBe(8)
    const labels = await chart.locator('svg .recharts-label-list text').allTextContents()
    expect(labels).toHaveLength(8)
    const total = labels.reduce((n, text) => n + Number(text.replace(/\D/g, '')), 0)
    expect(total).toBe(all.tickets.called)
    expect(labels.map((text) => Number(text.replace(/\D/g, '')))).toEqual(all.waitDistribution.map((b) => b.count))
    await chart.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-distribution.png` })

    // Satisfaction over time: a month goes by day, one dot per day with ratings, and a year goes by month.
    const byDay = (await api.get<ReportBreakdown>(`/reports/breakdown?${range}&by=day`, token)).body
    const trend = page.locator('[data-testid=chart-satisfaction-trend][data-by=day]')
    const rated = byDay.rows.filter((r) => r.satisfaction.ratings > 0)
    expect(rated.length).toBeGreaterThan(10)
    expect(await trend.locator('svg .recharts-line-dots circle').count()).toBe(rated.length)
    expect(await trend.locator('svg .recharts-bar-rectangle').count()).toBe(byDay.rows.length)
    await trend.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-trend.png` })
    await page.getByTestId('period-year').click()
    await shows(page, '2026-01-01', '2026-11-25')
    await page.locator('[data-testid=chart-satisfaction-trend][data-by=month]').waitFor()
    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')

    // Split by weekday: one row per weekday the API gives, in its order.
    await page.locator('select[name=splitBy]').selectOption('weekday')
    await page.locator('[data-testid=reports][data-state=ready] [data-testid=report-split][data-by=weekday]').waitFor()
    const weekdays = (await api.get<ReportBreakdown>(`/reports/breakdown?${range}&by=weekday`, token)).body
    expect(weekdays.rows.length).toBeGreaterThan(3)
    const split = page.getByTestId('breakdown-split')
    expect(await split.locator('tbody th').allInnerTexts()).toEqual(weekdays.rows.map((r) => r.name))
    await split.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-split.png` })

    // Staff filter: the headline count is the API's for that staffId; priority `none` narrows it again.
    const staff = (await api.get<ReportBreakdown>(`/reports/breakdown?${range}&by=staff`, token)).body.rows.find((r) => r.key !== '')
    expect(staff).toBeDefined()
    const staffId = staff!.key
    const mine = (await api.get<ReportIndicators>(`/reports/indicators?${range}&staffId=${staffId}`, token)).body
    expect(mine.tickets.issued).toBeGreaterThan(0)
    expect(mine.tickets.issued).toBeLessThan(all.tickets.issued)
    await page.locator('select[name=staffId]').selectOption(staffId)
    await page.locator(`[data-testid=reports][data-state=ready] .reports__body[data-staff-id="${staffId}"][data-priority=""]`).waitFor()
    expect(await issuedOnCard(page)).toBe(mine.tickets.issued)
    await page.locator('select[name=priority]').selectOption('none')
    await page.locator(`[data-testid=reports][data-state=ready] .reports__body[data-staff-id="${staffId}"][data-priority=none]`).waitFor()
    const plain = (await api.get<ReportIndicators>(`/reports/indicators?${range}&staffId=${staffId}&priority=none`, token)).body
    expect(await issuedOnCard(page)).toBe(plain.tickets.issued)
    expect(page.url()).toContain(`staffId=${staffId}`)
    await page.screenshot({ path: `${SHOTS}/manager-reports-staff.png` })

    // The export follows the filters: one CSV row per ticket of that staff member without priority.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
    const rows = readFileSync(await download.path(), 'utf8').trim().split('\r\n')
    expect(rows).toHaveLength(plain.tickets.issued + 1)
    await page.close()
  })

  it('has no catalog text outside the catalog (pseudo-language xx renders keys)', async () => {
    const page = await openReports('?lang=xx')
    await page.locator('[data-testid=reports][data-state=ready]').waitFor()
    const text = await page.locator('body').innerText()
    // Names (office, services, counters, staff) are the office's data, not the catalog's.
    const range = 'from=2026-11-01&to=2026-11-25'
    const answers = await Promise.all(
      ['/office', '/counters', '/services', `/reports/breakdown?${range}&by=staff`].map((p) => api.get(p, token)),
    )
    const data = JSON.stringify(answers)
    const leaked = catalogValues().filter((v) => v.length > 3 && !data.includes(v) && text.includes(v))
    expect(leaked).toEqual([])
    await page.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
