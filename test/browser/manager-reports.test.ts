import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import type { DurationStats, ReportBreakdown, ReportIndicators, ReportTicketPage, SummaryReport } from '@luot/server/contract'
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

// The tab's formats (vi-VN, minutes and percentages to 0.1), so a cell is compared with the API's number.
const tenth = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })
const count = (n: number) => new Intl.NumberFormat('vi-VN').format(n)
const EMPTY = message('common.noValue')
const minutes = (m: number) => message('reports.minutes', { value: tenth.format(m) })
const percent = (p: number | null) => (p === null ? EMPTY : message('reports.percent', { value: tenth.format(p) }))
const hours = (m: number) => message('reports.hours', { value: tenth.format(m / 60) })
/** What a DurationStats figure must read: the empty mark when nothing was measured, never "0 phút". */
const stat = (s: DurationStats, key: 'mean' | 'median' | 'p90' | 'max', bare = false) =>
  !s.count ? EMPTY : bare ? tenth.format(s[key]) : minutes(s[key])
const cell = (row: Locator, key: string) => row.locator(`[data-key="${key}"]`).innerText()
const fact = async (page: Page, id: string) => page.getByTestId(`fact-${id}`).locator('strong').innerText()

/** Each figure of a stats row (ReportStatsTable) against the API's. */
async function expectStatsRow(row: Locator, s: DurationStats & { withinTargetPercent?: number | null }, bare = false) {
  expect(await cell(row, 'count')).toBe(count(s.count))
  for (const key of ['mean', 'median', 'p90', 'max'] as const) expect(await cell(row, key), key).toBe(stat(s, key, bare))
  if (s.withinTargetPercent !== undefined) expect(await cell(row, 'within')).toBe(percent(s.count ? s.withinTargetPercent : null))
}

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
  }, 60_000) // ~30 steps, two downloads, a full-page screenshot and a PDF: over 30 s on a busy machine

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

  it('shows this quarter and the 766 line, filters by hour of issue and weekday, and the print page names them', async () => {
    const range = 'from=2026-11-01&to=2026-11-25'
    const page = await openReports()
    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')
    // The 766-style estimate drawn against its target line, where the API puts both.
    const { dossiers } = (await api.get<ReportIndicators>('/reports/indicators?from=2026-11-01&to=2026-11-25', token)).body
    expect(dossiers.estimatePercent).not.toBeNull()
    const gauge = page.getByTestId('estimate-gauge')
    expect(await gauge.getAttribute('aria-label')).toBe(
      message('reports.estimateGauge', { value: percent(dossiers.estimatePercent), target: percent(dossiers.targetPercent) }),
    )
    const track = (await gauge.locator('.report-gauge__track').boundingBox())!
    const line = (await gauge.getByTestId('estimate-gauge-line').boundingBox())!
    expect((line.x + line.width / 2 - track.x) / track.width).toBeCloseTo(dossiers.targetPercent / 100, 2)
    expect(await gauge.innerText()).toBe(message('reports.estimateLine', { target: percent(dossiers.targetPercent) }))
    // This quarter: from the first day of its first month (October) to today.
    await page.getByTestId('period-quarter').click()
    await shows(page, '2026-10-01', '2026-11-25')
    expect(await issuedOnCard(page)).toBe((await summary('2026-10-01', '2026-11-25')).tickets)

    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')

    // The hour list holds the hours with tickets in the period, as the breakdown by hour has them.
    const byHour = (await api.get<ReportBreakdown>(`/reports/breakdown?${range}&by=hour`, token)).body
    const options = await page.locator('select[name=hour] option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    expect(options).toEqual(['', ...byHour.rows.map((r) => String(Number(r.key)))])
    await page.locator('select[name=hour]').selectOption('9')
    await page.locator('[data-testid=reports][data-state=ready] .reports__body[data-hour="9"]').waitFor()
    const nine = (await api.get<ReportIndicators>(`/reports/indicators?${range}&hour=9`, token)).body
    expect(nine.tickets.issued).toBe(byHour.rows.find((r) => r.key === '09')?.tickets.issued)
    expect(await issuedOnCard(page)).toBe(nine.tickets.issued)
    await page.locator('select[name=weekday]').selectOption('tue')
    await page.locator('[data-testid=reports][data-state=ready] .reports__body[data-hour="9"][data-weekday=tue]').waitFor()
    const both = (await api.get<ReportIndicators>(`/reports/indicators?${range}&hour=9&weekday=tue`, token)).body
    expect(both.tickets.issued).toBeGreaterThan(0)
    expect(both.tickets.issued).toBeLessThan(nine.tickets.issued)
    expect(await issuedOnCard(page)).toBe(both.tickets.issued)
    // Only Tuesdays count as days of the period.
    expect(await page.getByTestId('card-issued').locator('.report-card__detail').innerText()).toBe(message('reports.days', { days: both.days }))
    expect(page.url()).toContain('hour=9')
    expect(page.url()).toContain('weekday=tue')
    await page.screenshot({ path: `${SHOTS}/manager-reports-hour-weekday.png` })

    await page.getByTestId('print-link').click()
    await page.getByTestId('print-report').waitFor()
    const scope = message('print.scopeHour', { hours: message('reports.hourRange', { from: '09:00', to: '10:00' }) })
    expect(await page.getByTestId('print-report').innerText()).toContain(message('print.filter', { scope: `${scope} · ${message('reports.weekdayTue')}` }))
    expect(await page.getByTestId('print-figures-rowIssued').locator('td').last().innerText()).toBe(count(both.tickets.issued))
    await page.close()
  })

  it('shows every indicator the API computes: times, slots, queue, counters, priority, coverage, actions', async () => {
    const range = 'from=2026-11-01&to=2026-11-25'
    const view = (await api.get<ReportIndicators>(`/reports/indicators?${range}`, token)).body
    const byService = (await api.get<ReportBreakdown>(`/reports/breakdown?${range}&by=service`, token)).body
    const page = await openReports()
    await page.getByTestId('period-month').click()
    await shows(page, '2026-11-01', '2026-11-25')

    // Readable at 1366×768 and 1920×1080: no card is wider than its place on the page.
    const overflowing = () =>
      page.locator('.reports__body').evaluate((body) =>
        [...body.querySelectorAll('.card')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.getAttribute('data-testid') ?? c.className),
      )
    expect(await overflowing()).toEqual([])
    await page.setViewportSize(VIEWPORTS.tv)
    expect(await overflowing()).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.tv.width)
    await page.setViewportSize(VIEWPORTS.staff)

    // 1. Service time: both rows in full, what left the normal path, and each field's service time.
    const times = page.getByTestId('report-service-time')
    await expectStatsRow(times.getByTestId('service-time-stats-wait'), view.waitMinutes)
    await expectStatsRow(times.getByTestId('service-time-stats-service'), view.serviceMinutes)
    expect(await fact(page, 'transferred')).toBe(count(view.tickets.transferred))
    expect(await fact(page, 'cancelled')).toBe(count(view.tickets.cancelled))
    expect(await fact(page, 'left-at-close')).toBe(count(view.tickets.leftAtClose))
    expect(view.tickets.leftAtClose).toBeGreaterThan(0)
    for (const r of byService.rows) {
      const row = times.getByTestId(`service-time-fields-${r.key || 'none'}`)
      for (const key of ['mean', 'median', 'p90', 'max'] as const) expect(await cell(row, key), `${r.key} ${key}`).toBe(stat(r.serviceMinutes, key))
      expect(await cell(row, 'within')).toBe(percent(r.serviceMinutes.count ? r.serviceMinutes.withinTargetPercent : null))
      expect(await cell(row, 'wait-max')).toBe(stat(r.waitMinutes, 'max'))
    }
    await times.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-times.png` })

    // 2. Punctuality against the slot.
    const slots = page.getByTestId('report-punctuality')
    await expectStatsRow(slots.getByTestId('punctuality-stats-arrival'), view.arrivalVsSlotMinutes)
    await expectStatsRow(slots.getByTestId('punctuality-stats-call'), view.callVsSlotMinutes)
    expect(await fact(page, 'before-slot')).toBe(count(view.arrivalVsSlotMinutes.beforeSlot))
    expect(await fact(page, 'in-or-after-slot')).toBe(count(view.arrivalVsSlotMinutes.inOrAfterSlot))

    // 3. Longest queue per hour (first label list: the period's maximum) and each counter's use.
    const queue = page.getByTestId('chart-longest-queue')
    expect(await queue.locator('svg .recharts-label-list').first().locator('text').allTextContents()).toEqual(
      view.longestQueue.map((q) => tenth.format(q.max)),
    )
    // Arrivals per weekday: the mean per open day of each weekday, one bar each.
    const weekdays = page.getByTestId('chart-arrivals-weekday')
    expect(view.arrivals.byWeekday.length).toBeGreaterThan(3)
    expect(await weekdays.locator('svg .recharts-label-list text').allTextContents()).toEqual(view.arrivals.byWeekday.map((w) => tenth.format(w.perDay)))
    expect(await weekdays.locator('svg .recharts-cartesian-axis-tick-value').allTextContents()).toContain(message('reports.weekdayMon'))
    expect(view.counters.length).toBeGreaterThan(2)
    for (const c of view.counters) {
      const row = page.getByTestId(`counter-use-${c.counterId}`)
      expect(await cell(row, 'open')).toBe(hours(c.openMinutes))
      expect(await cell(row, 'busy')).toBe(hours(c.busyMinutes))
      expect(await cell(row, 'utilisation')).toBe(percent(c.utilisationPercent))
      expect(await cell(row, 'paused')).toBe(minutes(c.pausedMinutes))
      const pauses = await cell(row, 'pauses')
      for (const p of c.pauses) expect(pauses).toContain(`${p.reason ?? message('reports.noReason')}: ${count(p.count)}`)
    }
    await page.getByTestId('report-counter-use').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-counters.png` })

    // 4. Priority equity: normal, all priority, then each class.
    const equity = page.getByTestId('report-priority-equity')
    const { normal, priority, byClass } = view.priorityEquity
    for (const [id, tickets, wait] of [
      ['normal', normal.tickets, normal.waitMinutes],
      ['priority', priority.tickets, priority.waitMinutes],
      ...byClass.map((c) => [c.priority, c.tickets, c.waitMinutes] as const),
    ] as const) {
      const row = equity.getByTestId(`priority-equity-${id}`)
      expect(await cell(row, 'tickets')).toBe(count(tickets))
      expect(await cell(row, 'count')).toBe(count(wait.count))
      for (const key of ['mean', 'median', 'p90'] as const) expect(await cell(row, key), `${id} ${key}`).toBe(stat(wait, key))
    }

    // 5. Satisfaction: coverage said plainly, and the reasons for "Không hài lòng" with their counts.
    const detail = view.satisfactionDetail
    expect(await fact(page, 'coverage')).toBe(percent(detail.coveragePercent))
    expect(await page.getByTestId('fact-coverage').innerText()).toContain(`${count(detail.ratings)} lượt đánh giá / ${count(detail.served)}`)
    expect(detail.topReasonsForScore1.length).toBeGreaterThan(0)
    const reasons = page.getByTestId('dissatisfaction-reasons-row')
    expect(await reasons.allInnerTexts()).toEqual(detail.topReasonsForScore1.map((r) => `${r.reason}\t${count(r.count)}`))
    await equity.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-equity.png` })

    // 6. Manual and out-of-order actions, transfers and pauses with their reasons.
    const { actions } = view
    expect(await fact(page, 'out-of-order')).toBe(count(actions.outOfOrderCalls))
    expect(await fact(page, 'recalls')).toBe(count(actions.recalls))
    expect(await fact(page, 'transfers')).toBe(count(view.tickets.transfers))
    expect(await fact(page, 'no-shows')).toBe(count(actions.noShows))
    expect(await fact(page, 'action-cancelled')).toBe(count(actions.cancelled))
    const transfers = page.getByTestId('actions-transfers-row')
    expect(actions.transfers.length).toBeGreaterThan(8)
    expect(await transfers.count()).toBe(8)
    await page.getByTestId('actions-transfers-more').click()
    expect(await transfers.count()).toBe(actions.transfers.length)
    expect((await transfers.allInnerTexts()).map((t) => t.split('\t').slice(2).join('\t'))).toEqual(
      actions.transfers.map((x) => `${x.reason ?? message('reports.noReason')}\t${count(x.count)}`),
    )
    expect(await page.getByTestId('actions-pauses-row').allInnerTexts()).toEqual(
      actions.pauses.map((p) => `${p.reason ?? message('reports.noReason')}\t${count(p.count)}\t${minutes(p.minutes)}`),
    )
    await page.getByTestId('report-actions').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/manager-reports-actions.png` })

    // 7. Empty figures: tickets that never reached a counter have no wait, so no "within target" either;
    // filtered to one priority class, the "no priority" row has nothing to measure.
    const split = page.getByTestId('breakdown-split-none')
    expect(await split.locator('td').allInnerTexts()).toEqual([
      expect.any(String), expect.any(String), expect.any(String), EMPTY, EMPTY, EMPTY, EMPTY, expect.any(String),
    ])
    const merit = (await api.get<ReportIndicators>(`/reports/indicators?${range}&priority=merit`, token)).body
    expect(merit.priorityEquity.normal.waitMinutes.count).toBe(0)
    await page.locator('select[name=priority]').selectOption('merit')
    await page.locator('[data-testid=reports][data-state=ready] .reports__body[data-priority=merit]').waitFor()
    const empty = page.getByTestId('priority-equity-normal')
    for (const key of ['mean', 'median', 'p90']) expect(await cell(empty, key)).toBe(EMPTY)
    await expectStatsRow(page.getByTestId('service-time-stats-wait'), merit.waitMinutes)
    await page.close()
  })

  it('prints the new tables on the A4 page, with the place of the unit in the date line', async () => {
    const range = 'from=2026-11-01&to=2026-11-25'
    const view = (await api.get<ReportIndicators>(`/reports/indicators?${range}`, token)).body
    // Signed in on the tab first: the login lives in the tab's sessionStorage, which the print page reads.
    const page = await openReports()
    await page.goto(`${server.url}/manager/print?${range}`)
    await page.setViewportSize(A4)
    const sheet = page.getByTestId('print-report')
    await sheet.waitFor()
    expect(await sheet.locator('h1').innerText()).toBe(message('print.title'))
    await expectStatsRow(page.getByTestId('print-times-wait'), view.waitMinutes, true)
    await expectStatsRow(page.getByTestId('print-times-service'), view.serviceMinutes, true)
    await expectStatsRow(page.getByTestId('print-times-arrival'), view.arrivalVsSlotMinutes, true)
    await expectStatsRow(page.getByTestId('print-times-call'), view.callVsSlotMinutes, true)
    expect(await page.getByTestId('print-slot-note').innerText()).toBe(
      message('print.slotNote', { before: count(view.arrivalVsSlotMinutes.beforeSlot), after: count(view.arrivalVsSlotMinutes.inOrAfterSlot) }),
    )
    expect(await page.getByTestId('print-counter-use').locator('tbody tr').count()).toBe(view.counters.length)
    for (const c of view.counters) expect(await cell(page.getByTestId(`print-counter-use-${c.counterId}`), 'utilisation')).toBe(percent(c.utilisationPercent))
    const normal = page.getByTestId('print-priority-normal')
    expect(await cell(normal, 'mean')).toBe(stat(view.priorityEquity.normal.waitMinutes, 'mean', true))
    expect(await page.getByTestId('print-priority').locator('tbody tr').count()).toBe(2 + view.priorityEquity.byClass.length)
    const detail = view.satisfactionDetail
    expect(await page.getByTestId('print-coverage').innerText()).toBe(
      message('print.coverage', { share: percent(detail.coveragePercent), ratings: count(detail.ratings), served: count(detail.served) }),
    )
    expect(await page.getByTestId('print-reasons-row').count()).toBe(detail.topReasonsForScore1.length)
    expect(await page.getByTestId('print-figures-rowLeftAtClose').locator('td').last().innerText()).toBe(count(view.tickets.leftAtClose))
    // The demo office's unit is "UBND phường Ba Đình, …": its place heads the date line (Nghị định 30/2020).
    expect(await page.getByTestId('print-place-date').innerText()).toBe(message('print.placeDate', { place: 'Ba Đình', day: '25', month: '11', year: '2026' }))
    // Nothing wider than the sheet: every table fits A4 portrait.
    const overflow = await sheet.evaluate((el) => [...el.querySelectorAll('table')].filter((t) => t.scrollWidth > el.clientWidth).length)
    expect(overflow).toBe(0)
    await page.screenshot({ path: `${SHOTS}/manager-print-full.png`, fullPage: true })
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 624, height: 1123 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(624)
    await page.pdf({ path: `${SHOTS}/manager-print-full.pdf`, format: 'A4', preferCSSPageSize: true })
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
