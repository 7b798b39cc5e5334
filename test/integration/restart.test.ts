import { describe, expect, it } from 'vitest'
import { startServer, tempDataDir } from '../fixtures/server-process.ts'

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('a real server process', () => {
  it('keeps tickets, numbers and counters across a clean restart', async () => {
    const dataDir = tempDataDir()
    const clockStart = '2026-11-25T09:05:00+07:00'
    const first = await startServer({ dataDir, clockStart })
    expect(first.output()).toMatch(/ready .*http:\/\/127\.0\.0\.1:\d+\//)
    const a = await (await post(first.url, { serviceId: 'DATDAI' })).json()
    const login = await (await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'canbo1', password: 'demo' }) })).json()
    await fetch(`${first.url}/api/counters/1/next`, { method: 'POST', headers: { authorization: `Bearer ${login.token}` } })
    expect(await first.stop()).toBe(0)

    const second = await startServer({ dataDir, clockStart })
    try {
      const again = await (await fetch(`${second.url}/api/tickets/${a.id}`)).json()
      expect(again).toMatchObject({ number: 'A001', status: 'called', counterId: '1' })
      const b = await (await post(second.url, { serviceId: 'DATDAI' })).json()
      expect(b.number).toBe('A002') // never reused, and the restarted demo clock does not run behind
      expect(Date.parse(b.issuedAt)).toBeGreaterThanOrEqual(Date.parse(a.issuedAt))
      // The login survives the restart too.
      const next = await fetch(`${second.url}/api/counters/1/next`, { method: 'POST', headers: { authorization: `Bearer ${login.token}` } })
      expect(next.status).toBe(200)
    } finally {
      await second.stop()
    }
  })

  it('loses no acknowledged ticket and repeats no number after kill -9 in a burst', async () => {
    const dataDir = tempDataDir()
    const clockStart = '2026-11-25T13:35:00+07:00'
    const server = await startServer({ dataDir, clockStart })
    const acked: { id: string; number: string }[] = []
    const services = ['DATDAI', 'HOTICH', 'CHUNGTHUC', 'KINHDOANH', 'XAYDUNG', 'LDTBXH']
    let killed = false
    const burst = Array.from({ length: 150 }, async (_, i) => {
      try {
        const r = await post(server.url, { serviceId: services[i % 6] })
        if (r.status === 201) acked.push(await r.json())
      } catch {
        // The server died under this request: it was never acknowledged.
      }
      if (acked.length >= 40 && !killed) {
        killed = true
        await server.kill9()
      }
    })
    await Promise.all(burst)
    expect(killed).toBe(true)
    expect(acked.length).toBeGreaterThanOrEqual(40)

    const again = await startServer({ dataDir, clockStart })
    try {
      for (const t of acked) {
        const r = await fetch(`${again.url}/api/tickets/${t.id}`)
        expect(r.status, t.number).toBe(200)
        expect((await r.json()).number).toBe(t.number)
      }
      const fresh = await Promise.all(services.map(async (s) => (await (await post(again.url, { serviceId: s })).json()).number as string))
      const all = [...acked.map((t) => t.number), ...fresh]
      expect(new Set(all).size).toBe(all.length)
    } finally {
      await again.stop()
    }
  })
})
