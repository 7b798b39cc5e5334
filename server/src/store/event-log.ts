import { mkdir, open, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { DomainEvent } from '../queue/model.ts'
import { LoggedEventSchema } from './db-schema.ts'
import { isNodeError } from './durable-json-file.ts'
import { fsyncDir, writeFileDurably } from './fsync.ts'

export type LoggedEvent = DomainEvent & { seq: number }

/** The append-only event log, one JSON-lines file per service day: the source of reports. */
export interface EventLog {
  dir: string
  /** All lines in one write, then fsync: acknowledged events survive a power cut. */
  append(date: string, events: readonly LoggedEvent[]): Promise<void>
  /** The day's events; a torn last line (a crash mid-append, never acknowledged) is ignored. */
  read(date: string): Promise<LoggedEvent[]>
  /** Drops lines with a seq above `seq` and any torn tail: events whose state write never completed. */
  trimAfter(date: string, seq: number): Promise<void>
  /** Days that have a log, oldest first. */
  dates(): Promise<string[]>
}

const LOG_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/

export function createEventLog(dir: string): EventLog {
  // Days whose file we know exists on disk with its directory entry flushed.
  const flushedDays = new Set<string>()
  const fileOf = (date: string) => join(dir, `${date}.jsonl`)

  return {
    dir,
    async append(date, events) {
      if (events.length === 0) return
      const text = events.map((e) => JSON.stringify(e)).join('\n') + '\n'
      const handle = await open(fileOf(date), 'a')
      try {
        await handle.writeFile(text, 'utf8')
        await handle.datasync()
      } finally {
        await handle.close()
      }
      if (!flushedDays.has(date)) {
        // The first append may have created the file; its directory entry must survive a power cut too.
        await fsyncDir(dir)
        flushedDays.add(date)
      }
    },
    async read(date) {
      return parseLines(fileOf(date), await readText(fileOf(date))).events
    },
    async trimAfter(date, seq) {
      const path = fileOf(date)
      const text = await readText(path)
      const { events, hasTornTail } = parseLines(path, text)
      const kept = events.filter((e) => e.seq <= seq)
      if (kept.length === events.length && !hasTornTail) return
      await writeFileDurably(path, kept.map((e) => JSON.stringify(e) + '\n').join(''))
    },
    async dates() {
      await mkdir(dir, { recursive: true })
      const names = await readdir(dir)
      return names.flatMap((n) => LOG_FILE.exec(n)?.[1] ?? []).sort()
    },
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    // No log yet for that day: nothing happened.
    if (isNodeError(error) && error.code === 'ENOENT') return ''
    throw new Error(`Cannot read the event log ${path}`, { cause: error })
  }
}

function parseLines(path: string, text: string): { events: LoggedEvent[]; hasTornTail: boolean } {
  const lines = text.split('\n')
  // Every complete line ends with '\n', so the last piece is '' unless a crash cut an append short.
  const tail = lines.pop() ?? ''
  const events = lines.map((line, i) => {
    try {
      return LoggedEventSchema.parse(JSON.parse(line))
    } catch (error) {
      throw new Error(`${path} line ${i + 1} is not a valid event`, { cause: error })
    }
  })
  return { events, hasTornTail: tail.length > 0 }
}
