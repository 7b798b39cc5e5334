import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

let luot: TestLuot
beforeEach(async () => {
  luot = await startLuot({ at: '2026-11-25T09:05:00+07:00' })
})
afterEach(async () => {
  await luot.close()
})

const issue = async (serviceId: string, priority: string | null = null) =>
  (await luot.call('POST', '/api/tickets', { body: { serviceId, priority } })).body as { id: string; number: string }
const post = (path: string, token?: string, body?: unknown) => luot.call('POST', path, { ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) })

describe('logins', () => {
  it('refuses wrong passwords, missing tokens and other counters; logout ends the token', async () => {
    expect((await post('/api/auth/login', undefined, { username: 'canbo1', password: 'sai' })).body.error.code).toBe('UNAUTHORIZED')
    expect((await post('/api/auth/login', undefined, { username: 'ai-do', password: 'demo' })).status).toBe(401)
    const login = await post('/api/auth/login', undefined, { username: 'canbo1', password: 'demo' })
    expect(login.body.user).toEqual({ id: 'canbo1', name: 'Nguyễn Thị Lan', role: 'staff', counterId: '1' })
    const token = login.body.token as string
    expect((await post('/api/counters/1/next')).body.error.code).toBe('UNAUTHORIZED')
    expect((await post('/api/counters/1/next', 'not-a-token')).status).toBe(401)
    const other = await post('/api/counters/2/next', token)
    expect([other.status, other.body.error.code]).toEqual([403, 'FORBIDDEN'])
    // A counter the office does not have is unknown, not someone else's.
    for (const action of ['next', 'recall', 'pause', 'resume']) {
      const unknown = await post(`/api/counters/99/${action}`, token, action === 'pause' ? {} : undefined)
      expect([action, unknown.status, unknown.body.error.code]).toEqual([action, 404, 'NOT_FOUND'])
    }
    const report = await luot.call('GET', '/api/reports/summary?from=2026-11-01&to=2026-11-25', { token })
    expect(report.body.error.code).toBe('FORBIDDEN')
    expect((await post('/api/auth/logout', token)).status).toBe(204)
    expect((await post('/api/counters/1/next', token)).body.error.code).toBe('UNAUTHORIZED')
  })

  it('expires a token after the working day', async () => {
    const token = await luot.login('canbo1')
    luot.clock.advance(13 * 60 * 60_000)
    expect((await luot.call('GET', '/api/counters/1/console', { token })).status).toBe(200)
    luot.clock.advance(2 * 60 * 60_000)
    expect((await luot.call('GET', '/api/counters/1/console', { token })).body.error.code).toBe('UNAUTHORIZED')
  })

  it('opens the counter when its staff logs in', async () => {
    await luot.login('canbo3')
    const counters = (await luot.call('GET', '/api/counters')).body as { id: string; status: string }[]
    expect(counters.find((c) => c.id === '3')?.status).toBe('open')
  })
})

