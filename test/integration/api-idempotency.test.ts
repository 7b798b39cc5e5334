import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakePrinter } from '../fixtures/fake-printer.ts'
import type { FakePrinter } from '../fixtures/fake-printer.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

// Idempotency-Key on the POST calls that do not change the queue, and the edges of the HTTP surface.

let luot: TestLuot | undefined
let printer: FakePrinter | undefined
afterEach(async () => {
  await luot?.close()
  await printer?.close()
  luot = printer = undefined
})

const key = (k: string) => ({ 'idempotency-key': k })

describe('Idempotency-Key beyond the queue', () => {
  it('answers a retried login with the first token, also after a restart, and refuses the key for another user', async () => {
    luot = await startLuot()
    const dataDir = luot.dataDir
    const first = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' }, headers: key('login-1') })
    expect(first.status).toBe(200)
    const again = await luot.call('POST', '/api/auth/login', { body: { password: 'demo', username: 'canbo1' }, headers: key('login-1') })
    expect(again).toEqual(first)
    const other = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo2', password: 'demo' }, headers: key('login-1') })
    expect([other.status, other.body.error.code]).toEqual([409, 'IDEMPOTENCY_MISMATCH'])
    // The token is usable, and the file that remembers the answer does not hold it in clear.
    expect((await luot.call('GET', '/api/counters/1/console', { token: first.body.token })).status).toBe(200)
    expect(readFileSync(join(dataDir, 'replies.json'), 'utf8')).not.toContain(first.body.token)

    await luot.close()
    luot = await startLuot({ dataDir })
    const afterRestart = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' }, headers: key('login-1') })
    expect(afterRestart.body).toEqual(first.body)
  })

  it('forgets the keys at the end of the day', async () => {
    luot = await startLuot({ at: '2026-11-25T16:55:00+07:00' })
    const login = { body: { username: 'quanly', password: 'demo' }, headers: key('daily') }
    const today = await luot.call('POST', '/api/auth/login', login)
    luot.clock.set('2026-11-26T07:35:00+07:00')
    const tomorrow = await luot.call('POST', '/api/auth/login', login)
    expect(tomorrow.status).toBe(200)
    expect(tomorrow.body.token).not.toBe(today.body.token)
  })

  it('answers a retried logout with 204 again, and the token stays dead', async () => {
    luot = await startLuot()
    const token = await luot.login('canbo1')
    for (let i = 0; i < 2; i++) expect((await luot.call('POST', '/api/auth/logout', { token, headers: key('bye') })).status).toBe(204)
    expect((await luot.call('GET', '/api/counters/1/console', { token })).status).toBe(401)
    expect((await luot.call('POST', '/api/auth/logout', { token, headers: key('bye-2') })).status).toBe(401)
  })

  it('prints a ticket once for a retried reprint', async () => {
    printer = await startFakePrinter('online')
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'network', host: printer.host, port: printer.port } }]
    luot = await startLuot({ config })
    await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })
    await printer.waitForJobs(1)
    const staff = await luot.login('canbo1')
    const answers = [
      await luot.call('POST', '/api/tickets/reprint', { token: staff, body: { number: 'A001' }, headers: key('re-1') }),
      await luot.call('POST', '/api/tickets/reprint', { token: staff, body: { number: 'A001' }, headers: key('re-1') }),
    ]
    expect(answers.map((a) => [a.status, a.body])).toEqual([[202, { number: 'A001' }], [202, { number: 'A001' }]])
    await printer.waitForJobs(2)
    await new Promise((ok) => setTimeout(ok, 700))
    expect(printer.jobs()).toHaveLength(2)
  })

  it('treats the same fields in another order as the same ticket request', async () => {
    luot = await startLuot()
    const a = await luot.call('POST', '/api/tickets', { body: '{"serviceId":"CHUNGTHUC","priority":"child"}', headers: key('k2') })
    const b = await luot.call('POST', '/api/tickets', { body: '{"priority":"child","serviceId":"CHUNGTHUC"}', headers: key('k2') })
    expect(b).toEqual(a)
    expect(luot.store.state().tickets).toHaveLength(1)
  })
})

describe('HTTP edges', () => {
  it('answers a broken escape in a screen path with NOT_FOUND, not a server error', async () => {
    luot = await startLuot()
    for (const path of ['/kiosk/%ZZ', '/ui/%E0%A4%A']) {
      const r = await luot.call('GET', path)
      expect([r.status, r.body.error.code]).toEqual([404, 'NOT_FOUND'])
    }
  })

  it('ignores a cache-buster on the slots query', async () => {
    luot = await startLuot()
    const r = await luot.call('GET', '/api/slots?serviceId=DATDAI&_=1732500000')
    expect(r.status).toBe(200)
    expect(r.body.length).toBeGreaterThan(0)
  })

  it('answers a retry with its first answer even when the address is over its limit for the minute', async () => {
    luot = await startLuot()
    const first = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' }, headers: key('kiosk-retry') })
    expect(first.status).toBe(201)
    // The clock stands still, so every call below falls in the same minute.
    let limited = 0
    for (let i = 0; i < 130 && limited === 0; i++)
      if ((await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })).status === 429) limited++
    expect(limited).toBe(1)
    const retry = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' }, headers: key('kiosk-retry') })
    expect([retry.status, retry.body]).toEqual([201, first.body])
    const fresh = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' }, headers: key('kiosk-new') })
    expect([fresh.status, fresh.body.error.code]).toEqual([429, 'RATE_LIMITED'])
    expect(luot.store.state().tickets.filter((t) => t.serviceId === 'DATDAI')).toHaveLength(1)

    const login = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' }, headers: key('login-r') })
    expect(login.status).toBe(200)
    for (let i = 0; i < 25; i++) await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'sai' } })
    expect((await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })).status).toBe(429)
    const again = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' }, headers: key('login-r') })
    expect([again.status, again.body]).toEqual([200, login.body])
  })

  it('refuses malformed JSON that carries an Idempotency-Key as VALIDATION, not a server fault', async () => {
    luot = await startLuot()
    for (const path of ['/api/tickets', '/api/auth/login']) {
      const r = await luot.call('POST', path, { body: '{"serviceId": ', headers: key('broken') })
      expect([path, r.status, r.body.error.code]).toEqual([path, 400, 'VALIDATION'])
    }
  })
})
