import { appendFile, mkdir, readFile, rmdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.ts'
import { aQueueState, issueNext, silentLog, tempDataDir } from '../../../test/fixtures/store-state.ts'
import { openStore } from './open-store.ts'

const DAY = '2025-03-03'
const open = (dataDir: string) => openStore({ dataDir, initialState: () => aQueueState(), log: silentLog() })

// Tests run as root, where chmod does not stop a write: a directory where a file must go does.
describe('openStore when the disk fails', () => {
  it('rejects with STORAGE_UNAVAILABLE, memory and disk unchanged, when live.json cannot be written', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    await store.transact((s) => issueNext(s))
    const before = store.state()
    const liveBefore = await readFile(join(dir, 'live.json'), 'utf8')
    await mkdir(join(dir, 'live.json.tmp'))
    const failure = await store.transact((s) => issueNext(s)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code: 'STORAGE_UNAVAILABLE', cause: { code: 'EISDIR' } })
    expect(store.state()).toBe(before)
    expect(await readFile(join(dir, 'live.json'), 'utf8')).toBe(liveBefore)
    // The failed transaction's event reached the log but was never acknowledged: it must not show.
    expect((await store.readEvents(DAY)).map((e) => e.seq)).toEqual([1])

    await rmdir(join(dir, 'live.json.tmp'))
    const retried = await store.transact((s) => issueNext(s))
    expect(retried.result).toBe(2)
    await store.close()
    const reopened = await open(dir)
    expect((await reopened.readEvents(DAY)).map((e) => e.seq)).toEqual([1, 2])
    expect(reopened.state()).toEqual(retried.state)
    await reopened.close()
  })

  it('rejects with STORAGE_UNAVAILABLE when the event log cannot be appended', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    await mkdir(join(dir, 'events', `${DAY}.jsonl`))
    await expect(store.transact((s) => issueNext(s))).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    expect(store.state()).toEqual(aQueueState())
    await rmdir(join(dir, 'events', `${DAY}.jsonl`))
    expect((await store.transact((s) => issueNext(s))).events[0]?.seq).toBe(1)
    await store.close()
  })

  it('refuses to start on a corrupt live.json, names it and the newest backup, and leaves it untouched', async () => {
    const dir = await tempDataDir()
    await (await open(dir)).close()
    await writeFile(join(dir, 'backups', 'live-2025-03-01.json'), '{}')
    await writeFile(join(dir, 'backups', 'live-2025-03-02.json'), '{}')
    const damaged = '{"schemaVersion":1,"date":"2025-03-03","tick'
    await writeFile(join(dir, 'live.json'), damaged)
    const refusal = open(dir)
    await expect(refusal).rejects.toThrow(`${join(dir, 'live.json')} cannot be read`)
    await expect(refusal).rejects.toThrow(join(dir, 'backups', 'live-2025-03-02.json'))
    expect(await readFile(join(dir, 'live.json'), 'utf8')).toBe(damaged)
    // The refusal released the lock: fixing the file is enough to start again.
    await writeFile(join(dir, 'live.json'), JSON.stringify(aQueueState()))
    await (await open(dir)).close()
  })

  it('on open drops logged events the state never acknowledged, and a torn line', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    await store.transact((s) => issueNext(s))
    await store.close()
    // As after a kill -9 between the log append and the state write, then during the next append.
    const log = join(dir, 'events', `${DAY}.jsonl`)
    await appendFile(log, `${JSON.stringify({ seq: 2, type: 'issued', at: 5 })}\n{"seq":3,"ty`)
    await writeFile(join(dir, 'events', '2025-03-04.jsonl'), `${JSON.stringify({ seq: 1, type: 'issued', at: 6 })}\n`)
    const reopened = await open(dir)
    expect((await readFile(log, 'utf8')).trim().split('\n')).toHaveLength(1)
    expect(await readFile(join(dir, 'events', '2025-03-04.jsonl'), 'utf8')).toBe('')
    expect((await reopened.transact((s) => issueNext(s))).events[0]?.seq).toBe(2)
    await reopened.close()
  })
})
