import { mkdirSync } from 'node:fs'
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
