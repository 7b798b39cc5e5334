import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OfficeConfigSchema } from '../../server/src/config/schema.ts'
import { generateHistory } from '../../server/src/demo-data/generate-history.ts'
import { AGGREGATE_VERSION } from '../../server/src/reports/day-aggregate.ts'
import { summarizeTickets } from '../../server/src/reports/summary-from-tickets.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'
import { tempDataDir } from '../fixtures/server-process.ts'

// Six weeks of simulated history in the data folder, then the real server on it through HTTP.
let luot: TestLuot
let manager: string
const FROM = '2026-10-01'
const TO = '2026-11-25'

beforeAll(async () => {
  const dataDir = tempDataDir()
  const config = OfficeConfigSchema.parse(demoConfigInput())
  await generateHistory(config, { dataDir, days: 40, end: '2026-11-24', perDay: 60, seed: 'reports-api' })
  luot = await startLuot({ dataDir, at: '2026-11-25T09:05:00+07:00' })
  manager = await luot.login('quanly')
})
afterAll(async () => {
  await luot.close()
})

const get = (path: string, token = manager) => luot.call('GET', path, { token })

describe('GET /api/reports/summary', () => {
  it('answers from aggregates exactly what every archived ticket gives, today included', async () => {
    const staff = await luot.login('canbo1')
    const issued = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })
    luot.clock.advance(4 * 60_000)
    await luot.call('POST', '/api/counters/1/next', { token: staff })
    luot.clock.advance(9 * 60_000)
    await luot.call('POST', `/api/tickets/${issued.body.id}/finish`, { token: staff })

    const r = await get(`/api/reports/summary?from=${FROM}&to=${TO}`)
    expect(r.status).toBe(200)
    const days = []
    for (const date of await luot.store.listArchivedDates())
      if (date >= FROM) days.push({ date, tickets: (await luot.store.readArchive(date))?.tickets ?? [] })
    days.push({ date: TO, tickets: luot.store.state().tickets })
    expect(r.body).toEqual(summarizeTickets(luot.config, FROM, TO, days))
    expect(r.body.tickets).toBeGreaterThan(1000)
    const today = await get(`/api/reports/summary?from=${TO}&to=${TO}`)
    expect(today.body).toMatchObject({ tickets: 1, served: 1, waitMinutes: { median: 4 }, serviceMinutes: { median: 9 } })
  })

  it('rebuilds an aggregate that is missing, damaged or from an older version, at the next start', async () => {
    // Its own small folder: the server keeps the days it has read in memory, so a file changed under a
    // running server is seen at the next start, as after an upgrade that changes the aggregate's shape.
    const dataDir = tempDataDir()
    await generateHistory(luot.config, { dataDir, days: 3, end: '2026-11-24', perDay: 30, seed: 'rebuild' })
    const [first] = readdirSync(join(dataDir, 'aggregates')).sort()
    const file = join(dataDir, 'aggregates', first!)
    const summaryOnce = async () => {
      const server = await startLuot({ dataDir, at: '2026-11-25T09:05:00+07:00' })
      try {
        return (await server.call('GET', '/api/reports/summary?from=2026-11-01&to=2026-11-24', { token: await server.login('quanly') })).body
      } finally {
        await server.close()
      }
    }
    const before = await summaryOnce()
    expect(before.tickets).toBeGreaterThan(0)
    for (const damage of [() => rmSync(file), () => writeFileSync(file, '{"aggregateVersion": 0}'), () => writeFileSync(file, '{ torn')]) {
      damage()
      expect(await summaryOnce()).toEqual(before)
      expect(JSON.parse(readFileSync(file, 'utf8')).aggregateVersion).toBe(AGGREGATE_VERSION)
    }
  })
})

