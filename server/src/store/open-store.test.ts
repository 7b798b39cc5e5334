import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aQueueState, issueNext, silentLog, tempDataDir } from '../../../test/fixtures/store-state.ts'
import type { QueueState, Transition } from '../queue/model.ts'
import { openStore } from './open-store.ts'

const open = async (dataDir: string, initial: QueueState = aQueueState()) =>
  openStore({ dataDir, initialState: () => initial, log: silentLog() })

const onDisk = async (dataDir: string): Promise<unknown> =>
  JSON.parse(await readFile(join(dataDir, 'live.json'), 'utf8'))

describe('openStore', () => {
  it('starts a new data folder from the initial state and writes it', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    expect(store.state()).toEqual(aQueueState())
    expect(Object.isFrozen(store.state())).toBe(true)
    expect(await onDisk(dir)).toEqual(aQueueState())
    expect((await readdir(dir)).sort()).toEqual(['archive', 'backups', 'events', 'live.json', 'luot.lock'])
    await store.close()
  })

  it('stamps events, logs them, writes the state, then publishes it frozen', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    const first = await store.transact((s) => issueNext(s))
    const second = await store.transact((s) => issueNext(s))
    expect(second.result).toBe(2)
    expect(first.events.map((e) => e.seq)).toEqual([1])
    expect(second.state.eventSeq).toBe(2)
    expect(store.state()).toBe(second.state)
    expect(Object.isFrozen(second.state.tickets[1])).toBe(true)
    expect(await onDisk(dir)).toEqual(second.state)
    expect(await store.readEvents('2025-03-03')).toEqual([...first.events, ...second.events])
    await store.close()
  })

  it('runs 100 concurrent transactions one at a time, in call order', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    const all = await Promise.all(Array.from({ length: 100 }, () => store.transact((s) => issueNext(s))))
    expect(all.map((t) => t.result)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(store.state().tickets).toHaveLength(100)
    expect((await store.readEvents('2025-03-03')).map((e) => e.seq)).toEqual(all.map((_, i) => i + 1))
    await store.close()
    const reopened = await open(dir)
    expect(reopened.state()).toEqual(all[99]?.state)
    await reopened.close()
  })

  it('changes nothing when fn throws, and keeps serving afterwards', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    const before = store.state()
    const refuse = (): Transition<number> => {
      throw new Error('SLOT_FULL')
    }
    const [failed, next] = await Promise.allSettled([store.transact(refuse), store.transact((s) => issueNext(s))])
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'SLOT_FULL' } })
    expect(next).toMatchObject({ status: 'fulfilled', value: { result: 1 } })
    expect(before.tickets).toHaveLength(0)
    await store.close()
  })

  it('refuses a state that does not match the schema before writing it', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    const bad = (s: QueueState): Transition => ({ state: { ...s, date: 'tomorrow' }, events: [], result: undefined })
    await expect(store.transact(bad)).rejects.toThrow('does not match the schema')
    expect(await onDisk(dir)).toEqual(aQueueState())
    await store.close()
  })

  it('skips the disk when nothing changed', async () => {
    const store = await open(await tempDataDir())
    const t = await store.transact((s) => ({ state: s, events: [], result: 'replayed' }))
    expect(t.result).toBe('replayed')
    await store.close()
  })

  it('reopens with the same state after close, and refuses a second server meanwhile', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    await store.transact((s) => issueNext(s))
    await expect(open(dir)).rejects.toThrow('another Lượt server uses this data folder')
    const closing = store.close()
    await expect(store.transact((s) => issueNext(s))).rejects.toThrow('the store is closed')
    await closing
    const reopened = await open(dir, aQueueState({ date: '2030-01-01' }))
    expect(reopened.state()).toEqual(store.state())
    await reopened.close()
  })

  it('on a day rollover archives the previous day and backs up live.json', async () => {
    const dir = await tempDataDir()
    const store = await open(dir)
    await store.transact((s) => issueNext(s))
    const closedDay = store.state()
    const nextDay = (s: QueueState): Transition => ({
      state: aQueueState({ date: '2025-03-04', lastInstant: s.lastInstant }),
      events: [{ type: 'counter_opened', at: s.lastInstant, counterId: 'c1' }],
      result: undefined,
    })
    const t = await store.transact(nextDay)
    expect(t.events[0]?.seq).toBe(1)
    expect(await store.readArchive('2025-03-03')).toEqual(closedDay)
    expect(JSON.parse(await readFile(join(dir, 'backups', 'live-2025-03-03.json'), 'utf8'))).toEqual(closedDay)
    expect(await store.listArchivedDates()).toEqual(['2025-03-03'])
    expect(await store.readArchive('2025-03-02')).toBeNull()
    expect(await store.readEvents('2025-03-03')).toHaveLength(1)
    expect(await store.readEvents('2025-03-04')).toEqual(t.events)
    await expect(store.readEvents('../live')).rejects.toMatchObject({ code: 'VALIDATION' })
    await store.close()
  })
})
