import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../server/src/store/open-store.ts'
import { aQueueState, silentLog, tempDataDir } from '../fixtures/store-state.ts'

const BURST = join(import.meta.dirname, '..', 'fixtures', 'store-burst.ts')

/**
 * Runs the burst child until it has acknowledged `atLeast` more transactions, then kill -9s it `delayMs`
 * later. A transaction takes a few ms of fsyncs, so varying the delay lands the kill at different steps:
 * before the log append, between the append and the state write, or during either.
 */
async function burstThenKill(dataDir: string, atLeast: number, delayMs: number): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', BURST, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  const acked: number[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let buffered = ''
  let isKilling = false
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) if (/^\d+$/.test(line)) acked.push(Number(line))
    if (acked.length >= atLeast && !isKilling) {
      isKilling = true
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    }
  })
  await exited
  // A child that stopped on its own failed: show why instead of a confusing count mismatch.
  if (child.signalCode !== 'SIGKILL') throw new Error(`burst child exited with ${child.exitCode}: ${stderr}`)
  return acked
}

describe('store crash safety (kill -9 mid-burst)', () => {
  it('keeps every acknowledged transaction and a log that matches the state', async () => {
    const dataDir = await tempDataDir()
    const acked: number[] = []
    // Crashes in a row: each restart must take over the dead lock and trim what was never acknowledged.
    for (const delayMs of [0, 1, 2, 3, 4, 6]) acked.push(...(await burstThenKill(dataDir, 30, delayMs)))

    const store = await openStore({ dataDir, initialState: () => aQueueState(), log: silentLog() })
    const state = store.state()
    const events = await store.readEvents(state.date)
    const raw = await readFile(join(dataDir, 'events', `${state.date}.jsonl`), 'utf8')

    expect(acked.length).toBeGreaterThanOrEqual(180)
    expect(Math.max(...acked)).toBeLessThanOrEqual(state.eventSeq)
    for (const seq of acked) expect(state.tickets[seq - 1]?.seq).toBe(seq)
    expect(state.tickets.map((t) => t.seq)).toEqual(Array.from({ length: state.eventSeq }, (_, i) => i + 1))
    expect(events.map((e) => e.seq)).toEqual(state.tickets.map((t) => t.seq))
    expect(events.map((e) => e.ticketId)).toEqual(state.tickets.map((t) => t.id))
    // The file itself, not only what readEvents filters: no unacknowledged or torn line survived the reopen.
    expect(raw.split('\n').filter(Boolean)).toHaveLength(state.eventSeq)
    await store.close()
  })
})
