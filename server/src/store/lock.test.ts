import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../../test/fixtures/store-state.ts'
import { acquireLock } from './lock.ts'

/** The pid of a process that has exited and been reaped, as after a kill -9. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  if (child.pid === undefined) throw new Error('could not start a child process')
  return child.pid
}

describe('data folder lock', () => {
  it('writes our pid and removes the file on release', async () => {
    const dir = await tempDataDir()
    const lock = await acquireLock(dir)
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid })
    expect(lock.tookOverFrom).toBeNull()
    await lock.release()
    await expect(readFile(lock.path)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a folder whose lock holder is alive', async () => {
    const dir = await tempDataDir()
    const lock = await acquireLock(dir) // this very process: certainly alive
    await expect(acquireLock(dir)).rejects.toThrow('another Lượt server uses this data folder')
    await lock.release()
  })

  it('takes over a lock left by a dead process', async () => {
    const dir = await tempDataDir()
    const pid = deadPid()
    await writeFile(join(dir, 'luot.lock'), JSON.stringify({ pid }))
    const lock = await acquireLock(dir)
    expect(lock.tookOverFrom).toBe(pid)
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })

  it('takes over an empty lock (power cut while creating it) and one from another boot', async () => {
    const dir = await tempDataDir()
    await writeFile(join(dir, 'luot.lock'), '')
    await (await acquireLock(dir)).release()
    await writeFile(join(dir, 'luot.lock'), JSON.stringify({ pid: process.pid, bootId: 'a-previous-boot' }))
    const lock = await acquireLock(dir)
    expect(lock.tookOverFrom).toBe(process.pid)
    await lock.release()
  })

  it('does not remove a lock that another server took over', async () => {
    const dir = await tempDataDir()
    const lock = await acquireLock(dir)
    const other = JSON.stringify({ pid: process.pid + 1_000_000 })
    await writeFile(lock.path, other)
    await lock.release()
    expect(await readFile(lock.path, 'utf8')).toBe(other)
  })
})