describe('a day at counter 1', () => {
  it('calls, recalls, serves, finishes and rates in the contract order', async () => {
    const token = await luot.login('canbo1')
    const a1 = await issue('DATDAI')
    const a2 = await issue('DATDAI')
    const start = await post(`/api/tickets/${a1.id}/start`, token)
    expect([start.status, start.body.error.code]).toEqual([409, 'INVALID_STATE']) // still waiting

    const n1 = await post('/api/counters/1/next', token)
    expect(n1.status).toBe(200)
    expect(n1.body.ticket).toMatchObject({ number: 'A001', status: 'called', counterId: '1' })
    const recall = await post('/api/counters/1/recall', token)
    expect(recall.body.ticket).toMatchObject({ number: 'A001', status: 'called', recalls: 1 })
    expect((await post(`/api/tickets/${a1.id}/start`, token)).body.ticket.status).toBe('serving')
    luot.clock.advance(7 * 60_000)
    expect((await post(`/api/tickets/${a1.id}/dossier`, token, { code: '000.00.12.H26-261125-0001' })).body.ticket.dossierCode).toBe('000.00.12.H26-261125-0001')
    const fin = await post(`/api/tickets/${a1.id}/finish`, token)
    expect(fin.body.ticket).toMatchObject({ status: 'done' })

    // The rating tablet rates the ticket just finished, once.
    const rate = await post('/api/counters/1/rating', undefined, { score: 4, number: 'A001' })
    expect(rate.status).toBe(201)
    expect((await post('/api/counters/1/rating', undefined, { score: 1 })).body.error.code).toBe('ALREADY_RATED')
    expect((await luot.call('GET', `/api/tickets/${a1.id}`)).body.rated).toBe(true)
    expect((await post(`/api/tickets/${a1.id}/rating`, undefined, { score: 2 })).body.error.code).toBe('ALREADY_RATED')

    // "Finish and call next" finishes the called ticket, also when nobody else waits.
    expect((await post('/api/counters/1/next', token)).body.ticket.number).toBe('A002')
    const empty = await post('/api/counters/1/next', token)
    expect(empty.status).toBe(204)
    expect((await luot.call('GET', `/api/tickets/${a2.id}`)).body.status).toBe('done')
    const stale = await post('/api/counters/1/rating', undefined, { score: 3, number: 'A001' })
    expect(stale.body.error.code).toBe('INVALID_STATE')
  })

  it('marks no-shows, transfers keeping the place in time, pauses and resumes', async () => {
    const token = await luot.login('canbo1')
    const a1 = await issue('DATDAI')
    await post('/api/counters/1/next', token)
    expect((await post(`/api/tickets/${a1.id}/no-show`, token)).body.ticket.status).toBe('no_show')
    const a2 = await issue('DATDAI')
    await post('/api/counters/1/next', token)
    const moved = await post(`/api/tickets/${a2.id}/transfer`, token, { serviceId: 'XAYDUNG', reason: 'Hồ sơ xây dựng' })
    expect(moved.body.ticket).toMatchObject({ status: 'waiting', serviceId: 'XAYDUNG', number: 'A002' })
    expect((await post(`/api/tickets/${a2.id}/transfer`, token, { serviceId: 'NOPE' })).body.error.code).toBe('UNKNOWN_SERVICE')
    const staff2 = await luot.login('canbo2')
    luot.clock.advance(60_000)
    const e = await issue('XAYDUNG')
    expect((await post('/api/counters/2/next', staff2, undefined)).body.ticket.number).toBe('A002') // issued before E001
    expect(e.number).toBe('E001')
    const pause = await post('/api/counters/1/pause', token, { reason: 'Họp giao ban' })
    expect(pause.body.counter.status).toBe('paused')
    expect((await post('/api/counters/1/next', token)).body.error.code).toBe('INVALID_STATE')
    expect((await post('/api/counters/1/resume', token)).body.counter.status).toBe('open')
  })

  it('never gives one ticket to two counters pressing next at the same instant', async () => {
    const tokens = await Promise.all(['canbo3', 'canbo4'].map((u) => luot.login(u)))
    for (let i = 0; i < 30; i++) await issue(i % 2 ? 'HOTICH' : 'CHUNGTHUC')
    const calls = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(`/api/counters/${i % 2 ? '4' : '3'}/next`, tokens[i % 2])),
    )
    expect(calls.map((c) => c.status)).toEqual(Array(20).fill(200))
    const numbers = calls.map((c) => c.body.ticket.number as string)
    // Each press finishes the previous one at that counter; every ticket is called exactly once.
    expect(new Set(numbers).size).toBe(20)
    const called = luot.store.state().tickets.filter((t) => t.firstCalledAt !== undefined)
    expect(called).toHaveLength(20)
    expect(called.filter((t) => t.status === 'called')).toHaveLength(2)
  })

  it('calls a priority ticket first but never starves normal ones', async () => {
    const token = await luot.login('canbo1')
    for (const p of [null, null, 'elderly', 'pregnant', 'merit', 'disability']) await issue('DATDAI', p)
    const order: string[] = []
    for (let i = 0; i < 6; i++) order.push((await post('/api/counters/1/next', token)).body.ticket.number)
    expect(order).toEqual(['A003', 'A004', 'A001', 'A005', 'A006', 'A002'])
  })
})

describe('reports', () => {
  it('summarizes the day and exports CSV with a BOM for the manager', async () => {
    const staff = await luot.login('canbo1')
    await issue('DATDAI')
    luot.clock.advance(10 * 60_000)
    await post('/api/counters/1/next', staff)
    luot.clock.advance(6 * 60_000)
    await post('/api/counters/1/next', staff)
    await post('/api/counters/1/rating', undefined, { score: 3 })
    const manager = await luot.login('quanly')
    const r = await luot.call('GET', '/api/reports/summary?from=2026-11-25&to=2026-11-25', { token: manager })
    expect(r.body).toMatchObject({ tickets: 1, served: 1, noShow: 0, waitMinutes: { mean: 10, median: 10, p90: 10, max: 10 }, serviceMinutes: { median: 6 }, satisfaction: { ratings: 1, satisfiedPercent: 100 } })
    const bad = await luot.call('GET', '/api/reports/summary?from=2026-11-26&to=2026-11-25', { token: manager })
    expect(bad.body.error.code).toBe('VALIDATION')
    const res = await fetch(`${luot.url}/api/reports/export?from=2026-11-25&to=2026-11-25&format=csv`, { headers: { authorization: `Bearer ${manager}` } })
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('Đất đai')
    expect(text.split('\r\n')[1]).toMatch(/^2026-11-25,A001,DATDAI/)
  })
})