describe('GET /api/reports/indicators, breakdown, tickets', () => {
  it('filters agree with the summary and the breakdowns add up', async () => {
    const summary = (await get(`/api/reports/summary?from=${FROM}&to=2026-11-24`)).body
    const land = (await get(`/api/reports/indicators?from=${FROM}&to=2026-11-24&serviceId=DATDAI`)).body
    const landSummary = summary.byService.find((s: any) => s.serviceId === 'DATDAI')
    expect(land.tickets.issued).toBe(landSummary.tickets)
    expect(land.waitMinutes).toMatchObject(landSummary.waitMinutes)
    expect(land.satisfactionDetail.distribution).toHaveLength(4)
    expect(land.dossiers.label).toContain('766')
    for (const by of ['service', 'counter', 'staff', 'priority', 'hour', 'weekday']) {
      const b = await get(`/api/reports/breakdown?from=${FROM}&to=2026-11-24&by=${by}`)
      expect(b.status).toBe(200)
      expect(b.body.rows.reduce((n: number, r: any) => n + r.tickets.issued, 0)).toBe(summary.tickets)
    }
    const combined = await get(`/api/reports/indicators?from=${FROM}&to=2026-11-24&serviceId=DATDAI&counterId=1&staffId=canbo1&priority=none`)
    expect(combined.body.tickets.issued).toBeGreaterThan(0)
    expect(combined.body.tickets.issued).toBeLessThan(land.tickets.issued)
    // The wait distribution covers exactly the called tickets of the filter.
    for (const view of [land, combined.body]) {
      expect(view.waitDistribution).toHaveLength(8)
      expect(view.waitDistribution.reduce((n: number, b: any) => n + b.count, 0)).toBe(view.waitMinutes.count)
      expect(view.waitMinutes.count).toBe(view.tickets.called)
    }
  })

  it('filters by hour of issue and weekday as the breakdowns split them, in the exports too', async () => {
    const range = `from=${FROM}&to=2026-11-24`
    const byHour = (await get(`/api/reports/breakdown?${range}&by=hour`)).body.rows
    const byWeekday = (await get(`/api/reports/breakdown?${range}&by=weekday&serviceId=HOTICH`)).body.rows
    const nine = byHour.find((r: any) => r.key === '09')
    const tuesday = byWeekday.find((r: any) => r.key === 'tue')
    expect(nine.tickets.issued).toBeGreaterThan(0)
    expect(tuesday.tickets.issued).toBeGreaterThan(0)
    const atNine = (await get(`/api/reports/indicators?${range}&hour=9`)).body
    expect(atNine.filter).toMatchObject({ hour: 9 })
    expect([atNine.tickets, atNine.waitMinutes, atNine.satisfaction]).toEqual([nine.tickets, nine.waitMinutes, nine.satisfaction])
    expect(atNine.longestQueue.map((q: any) => q.hour)).toEqual(['09:00'])
    const onTuesdays = (await get(`/api/reports/indicators?${range}&weekday=tue&serviceId=HOTICH`)).body
    expect([onTuesdays.tickets, onTuesdays.waitMinutes]).toEqual([tuesday.tickets, tuesday.waitMinutes])
    expect(onTuesdays.arrivals.byWeekday.map((w: any) => w.weekday)).toEqual(['tue'])
    // Both together, against the tickets listed and the CSV rows.
    const q = `${range}&hour=9&weekday=tue`
    const both = (await get(`/api/reports/indicators?${q}`)).body.tickets.issued
    expect(both).toBeGreaterThan(0)
    expect(both).toBeLessThan(nine.tickets.issued)
    expect((await get(`/api/reports/tickets?${q}&limit=1`)).body.total).toBe(both)
    const csv = await fetch(`${luot.url}/api/reports/export?${q}&format=csv`, { headers: { authorization: `Bearer ${manager}` } })
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(both + 1)
  })

  it('exports only the tickets of the chosen filters', async () => {
    const q = `from=2026-11-18&to=2026-11-24&staffId=canbo1&priority=none`
    const view = (await get(`/api/reports/indicators?${q}`)).body
    const csv = await fetch(`${luot.url}/api/reports/export?${q}&format=csv`, { headers: { authorization: `Bearer ${manager}` } })
    expect(csv.status).toBe(200)
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines).toHaveLength(view.tickets.issued + 1)
    expect(view.tickets.issued).toBeGreaterThan(0)
    const all = (await get('/api/reports/indicators?from=2026-11-18&to=2026-11-24')).body
    expect(view.tickets.issued).toBeLessThan(all.tickets.issued)
  })

  it('drills from a service to its tickets, a page at a time', async () => {
    const q = `from=${FROM}&to=2026-11-24&serviceId=HOTICH&status=done`
    const first = await get(`/api/reports/tickets?${q}&limit=5`)
    expect(first.body.tickets).toHaveLength(5)
    expect(first.body.tickets.every((t: any) => t.serviceId === 'HOTICH' && t.status === 'done')).toBe(true)
    const second = await get(`/api/reports/tickets?${q}&limit=5&offset=5`)
    expect(second.body.total).toBe(first.body.total)
    expect(second.body.tickets[0].number).not.toBe(first.body.tickets[0].number)
    expect(Object.keys(first.body.tickets[0])).not.toContain('id')
  })
})

