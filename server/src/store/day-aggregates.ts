import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { YMD } from '../contract/index.ts'
import { AGGREGATE_VERSION } from '../reports/day-aggregate.ts'
import type { DayAggregate } from '../reports/day-aggregate.ts'
import { isNodeError } from './durable-json-file.ts'
import { writeFileDurably } from './fsync.ts'

/** What reading a day's aggregate found: a usable one, none, or one to rebuild (older version, damaged). */
export type AggregateRead = { status: 'ok'; aggregate: DayAggregate } | { status: 'missing' } | { status: 'stale'; why: string }

/** The only reader and writer of DATA_DIR/aggregates/<date>.json: derived data, rebuilt from the archive. */
export interface DayAggregates {
  read(date: string): Promise<AggregateRead>
  write(aggregate: DayAggregate): Promise<void>
}

export function openDayAggregates(dataDir: string): DayAggregates {
  const dir = join(dataDir, 'aggregates')
  let isDirReady = false
  const fileOf = (date: string) => {
    // The date becomes part of a file path.
    if (!YMD.test(date)) throw new Error(`not a date: ${date}`)
    return join(dir, `${date}.json`)
  }
  return {
    async read(date) {
      let text: string
      try {
        text = await readFile(fileOf(date), 'utf8')
      } catch (error) {
        // Not summarised yet: the caller builds it from the archive.
        if (isNodeError(error) && error.code === 'ENOENT') return { status: 'missing' }
        throw new Error(`Cannot read the aggregate of ${date}`, { cause: error })
      }
      return check(date, text)
    },
    async write(aggregate) {
      if (!isDirReady) {
        await mkdir(dir, { recursive: true })
        isDirReady = true
      }
      await writeFileDurably(fileOf(aggregate.date), JSON.stringify(aggregate))
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
