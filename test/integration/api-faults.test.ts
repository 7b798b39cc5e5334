import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
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

describe('faults', () => {
  it('answers 503 STORAGE_UNAVAILABLE when the data folder cannot be written, and records nothing', async () => {
    expect((await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).status).toBe(201)
    // A directory where the temp file must go: the rename-into-place write fails as on a full or broken disk.
    mkdirSync(join(luot.dataDir, 'live.json.tmp'))
    const r = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })
    expect([r.status, r.body.error.code]).toEqual([503, 'STORAGE_UNAVAILABLE'])
    expect(JSON.stringify(r.body)).not.toMatch(/EISDIR|live\.json|stack/)
    expect(luot.store.state().tickets.map((t) => t.number)).toEqual(['A001'])
  })

  it('refuses a login it cannot keep with 503, leaves the counter closed, and logs in once the disk is back', async () => {
    const blocker = join(luot.dataDir, 'sessions.json.tmp')
    mkdirSync(blocker)
    const login = () => luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })
    for (let i = 0; i < 2; i++) {
      const r = await login()
      expect([r.status, r.body.error.code]).toEqual([503, 'STORAGE_UNAVAILABLE'])
    }
    expect((await luot.call('GET', '/api/counters')).body.find((c: { id: string }) => c.id === '1').status).toBe('closed')
    rmSync(blocker, { recursive: true })
    const ok = await login()
    expect(ok.status).toBe(200)
    expect((await luot.call('GET', '/api/counters')).body.find((c: { id: string }) => c.id === '1').status).toBe('open')

    // A logout that cannot be kept changes nothing either: the token still works.
    mkdirSync(blocker)
    const out = await luot.call('POST', '/api/auth/logout', { token: ok.body.token })
    expect([out.status, out.body.error.code]).toEqual([503, 'STORAGE_UNAVAILABLE'])
    expect((await luot.call('POST', '/api/counters/1/next', { token: ok.body.token })).status).toBe(204)
    rmSync(blocker, { recursive: true })
    expect((await luot.call('POST', '/api/auth/logout', { token: ok.body.token })).status).toBe(204)
    expect((await luot.call('POST', '/api/counters/1/next', { token: ok.body.token })).status).toBe(401)
  })

  it('does not keep an answer it could not write, and keeps the next one', async () => {
    const blocker = join(luot.dataDir, 'replies.json.tmp')
    mkdirSync(blocker)
    const login = () =>
      luot.call('POST', '/api/auth/login', { body: { username: 'quanly', password: 'demo' }, headers: { 'idempotency-key': 'k-1' } })
    const failed = await login()
    expect([failed.status, failed.body.error.code]).toEqual([503, 'STORAGE_UNAVAILABLE'])
    rmSync(blocker, { recursive: true })
    const first = await login()
    expect(first.status).toBe(200)
    const again = await login()
    expect(again.body.token).toBe(first.body.token)
  })

  it('limits logins per address but always accepts ten a minute', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++)
      statuses.push((await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'sai' } })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.at(-1)).toBe(429)
    const limited = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })
    expect(limited.body.error.code).toBe('RATE_LIMITED')
    luot.clock.advance(61_000)
    expect((await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })).status).toBe(200)
  })

  it('accepts sixty tickets a minute from one kiosk', async () => {
    for (let i = 0; i < 60; i++)
      expect((await luot.call('POST', '/api/tickets', { body: { serviceId: i % 2 ? 'HOTICH' : 'CHUNGTHUC' } })).status).toBe(201)
  })
})