describe('refusals', () => {
  it.each([
    ['an unknown parameter', '/api/reports/summary?from=2026-11-01&to=2026-11-02&format=csv'],
    ['from after to', '/api/reports/summary?from=2026-11-03&to=2026-11-02'],
    ['a range over five years', '/api/reports/indicators?from=2021-01-01&to=2026-01-01'],
    ['a day that does not exist', '/api/reports/summary?from=2026-02-30&to=2026-03-02'],
    ['a malformed date', '/api/reports/summary?from=2026-1-1&to=2026-03-02'],
    ['a missing date', '/api/reports/breakdown?from=2026-11-01&by=service'],
    ['an unknown dimension', '/api/reports/breakdown?from=2026-11-01&to=2026-11-02&by=colour'],
    ['an unknown priority', '/api/reports/indicators?from=2026-11-01&to=2026-11-02&priority=vip'],
    ['a zero page size', '/api/reports/tickets?from=2026-11-01&to=2026-11-02&limit=0'],
    ['an unknown export format', '/api/reports/export?from=2026-11-01&to=2026-11-02&format=pdf'],
    ['an unknown counter', '/api/reports/indicators?from=2026-11-01&to=2026-11-02&counterId=99'],
    ['an unknown staff member', '/api/reports/breakdown?from=2026-11-01&to=2026-11-02&by=hour&staffId=ghost'],
    ['a manager as staff filter', '/api/reports/export?from=2026-11-01&to=2026-11-02&staffId=quanly'],
    ['an hour past 23', '/api/reports/indicators?from=2026-11-01&to=2026-11-02&hour=24'],
    ['an hour that is not a number', '/api/reports/tickets?from=2026-11-01&to=2026-11-02&hour=9h'],
    ['an unknown weekday', '/api/reports/breakdown?from=2026-11-01&to=2026-11-02&by=service&weekday=monday'],
  ])('refuses %s with VALIDATION', async (_what, path) => {
    const r = await get(path)
    expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION'])
    expect(typeof r.body.error.message).toBe('string')
  })

  it('refuses a service the office does not have with UNKNOWN_SERVICE, on every report call', async () => {
    for (const call of ['indicators?', 'breakdown?by=counter&', 'tickets?', 'export?']) {
      const r = await get(`/api/reports/${call}from=2026-11-01&to=2026-11-02&serviceId=NOPE`)
      expect([r.status, r.body.error.code]).toEqual([400, 'UNKNOWN_SERVICE'])
    }
  })

  it('accepts exactly five years', async () => {
    expect((await get('/api/reports/summary?from=2021-11-26&to=2026-11-25')).status).toBe(200)
  })

  it('is for managers only', async () => {
    const staff = await luot.login('canbo2')
    for (const path of ['summary', 'indicators', 'breakdown', 'tickets', 'export']) {
      const r = await get(`/api/reports/${path}?from=2026-11-01&to=2026-11-02&by=service`, staff)
      expect([r.status, r.body.error.code]).toEqual([403, 'FORBIDDEN'])
    }
    const anonymous = await luot.call('GET', '/api/reports/summary?from=2026-11-01&to=2026-11-02')
    expect(anonymous.body.error.code).toBe('UNAUTHORIZED')
  })
})
