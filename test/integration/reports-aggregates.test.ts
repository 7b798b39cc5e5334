import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OfficeConfigSchema } from '../../server/src/config/schema.ts'
import { generateHistory } from '../../server/src/demo-data/generate-history.ts'
import { openDayAggregates } from '../../server/src/store/day-aggregates.ts'
import type { AggregateRead } from '../../server/src/store/day-aggregates.ts'
import { demoConfigInput } from '../fixtures/luot-app.ts'
import { tempDataDir } from '../fixtures/server-process.ts'

// The per-day aggregate files as the reports read them: a day read once is kept in memory (closed days
// never change), up to a number of tickets, least recently used out first.

/** A data folder with four simulated days and their aggregates, and those days' dates. */
async function history(): Promise<{ dataDir: string; dates: string[] }> {
  const dataDir = tempDataDir()
  await generateHistory(OfficeConfigSchema.parse(demoConfigInput()), { dataDir, days: 4, end: '2026-11-24', perDay: 40, seed: 'aggregates' })
  return { dataDir, dates: readdirSync(join(dataDir, 'aggregates')).map((f) => f.slice(0, 10)).sort() }
}

const ticketsOf = (read: AggregateRead) => (read.status === 'ok' ? read.aggregate.tickets.number.length : -1)

describe('openDayAggregates', () => {
  it('reads a day with its number columns packed, and says when there is none', async () => {
    const { dataDir, dates } = await history()
    const files = openDayAggregates(dataDir)
    const day = files.read(dates[0]!)
    expect(day.status === 'ok' && day.aggregate.tickets.firstCall instanceof Float64Array).toBe(true)
    expect(ticketsOf(day)).toBeGreaterThan(0)
    expect(files.read('2026-11-26')).toEqual({ status: 'missing' })
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps the days read most recently in memory, up to the ticket limit', async () => {
    const { dataDir, dates } = await history()
    const sizes = dates.map((d) => ticketsOf(openDayAggregates(dataDir).read(d)))
    // Room for two days, not three: reading three lets the first go.
    const files = openDayAggregates(dataDir, { keepTickets: sizes[1]! + sizes[2]! + 2 })
    for (const d of dates.slice(0, 3)) files.read(d)
    for (const d of dates) rmSync(join(dataDir, 'aggregates', `${d}.json`))
    expect(dates.slice(0, 3).map((d) => files.read(d).status)).toEqual(['missing', 'ok', 'ok'])
    expect(openDayAggregates(dataDir).read(dates[1]!).status).toBe('missing')
    rmSync(dataDir, { recursive: true, force: true })
  })
})
