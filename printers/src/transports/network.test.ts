import { afterEach, describe, expect, it } from 'vitest'
import { startFakePrinter, STATUS_ALL_CLEAR } from '../../../test/fixtures/fake-printer.ts'
import type { FakePrinter } from '../../../test/fixtures/fake-printer.ts'
import { createNetworkTransport } from './network.ts'

let fake: FakePrinter | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const transportTo = (f: FakePrinter, statusTimeoutMs = 300) =>
  createNetworkTransport({ host: f.host, port: f.port, connectTimeoutMs: 1000, statusTimeoutMs, closeGraceMs: 200 })

describe('network transport', () => {
  it('sends every byte on its own connection and resolves after the printer closed it', async () => {
    fake = await startFakePrinter()
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 0xff)
    bytes[0] = 0x1b
    bytes[1] = 0x40
    await transportTo(fake).send(bytes, AbortSignal.timeout(5000))
    expect(fake.completed).toHaveLength(1)
    expect(Buffer.from(fake.completed[0] ?? []).equals(Buffer.from(bytes))).toBe(true)
  })

  it.each([
    ['ok', STATUS_ALL_CLEAR],
    ['cover_open', { printer: 0x1a, offlineCause: 0x16, paper: 0x12 }],
    ['paper_out', { printer: 0x1a, offlineCause: 0x32, paper: 0x72 }],
    ['paper_near_end', { printer: 0x12, offlineCause: 0x12, paper: 0x1e }],
    ['offline', { printer: 0x1a, offlineCause: 0x52, paper: 0x12 }],
  ] as const)('reads DLE EOT answers as %s', async (state, bytes) => {
    fake = await startFakePrinter()
    fake.setStatus(bytes)
    expect(await transportTo(fake).status?.()).toBe(state)
  })

  it('says unknown when the printer stays silent or drops the connection', async () => {
    fake = await startFakePrinter('silent')
    expect(await transportTo(fake).status?.()).toBe('unknown')
    fake.setMode('drop')
    expect(await transportTo(fake).status?.()).toBe('unknown')
  })

  it('says offline when nothing listens, and a send there rejects', async () => {
    fake = await startFakePrinter()
    await fake.stop()
    const t = transportTo(fake)
    expect(await t.status?.()).toBe('offline')
    await expect(t.send(Uint8Array.of(1, 2, 3), AbortSignal.timeout(2000))).rejects.toThrow(/ECONNREFUSED/)
  })

  it('gives up on a send when the signal aborts while the printer takes no more bytes', async () => {
    fake = await startFakePrinter('hang')
    const big = new Uint8Array(64 * 1024 * 1024)
    await expect(transportTo(fake).send(big, AbortSignal.timeout(300))).rejects.toThrow()
  })

  it('counts a job as sent when the printer took every byte but never closes its side', async () => {
    fake = await startFakePrinter('hang')
    await expect(transportTo(fake).send(Uint8Array.of(0x1b, 0x40, 1, 2, 3), AbortSignal.timeout(5000))).resolves.toBeUndefined()
  })
})
