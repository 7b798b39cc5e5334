import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { AppError } from '../errors.ts'
import { writeFileDurably } from './fsync.ts'

export interface DurableJsonFileOptions<T> {
  /** Turns the parsed JSON into T (schema check, migration); throws when it cannot. */
  parse: (raw: unknown) => T
}

/**
 * lowdb's JSONFile renames a temp file but never fsyncs, so a power cut can lose an acknowledged write.
 * This adapter writes temp, fsyncs it, renames it over the target and fsyncs the directory.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      // A missing file is a first start (or a day never archived), not a failure.
      if (isNodeError(error) && error.code === 'ENOENT') return null
      throw new Error(`Cannot read ${this.path}`, { cause: error })
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      throw new Error(`${this.path} is not valid JSON`, { cause: error })
    }
    try {
      return this.options.parse(raw)
    } catch (error) {
      throw new Error(`${this.path} does not match the data schema`, { cause: error })
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data))
  }
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}

/**
 * Writes one after another: `make` builds the data when its turn comes and `commit` runs once it is on
 * disk, before the next `make`, so each write starts from every write before it. A write that fails (disk
 * full, read-only) rejects with STORAGE_UNAVAILABLE, commits nothing, and the next write still runs.
 */
export function serialWriter<T>(file: DurableJsonFile<T>): (make: () => T, commit?: (written: T) => void) => Promise<void> {
  let tail: Promise<void> = Promise.resolve()
  return (make, commit) => {
    const run = tail.then(async () => {
      const data = make()
      await file.write(data)
      commit?.(data)
    })
    tail = run.catch(() => undefined)
    return run.catch((cause: unknown) => {
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { cause })
    })
  }
}
