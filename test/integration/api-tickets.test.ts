import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

let luot: TestLuot
beforeEach(async () => {
  luot = await startLuot({ at: '2026-11-25T09:05:00+07:00' }) // a Wednesday morning
})
afterEach(async () => {
  await luot.close()
})

const issue = (body: unknown, headers?: Record<string, string>) => luot.call('POST', '/api/tickets', { body, ...(headers ? { headers } : {}) })
const ticketCount = () => luot.store.state().tickets.length

describe('public reads', () => {
  it('answers health, office, services, counters and slots', async () => {
    const health = await luot.call('GET', '/api/health')
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')
    expect(health.body.printers.map((p: { id: string }) => p.id)).toEqual(['kiosk-1', 'kiosk-2'])
    const office = await luot.call('GET', '/api/office')
    expect(office.body.today).toMatchObject({ date: '2026-11-25', open: true })
    expect(office.body.now).toMatch(/^2026-11-25T09:05:00\+07:00$/)
    const services = await luot.call('GET', '/api/services')
    expect(services.body.map((s: { prefix: string }) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
    expect(services.body[0]).toMatchObject({ id: 'DATDAI', name: 'Đất đai', waiting: 0 })
    const counters = await luot.call('GET', '/api/counters')
    expect(counters.body[0]).toEqual({ id: '1', name: 'Quầy số 1', serviceIds: ['DATDAI'], status: 'closed', ticket: null })
    const slots = await luot.call('GET', '/api/slots?serviceId=DATDAI')
    expect(slots.body[0]).toEqual({ start: '07:30', end: '08:00', capacity: 25, remaining: 0 }) // ended
    expect(slots.body[3]).toEqual({ start: '09:00', end: '09:30', capacity: 25, remaining: 25 })
    expect(slots.body.at(-1)).toMatchObject({ start: '16:30', end: '17:00' })
  })
})

describe('issuing', () => {
  it('issues numbered tickets into the current slot with an unguessable id', async () => {
    const a = await issue({ serviceId: 'DATDAI' })
    const b = await issue({ serviceId: 'DATDAI', priority: 'elderly' })
    const c = await issue({ serviceId: 'HOTICH', slot: '10:00' })
    expect(a.status).toBe(201)
    expect(a.body).toMatchObject({ number: 'A001', serviceId: 'DATDAI', slot: { start: '09:00', end: '09:30' }, priority: null, status: 'waiting', peopleAhead: 0, print: { state: 'queued' } })
    expect(b.body).toMatchObject({ number: 'A002', priority: 'elderly' })
    expect(c.body).toMatchObject({ number: 'B001', slot: { start: '10:00', end: '10:30' } })
    expect(a.body.id).toMatch(/^[A-Za-z0-9_-]{16,}$/)
    expect(a.body.issuedAt).toBe('2026-11-25T09:05:00+07:00')
    const got = await luot.call('GET', `/api/tickets/${a.body.id}`)
    expect(got.body).toMatchObject({ id: a.body.id, number: 'A001', status: 'waiting', rated: false })
  })

  it('refuses bad requests with the contract code and changes nothing', async () => {
    const cases: [unknown, Record<string, string> | undefined, number, string][] = [
      [{ serviceId: 'NOPE' }, undefined, 400, 'UNKNOWN_SERVICE'],
      [{ serviceId: 'DATDAI', name: 'Nguyễn Văn A' }, undefined, 400, 'VALIDATION'],
      [{ serviceId: 42 }, undefined, 400, 'VALIDATION'],
      [{ serviceId: 'DATDAI', priority: 'vip' }, undefined, 400, 'VALIDATION'],
      ['{"serviceId": "DATDAI"', undefined, 400, 'VALIDATION'],
      ['{"serviceId":"DATDAI"}', { 'content-type': 'text/plain' }, 400, 'VALIDATION'],
      [{ serviceId: 'DATDAI', slot: '08:00' }, undefined, 409, 'INVALID_SLOT'],
      [{ serviceId: 'DATDAI', slot: '12:00' }, undefined, 409, 'INVALID_SLOT'],
      [{ serviceId: 'DATDAI', slot: '25:00' }, undefined, 400, 'VALIDATION'],
      [{ serviceId: 'DATDAI', kioskId: 'kiosk-9' }, undefined, 400, 'VALIDATION'],
      [{ serviceId: 'DATDAI', comment: 'x'.repeat(70_000) }, undefined, 413, 'PAYLOAD_TOO_LARGE'],
    ]
    for (const [body, headers, status, code] of cases) {
      const r = await issue(body, headers)
      expect([r.status, r.body?.error?.code], JSON.stringify(body).slice(0, 60)).toEqual([status, code])
      expect(typeof r.body.error.message).toBe('string')
    }
    expect(ticketCount()).toBe(0)
    const unknownRoute = await luot.call('GET', '/api/nothing/here')
    expect([unknownRoute.status, unknownRoute.body.error.code]).toEqual([404, 'NOT_FOUND'])
    const unknownTicket = await luot.call('GET', '/api/tickets/does-not-exist')
    expect([unknownTicket.status, unknownTicket.body.error.code]).toEqual([404, 'NOT_FOUND'])
    const traversal = await luot.call('GET', '/kiosk/..%2F..%2Fpackage.json')
    expect(traversal.status).toBe(404)
  })

  it('fills a slot and then says SLOT_FULL, and moves "now" to the next slot with room', async () => {
    for (let i = 0; i < 25; i++) expect((await issue({ serviceId: 'DATDAI', slot: '09:00' })).status).toBe(201)
    const full = await issue({ serviceId: 'DATDAI', slot: '09:00' })
    expect([full.status, full.body.error.code]).toEqual([409, 'SLOT_FULL'])
    const now = await issue({ serviceId: 'DATDAI' })
    expect(now.body.slot).toEqual({ start: '09:30', end: '10:00' })
    const slots = await luot.call('GET', '/api/slots?serviceId=DATDAI')
    expect(slots.body[3]).toMatchObject({ start: '09:00', remaining: 0 })
  })

  it('is closed on Sundays, holidays and after the last slot', async () => {
    for (const at of ['2026-11-29T09:00:00+07:00', '2026-09-02T09:00:00+07:00', '2026-11-25T17:10:00+07:00']) {
      luot.clock.set(at)
      const r = await issue({ serviceId: 'DATDAI' })
      expect([at, r.status, r.body.error?.code]).toEqual([at, 409, 'OFFICE_CLOSED'])
    }
  })

  it('answers a repeated Idempotency-Key with the first ticket, and refuses it with another body', async () => {
    const key = { 'idempotency-key': 'kiosk-retry-1' }
    const first = await issue({ serviceId: 'DATDAI' }, key)
    const again = await issue({ serviceId: 'DATDAI' }, key)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(ticketCount()).toBe(1)
    const other = await issue({ serviceId: 'HOTICH' }, key)
    expect([other.status, other.body.error.code]).toEqual([409, 'IDEMPOTENCY_MISMATCH'])
    expect(ticketCount()).toBe(1)
  })

  it('gives 100 concurrent issues 100 different numbers', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => issue({ serviceId: i % 2 ? 'CHUNGTHUC' : 'HOTICH' })))
    expect(results.every((r) => r.status === 201)).toBe(true)
    const numbers = results.map((r) => r.body.number as string)
    expect(new Set(numbers).size).toBe(100)
    expect(numbers.filter((n) => n.startsWith('B')).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`))
  })

  it('starts numbers again on the next day and keeps the closed day in its archive', async () => {
    const yesterday = (await issue({ serviceId: 'DATDAI' })).body
    luot.clock.set('2026-11-26T07:40:00+07:00')
    const today = (await issue({ serviceId: 'DATDAI' })).body
    expect(today.number).toBe('A001')
    expect(existsSync(join(luot.dataDir, 'archive', '2026-11-25.json'))).toBe(true)
    expect((await luot.call('GET', `/api/tickets/${yesterday.id}`)).status).toBe(404)
    const manager = await luot.login('quanly')
    const r = await luot.call('GET', '/api/reports/summary?from=2026-11-25&to=2026-11-26', { token: manager })
    expect(r.body.tickets).toBe(2)
  })
})
