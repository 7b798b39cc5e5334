import type { OfficeConfig } from '../config/schema.ts'
import { addDays } from '../queue/office-time.ts'
import { openingPeriods } from '../queue/slots.ts'
import { aggregateDay } from '../reports/day-aggregate.ts'
import { openDayAggregates } from '../store/day-aggregates.ts'
import { openHistoryWriter } from '../store/write-history.ts'
import { simulateDay } from './simulate-day.ts'

export interface HistoryOptions {
  dataDir: string
  /** Working days to fill (holidays and closed weekdays are skipped, not counted). */
  days: number
  /** The last day to fill. */
  end: string
  /** Mean tickets on a Tuesday. */
  perDay: number
  seed: string
}

export interface HistoryResult {
  written: number
  skipped: number
  tickets: number
  refused: number
  first: string | null
  last: string | null
}

/** Writes overlap with simulating the next days: fsync waits on the disk, the simulation on the CPU. */
const PENDING_WRITES = 8

export function workingDays(config: OfficeConfig, end: string, n: number): string[] {
  const out: string[] = []
  // A config with no opening hours at all would never find n days: give up after ten years.
  for (let d = end, guard = 0; out.length < n && guard < 3660; d = addDays(d, -1), guard++)
    if (openingPeriods(config, d).length > 0) out.push(d)
  return out.reverse()
}

/**
 * Fills a data folder with simulated closed days: archive, event log and report aggregate of each,
 * written through the store modules. Deterministic: the same seed gives the same days, byte for byte.
 */
export async function generateHistory(config: OfficeConfig, opts: HistoryOptions): Promise<HistoryResult> {
  const writer = await openHistoryWriter(opts.dataDir)
  const aggregates = openDayAggregates(opts.dataDir)
  const result: HistoryResult = { written: 0, skipped: 0, tickets: 0, refused: 0, first: null, last: null }
  const pending = new Set<Promise<void>>()
  try {
    const end = writer.liveDate !== null && writer.liveDate <= opts.end ? addDays(writer.liveDate, -1) : opts.end
    for (const date of workingDays(config, end, opts.days)) {
      if (await writer.hasDay(date)) {
        result.skipped++
        continue
      }
      const day = simulateDay(config, date, { perDay: opts.perDay, seed: opts.seed })
      if (!day) continue
      result.written++
      result.tickets += day.state.tickets.length
      result.refused += day.refused
      result.first ??= date
      result.last = date
      const write = writer.writeDay(day.state, day.events).then(() => aggregates.write(aggregateDay(config, date, day.state.tickets, day.events)))
      // The settled copy only tracks the slot; the write itself is awaited below, so a failure is thrown.
      const slot = write.then(noop, noop)
      pending.add(write)
      void slot.then(() => pending.delete(write))
      if (pending.size >= PENDING_WRITES) await Promise.race(pending)
    }
    await Promise.all(pending)
  } finally {
    await Promise.allSettled(pending)
    await writer.close()
  }
  return result
}

function noop(): void {}
