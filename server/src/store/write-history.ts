import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DomainEvent, QueueState } from '../queue/model.ts'
import { DbSchema } from './db-schema.ts'
import { isNodeError } from './durable-json-file.ts'
import { writeFileDurably } from './fsync.ts'
import { acquireLock } from './lock.ts'

/** Writes closed days (archive + event log) straight into a data folder: demo history, imports. */
export interface HistoryWriter {
  /** The live day in this folder, if a server has used it: history must stay before it. */
  liveDate: string | null
  hasDay(date: string): Promise<boolean>
  /** Refuses to overwrite a recorded day: records are never replaced. */
  writeDay(state: QueueState, events: readonly (DomainEvent & { seq: number })[]): Promise<void>
  close(): Promise<void>
}

export async function openHistoryWriter(dataDir: string): Promise<HistoryWriter> {
  const dirs = { archive: join(dataDir, 'archive'), events: join(dataDir, 'events') }
  await mkdir(dataDir, { recursive: true })
  // The same lock as the server: never write history into a folder a running Lượt is using.
  const lock = await acquireLock(dataDir)
  try {
    for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true })
    const liveDate = await readLiveDate(join(dataDir, 'live.json'))
    const archiveOf = (date: string) => join(dirs.archive, `${date}.json`)
    const hasDay = (date: string) => exists(archiveOf(date))
    return {
      liveDate,
      hasDay,
      async writeDay(state, events) {
        if (liveDate !== null && state.date >= liveDate) throw new Error(`${state.date} is not before the live day ${liveDate}`)
        if (await hasDay(state.date)) throw new Error(`${state.date} is already recorded in ${dirs.archive}`)
        // The same check the store makes before every write: a file the server would refuse is never written.
        const checked = DbSchema.safeParse(state)
        if (!checked.success) throw new Error(`the state of ${state.date} does not match the schema`, { cause: checked.error })
        // Events first: an archive without its log would be a day whose pauses and calls are lost.
        await writeFileDurably(join(dirs.events, `${state.date}.jsonl`), events.map((e) => JSON.stringify(e) + '\n').join(''))
        await writeFileDurably(archiveOf(state.date), JSON.stringify(state))
      },
      close: () => lock.release(),
    }
  } catch (error) {
    await lock.release()
    throw error
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch (error) {
    if (isNodeError(error) && error.code === 'ENOENT') return false
    throw error
  }
}

async function readLiveDate(path: string): Promise<string | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // A folder no server has used yet: any past day may be written.
    if (isNodeError(error) && error.code === 'ENOENT') return null
    throw error
  }
  const date = (JSON.parse(text) as { date?: unknown }).date
  if (typeof date !== 'string') throw new Error(`${path} has no date`)
  return date
}
