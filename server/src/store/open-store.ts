import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { YMD } from '../contract/index.ts'
import { AppError } from '../errors.ts'
import type { DomainEvent, QueueState, Transition } from '../queue/model.ts'
import { DbSchema } from './db-schema.ts'
import { deepFreeze } from './deep-freeze.ts'
import { DurableJsonFile } from './durable-json-file.ts'
import { createEventLog } from './event-log.ts'
import type { EventLog, LoggedEvent } from './event-log.ts'
import { copyFileDurably, fsyncDir } from './fsync.ts'
import { acquireLock } from './lock.ts'
import { migrate } from './migrate.ts'

export interface Store {
  /** Current state, deep-frozen; never mutate. */
  state(): QueueState
  /**
   * Runs one at a time. The events get seq = state.eventSeq+1.. and are appended (fsync) to the log of
   * the new state's date; then the new state is written durably; only then it becomes the in-memory state.
   * fn throwing changes nothing. A failed write leaves memory as it was: AppError('STORAGE_UNAVAILABLE').
   * On a day rollover the previous state goes first to archive/<prevDate>.json and backups/.
   */
  transact<R>(fn: (s: QueueState) => Transition<R>): Promise<Transition<R>>
  /** A closed day's archived state, or null. */
  readArchive(date: string): Promise<QueueState | null>
  readEvents(date: string): Promise<DomainEvent[]>
  listArchivedDates(): Promise<string[]>
  dataDir: string
  /** Waits for queued transactions, then releases the lock. */
  close(): Promise<void>
}

export interface StoreLog {
  info(message: string): void
  warn(message: string): void
}

export interface OpenStoreOptions {
  dataDir: string
  /** The state of a data folder used for the first time. */
  initialState: () => QueueState
  log: StoreLog
}

const ARCHIVE_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/

export async function openStore({ dataDir, initialState, log }: OpenStoreOptions): Promise<Store> {
  const dirs = { events: join(dataDir, 'events'), archive: join(dataDir, 'archive'), backups: join(dataDir, 'backups') }
  await mkdir(dataDir, { recursive: true })
  const lock = await acquireLock(dataDir)
  if (lock.tookOverFrom !== null) log.warn(`took over the lock of process ${lock.tookOverFrom}, which is gone`)
  try {
    for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true })
    await fsyncDir(dataDir)
    const livePath = join(dataDir, 'live.json')
    const adapter = new DurableJsonFile<QueueState>(livePath, { parse: migrate })
    const stored = await adapter.read().catch(async (error: unknown) => {
      throw new Error(await refusalMessage(livePath, dirs.backups, error), { cause: error })
    })
    const db = new Low<QueueState>(adapter, stored ?? DbSchema.parse(initialState()))
    if (!stored) {
      await db.write()
      log.info(`new data folder ${dataDir}: started on ${db.data.date}`)
    }
    const events = createEventLog(dirs.events)
    await trimUnacknowledged(events, db.data)
    return createStore({ dataDir, dirs, livePath, db, events, lock })
  } catch (error) {
    await lock.release()
    throw error
  }
}

/** Drops events logged after the last state write: their transaction never completed, nobody was told. */
async function trimUnacknowledged(events: EventLog, state: QueueState): Promise<void> {
  await events.trimAfter(state.date, state.eventSeq)
  // A rollover that crashed after appending to the new day's log but before writing live.json.
  for (const date of await events.dates()) if (date > state.date) await events.trimAfter(date, 0)
}

async function refusalMessage(livePath: string, backupsDir: string, error: unknown): Promise<string> {
  const backups = (await readdir(backupsDir)).filter((n) => n.startsWith('live-')).sort()
  const newest = backups.at(-1)
  // DurableJsonFile says which step failed; its cause says why (JSON syntax, schema issue, errno).
  const why = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
  return (
    `Lượt will not start: ${livePath} cannot be read (${why}). The file was left as it is. ` +
    (newest
      ? `Newest backup: ${join(backupsDir, newest)}; today's events are in the events folder.`
      : 'There is no backup yet; the events folder holds every acknowledged event.')
  )
}

interface StoreParts {
  dataDir: string
  dirs: { events: string; archive: string; backups: string }
  livePath: string
  db: Low<QueueState>
  events: EventLog
  lock: { release(): Promise<void> }
}

function createStore({ dataDir, dirs, livePath, db, events, lock }: StoreParts): Store {
  let current = deepFreeze(db.data)
  // Set after a failed write: the log may hold lines (or a torn one) beyond current.eventSeq.
  let logNeedsTrim = false
  let tail: Promise<unknown> = Promise.resolve()
  let isClosed = false
  const archiveFile = (date: string) =>
    new DurableJsonFile<QueueState>(join(dirs.archive, `${date}.json`), { parse: migrate })

  async function commit(prev: QueueState, next: QueueState, stamped: LoggedEvent[]): Promise<void> {
    try {
      if (logNeedsTrim) {
        await trimUnacknowledged(events, prev)
        logNeedsTrim = false
      }
      if (next.date !== prev.date) {
        await archiveFile(prev.date).write(prev)
        await copyFileDurably(livePath, join(dirs.backups, `live-${prev.date}.json`))
      }
      logNeedsTrim = stamped.length > 0
      await events.append(next.date, stamped)
      db.data = next
      await db.write()
      logNeedsTrim = false
    } catch (cause) {
      db.data = prev
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { cause })
    }
  }

  async function run<R>(fn: (s: QueueState) => Transition<R>): Promise<Transition<R>> {
    const prev = current
    const t = fn(prev)
    // Nothing changed (e.g. an idempotent replay): no write, so a read-only action never hits the disk.
    if (t.state === prev && t.events.length === 0) return t
    const base = t.state.eventSeq
    const stamped = t.events.map((e, i) => ({ ...e, seq: base + i + 1 }))
    const next: QueueState = { ...t.state, eventSeq: base + stamped.length }
    const checked = DbSchema.safeParse(next)
    // A rule bug caught here, before the write: otherwise the next start would refuse the file.
    if (!checked.success) {
      throw new Error('a transaction produced a state that does not match the schema', { cause: checked.error })
    }
    await commit(prev, next, stamped)
    current = deepFreeze(next)
    return { state: current, events: deepFreeze(stamped), result: t.result }
  }

  return {
    dataDir,
    state: () => current,
    transact(fn) {
      if (isClosed) return Promise.reject(new Error('the store is closed'))
      const result = tail.then(() => run(fn))
      // The tail only orders runs; each caller gets its own outcome through `result`.
      tail = result.then(noop, noop)
      return result
    },
    readArchive: (date) => archiveFile(requireDate(date)).read(),
    async readEvents(date) {
      const all = await events.read(requireDate(date))
      // Lines beyond the saved state were never acknowledged (a failed write not yet trimmed).
      if (date > current.date) return []
      return date === current.date ? all.filter((e) => e.seq <= current.eventSeq) : all
    },
    async listArchivedDates() {
      return (await readdir(dirs.archive)).flatMap((n) => ARCHIVE_FILE.exec(n)?.[1] ?? []).sort()
    },
    async close() {
      isClosed = true
      await tail
      await lock.release()
    },
  }
}

function requireDate(date: string): string {
  // The date becomes part of a file path.
  if (!YMD.test(date)) throw new AppError('VALIDATION', { date })
  return date
}

function noop(): void {}
