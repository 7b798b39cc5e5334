import { statSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

// Issue latency through real HTTP, against the baseline of a read round trip on the same server,
// and the live data file size after 300 tickets (what every write rewrites).
const roomy = () => {
  const c = demoConfigInput()
  c.services = c.services.map((s) => ({ ...s, capacityPerSlot: 1_000_000 }))
  return c
}

const luot: TestLuot = await startLuot({ at: '2026-11-25T07:35:00+07:00', config: roomy() })
const SERVICES = ['DATDAI', 'HOTICH', 'CHUNGTHUC', 'KINHDOANH', 'XAYDUNG', 'LDTBXH']
let i = 0
const statuses = new Map<number, number>()
const took: number[] = []
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!.toFixed(1)
// One ticket per simulated second keeps a kiosk under the per-address rate limit, as in a real hall.
const issue = () => {
  luot.clock.advance(1000)
  const t0 = performance.now()
  return fetch(`${luot.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: SERVICES[i++ % 6] }),
  }).then((r) => {
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
    return r.text().then((text) => {
      took.push(performance.now() - t0)
      return text
    })
  })
}

for (let k = 0; k < 300; k++) await issue()
console.log(`live.json after 300 tickets: ${statSync(join(luot.dataDir, 'live.json')).size} bytes`)

describe('issue a ticket over HTTP (fsync on every ticket)', () => {

  bench('baseline: GET /api/health round trip', async () => {
    await fetch(`${luot.url}/api/health`).then((r) => r.text())
  }, { time: 2000 })

  bench('POST /api/tickets', async () => {
    await issue()
  }, {
    time: 4000,
    // Bench mode runs no afterAll: report and close from the task's own teardown, after the timed run.
    teardown: async (_task, mode) => {
      if (mode !== 'run') return
      console.log(`issue latency over ${took.length} tickets: p50 ${pct(took, 50)} ms, p99 ${pct(took, 99)} ms; answers ${JSON.stringify([...statuses])}`)
      await luot.close()
    },
  })
})
