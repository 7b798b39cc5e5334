import { open, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isNodeError } from './durable-json-file.ts'

export interface DataDirLock {
  path: string
  /** The pid of a dead owner whose lock was taken over, for the log. */
  tookOverFrom: number | null
  release(): Promise<void>
}

interface LockOwner {
  pid: number
  /** Linux boot id: after a power cut the old pid may belong to an unrelated process of the new boot. */
  bootId: string | null
}

/**
 * lowdb has no multi-process support, so one server per data folder. The lock holds the owner's pid;
 * a lock left by a process that died (kill -9, power cut) is taken over, a live owner is refused.
 */
export async function acquireLock(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, 'luot.lock')
  const me: LockOwner = { pid: process.pid, bootId: await readBootId() }
  let tookOverFrom: number | null = null
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      try {
        await handle.writeFile(JSON.stringify(me))
      } finally {
        await handle.close()
      }
      return { path, tookOverFrom, release: () => releaseLock(path, me.pid) }
    } catch (error) {
      if (!(isNodeError(error) && error.code === 'EEXIST')) {
        throw new Error(`Cannot create the lock file ${path}`, { cause: error })
      }
    }
    const owner = await readOwner(path)
    if (owner && isAlive(owner, me)) {
      throw new Error(
        `another Lượt server uses this data folder (${dataDir}, process ${owner.pid}, lock file ${path}). ` +
          'Stop it first, or give this server another DATA_DIR.',
      )
    }
    // Stale: its owner is gone. Two servers starting in the same instant could both get here; systemd
    // runs one unit, so we accept that window rather than add a second locking mechanism.
    tookOverFrom = owner?.pid ?? null
    await unlinkIfPresent(path)
  }
  throw new Error(`Cannot take the lock file ${path}: it keeps coming back`)
}

async function readOwner(path: string): Promise<LockOwner | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // Removed by its owner between our create and our read: treat as stale, the retry creates it.
    if (isNodeError(error) && error.code === 'ENOENT') return null
    throw new Error(`Cannot read the lock file ${path}`, { cause: error })
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && Number.isInteger(parsed.pid)) {
      const bootId = 'bootId' in parsed && typeof parsed.bootId === 'string' ? parsed.bootId : null
      return { pid: parsed.pid as number, bootId }
    }
    return null
  } catch {
    // A power cut between creating and writing the lock leaves it empty or torn: nobody owns it.
    return null
  }
}

function isAlive(owner: LockOwner, me: LockOwner): boolean {
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return false
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists but belongs to another user, so it is alive.
    return !(isNodeError(error) && error.code === 'ESRCH')
  }
}

async function readBootId(): Promise<string | null> {
  try {
    return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim()
  } catch (error) {
    // Not Linux: fall back to the pid check alone.
    if (isNodeError(error) && error.code === 'ENOENT') return null
    throw new Error('Cannot read the boot id', { cause: error })
  }
}

async function releaseLock(path: string, pid: number): Promise<void> {
  const owner = await readOwner(path)
  // Only remove our own lock: after a takeover the file may belong to another server.
  if (owner?.pid === pid) await unlinkIfPresent(path)
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path)
  } catch (error) {
    // Already gone is the outcome we wanted.
    if (!(isNodeError(error) && error.code === 'ENOENT')) throw error
  }
}
