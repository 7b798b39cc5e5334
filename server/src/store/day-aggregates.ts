import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { YMD } from '../contract/index.ts'
import { AGGREGATE_VERSION, packColumns } from '../reports/day-aggregate.ts'
import type { DayAggregate } from '../reports/day-aggregate.ts'
import { isNodeError } from './durable-json-file.ts'
import { writeFileDurably } from './fsync.ts'

/** What reading a day's aggregate found: a usable one, none, or one to rebuild (older version, damaged). */
export type AggregateRead = { status: 'ok'; aggregate: DayAggregate } | { status: 'missing' } | { status: 'stale'; why: string }

/** The only reader and writer of DATA_DIR/aggregates/<date>.json: derived data, rebuilt from the archive. */
export interface DayAggregates {
  /**
   * Synchronous on purpose: a file is ~15 kB from the page cache, and a year is ~250 of them. The promise
   * API costs three to four times the CPU (a thread-pool round trip per open, stat, read and close), which
   * is most of a cold one-year report. Callers read a few at a time and yield between (commands/reports.ts).
   */
  read(date: string): AggregateRead
  write(aggregate: DayAggregate): Promise<void>
}

export interface DayAggregatesOptions {
  /**
   * Keep parsed days in memory, least recently used out first, up to this many tickets in all (0: none).
   * A closed day never changes, so a kept day is as good as the file; ~100 bytes per ticket.
   */
  keepTickets?: number
}

export function openDayAggregates(dataDir: string, { keepTickets = 0 }: DayAggregatesOptions = {}): DayAggregates {
  const dir = join(dataDir, 'aggregates')
  let isDirReady = false
  const kept = new Map<string, DayAggregate>()
  let keptTickets = 0
  const keep = (aggregate: DayAggregate) => {
    const size = (a: DayAggregate) => a.tickets.number.length + 1
    const old = kept.get(aggregate.date)
    if (old) keptTickets -= size(old)
    kept.delete(aggregate.date)
    kept.set(aggregate.date, aggregate)
    keptTickets += size(aggregate)
    for (const [date, a] of kept) {
      if (keptTickets <= keepTickets) break
      kept.delete(date)
      keptTickets -= size(a)
    }
  }
  const fileOf = (date: string) => {
    // The date becomes part of a file path.
    if (!YMD.test(date)) throw new Error(`not a date: ${date}`)
    return join(dir, `${date}.json`)
  }
  return {
    read(date) {
      const found = kept.get(date)
      if (found) {
        keep(found)
        return { status: 'ok', aggregate: found }
      }
      let text: string
      try {
        text = readFileSync(fileOf(date), 'utf8')
      } catch (error) {
        // Not summarised yet: the caller builds it from the archive.
        if (isNodeError(error) && error.code === 'ENOENT') return { status: 'missing' }
        throw new Error(`Cannot read the aggregate of ${date}`, { cause: error })
      }
      const read = check(date, text)
      if (read.status !== 'ok') return read
      const aggregate = packColumns(read.aggregate)
      if (keepTickets > 0) keep(aggregate)
      return { status: 'ok', aggregate }
    },
    async write(aggregate) {
      if (!isDirReady) {
        await mkdir(dir, { recursive: true })
        isDirReady = true
      }
      await writeFileDurably(fileOf(aggregate.date), JSON.stringify(aggregate))
      if (keepTickets > 0) keep(packColumns(aggregate))
    },
  }
}

/**
 * A light check rather than a schema parse: a year is ~250 files and 150 000 tickets, and a full parse
 * would cost more than the report. The version and date decide; the content is ours, written durably.
 */
function check(date: string, text: string): AggregateRead {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    // Derived data: a damaged file (edited by hand, a disk error) is rebuilt from the archive, not fatal.
    return { status: 'stale', why: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (typeof raw !== 'object' || raw === null) return { status: 'stale', why: 'not an object' }
  const a = raw as Partial<DayAggregate>
  if (a.aggregateVersion !== AGGREGATE_VERSION) return { status: 'stale', why: `aggregateVersion ${String(a.aggregateVersion)}` }
  if (a.date !== date || !Array.isArray(a.tickets?.number) || !Array.isArray(a.counterTime) || typeof a.queue !== 'object')
    return { status: 'stale', why: 'unexpected shape' }
  return { status: 'ok', aggregate: a as DayAggregate }
}
