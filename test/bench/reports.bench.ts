import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { fixedClock } from '../../server/src/clock.ts'
import { makeReports } from '../../server/src/commands/reports.ts'
import { OfficeConfigSchema } from '../../server/src/config/schema.ts'
import { generateHistory } from '../../server/src/demo-data/generate-history.ts'
import { emptyState } from '../../server/src/queue/day.ts'
import { summarizeTickets } from '../../server/src/reports/summary-from-tickets.ts'
import type { DayTickets } from '../../server/src/reports/summary-from-tickets.ts'
import { openStore } from '../../server/src/store/open-store.ts'
import { demoConfigInput } from '../fixtures/luot-app.ts'
import { tempDataDir } from '../fixtures/server-process.ts'

// A one-year summary over three years of demo history: from the per-day aggregates (goal < 500 ms),
// against the baseline of the first version, which read every archived day raw. "Cold" is the first call
// of the process: nothing in memory, functions not yet optimised; later calls find the days kept in memory.
const FROM = '2025-11-25'
const TO = '2026-11-24'
const config = OfficeConfigSchema.parse(demoConfigInput())
const dataDir = tempDataDir()

let t = performance.now()
const history = await generateHistory(config, { dataDir, days: 750, end: TO, perDay: 180, seed: 'bench' })
console.log(`demo history: ${history.written} days, ${history.tickets} tickets in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const sizeOf = (dir: string) => readdirSync(join(dataDir, dir)).reduce((n, f) => n + statSync(join(dataDir, dir, f)).size, 0)
console.log(`on disk: archive ${(sizeOf('archive') / 1e6).toFixed(0)} MB, events ${(sizeOf('events') / 1e6).toFixed(0)} MB, aggregates ${(sizeOf('aggregates') / 1e6).toFixed(1)} MB`)

const store = await openStore({ dataDir, initialState: () => emptyState(config, '2026-11-25'), log: { info() {}, warn: console.warn } })
const reports = makeReports({ config, store, clock: fixedClock('2026-11-25T09:00:00+07:00'), log: () => undefined })

async function baseline() {
  const days: DayTickets[] = []
  for (const date of await store.listArchivedDates())
    if (date >= FROM && date <= TO) days.push({ date, tickets: (await store.readArchive(date))?.tickets ?? [] })
  return summarizeTickets(config, FROM, TO, days)
}

// The first call in this process: nothing read yet, only the aggregate files on disk. Then the baseline once.
t = performance.now()
let cpu = process.cpuUsage()
const cold = await reports.summary(FROM, TO)
const coldMs = performance.now() - t
// CPU time too: on a machine shared with other work the wall time says more about the neighbours.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const coldCpuMs = cpuMs(cpu)
t = performance.now()
const raw = await baseline()
const rawMs = performance.now() - t
console.log(
  `one-year summary (${cold.tickets} tickets, ${FROM} → ${TO}): cold ${coldMs.toFixed(0)} ms (CPU ${coldCpuMs.toFixed(0)} ms) from aggregates vs ` +
    `${rawMs.toFixed(0)} ms reading every archive raw (baseline): ${(rawMs / coldMs).toFixed(1)}× faster; ` +
    `goal < 500 ms ${coldMs < 500 ? 'met' : 'NOT met'}; same figures as the baseline: ${JSON.stringify(raw) === JSON.stringify(cold)}`,
)
t = performance.now()
cpu = process.cpuUsage()
await reports.summary(FROM, TO)
console.log(`the same summary again (days kept in memory): ${(performance.now() - t).toFixed(0)} ms (CPU ${cpuMs(cpu).toFixed(0)} ms)`)

describe('one-year summary (GET /api/reports/summary), warm runs', () => {
  bench('baseline: read every archived day raw (first version)', async () => {
    await baseline()
  }, { iterations: 3, time: 0 })
  bench('from per-day aggregates', async () => {
    await reports.summary(FROM, TO)
  }, { iterations: 10, time: 0 })
})

// What the manager's tab asks first for "Năm nay": every indicator, exact percentiles included.
describe('one-year indicators (GET /api/reports/indicators), warm runs', () => {
  bench('from per-day aggregates', async () => {
    await reports.indicators(FROM, TO, {})
  }, {
    iterations: 10,
    time: 0,
    // The last task: three years of history is ~250 MB, not to be left in the temp folder.
    async teardown(_task, mode) {
      if (mode !== 'run') return
      await store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  })
})
