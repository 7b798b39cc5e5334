import { afterEach, describe, expect, it } from 'vitest'
import { startFakeSerialPrinter } from '../../../test/fixtures/fake-serial-printer.ts'
import type { FakeSerialPrinter } from '../../../test/fixtures/fake-serial-printer.ts'
import { decodeEscPos } from '../testing/escpos-decode.ts'
import { aPrintJob } from '../testing/sample-job.ts'
import { renderTicket } from '../render-ticket.ts'
import { getProfile } from '../profiles/get-profile.ts'
import { createSerialTransport } from './serial.ts'

let printer: FakeSerialPrinter | undefined
afterEach(() => printer?.close())

describe('serial transport (a real pseudo-terminal)', () => {
  it('sends a whole ticket and reads the printer status', async () => {
    printer = await startFakeSerialPrinter()
    const transport = createSerialTransport({ path: printer.path, baudRate: 115200, statusTimeoutMs: 1000 })
    const bytes = renderTicket(aPrintJob({ number: 'C042' }), getProfile('generic-80'))
    await transport.send(bytes, new AbortController().signal)
    let got = await printer.received()
    for (let i = 0; i < 100 && got.length < bytes.length; i++) {
      await new Promise((r) => setTimeout(r, 50))
      got = await printer.received()
    }
    expect(got).toEqual(bytes)
    const ops = decodeEscPos(got)
    expect(ops[0]).toEqual({ op: 'init' })
    expect(ops.at(-1)?.op).toBe('cut')
    expect(await transport.status!()).toBe('ok')
  })

  it('says offline when the device is not there', async () => {
    const transport = createSerialTransport({ path: '/dev/nonexistent-printer', baudRate: 9600, statusTimeoutMs: 300 })
    expect(await transport.status!()).toBe('offline')
    await expect(transport.send(new Uint8Array([0x1b, 0x40]), new AbortController().signal)).rejects.toThrow()
  })
})
