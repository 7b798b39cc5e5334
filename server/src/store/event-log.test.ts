import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../../test/fixtures/store-state.ts'
import { createEventLog } from './event-log.ts'
import type { LoggedEvent } from './event-log.ts'

const DAY = '2025-03-03'
const ev = (seq: number): LoggedEvent => ({ seq, type: 'issued', at: 1000 + seq, ticketId: `t${seq}` })

describe('event log', () => {
  it('appends JSON lines per day and reads them back', async () => {
    const log = createEventLog(join(await tempDataDir(), 'events'))
    await log.dates() // creates the folder
    await log.append(DAY, [ev(1), ev(2)])
    await log.append(DAY, [ev(3)])
    await log.append('2025-03-04', [ev(1)])
    expect(await log.read(DAY)).toEqual([ev(1), ev(2), ev(3)])
    expect(await readFile(join(log.dir, `${DAY}.jsonl`), 'utf8')).toBe(
      [ev(1), ev(2), ev(3)].map((e) => JSON.stringify(e) + '\n').join(''),
    )
    expect(await log.dates()).toEqual([DAY, '2025-03-04'])
    expect(await log.read('2025-03-05')).toEqual([])
  })

  it('ignores a torn last line, and trimAfter removes it', async () => {
    const log = createEventLog(join(await tempDataDir(), 'events'))
    await log.dates()
    await log.append(DAY, [ev(1), ev(2)])
    await appendFile(join(log.dir, `${DAY}.jsonl`), '{"seq":3,"type":"iss')
    expect(await log.read(DAY)).toEqual([ev(1), ev(2)])
    await log.trimAfter(DAY, 2)
    await log.append(DAY, [ev(3)])
    expect(await log.read(DAY)).toEqual([ev(1), ev(2), ev(3)])
  })

  it('trimAfter drops lines after a seq and keeps the rest', async () => {
    const log = createEventLog(join(await tempDataDir(), 'events'))
    await log.dates()
    await log.append(DAY, [ev(1), ev(2), ev(3), ev(4)])
    await log.trimAfter(DAY, 2)
    expect(await log.read(DAY)).toEqual([ev(1), ev(2)])
    await log.trimAfter(DAY, 0)
    expect(await log.read(DAY)).toEqual([])
    await log.trimAfter('2025-01-01', 5) // no log that day: nothing to do
    expect(await log.dates()).toEqual([DAY])
  })

  it('refuses a damaged line in the middle, naming the file and line', async () => {
    const log = createEventLog(join(await tempDataDir(), 'events'))
    await log.dates()
    const path = join(log.dir, `${DAY}.jsonl`)
    await writeFile(path, `${JSON.stringify(ev(1))}\nnot json\n${JSON.stringify(ev(3))}\n`)
    await expect(log.read(DAY)).rejects.toThrow(`${path} line 2 is not a valid event`)
  })
})
