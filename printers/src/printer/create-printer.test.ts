import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakePrinter } from '../../../test/fixtures/fake-printer.ts'
import type { FakePrinter } from '../../../test/fixtures/fake-printer.ts'
import { getProfile } from '../profiles/get-profile.ts'
import { renderTicket } from '../render-ticket.ts'
import { decodeEscPos } from '../testing/escpos-decode.ts'
import { aPrintJob } from '../testing/sample-job.ts'
import type { PrinterState } from '../types.ts'
import { createPrinter } from './create-printer.ts'
import type { LuotPrinter } from './create-printer.ts'
import { PrintError } from './print-error.ts'

let fake: FakePrinter
let dataDir: string
const opened: LuotPrinter[] = []
const logs: string[] = []
const deps = () => ({ dataDir, log: (m: string) => void logs.push(m), now: () => performance.now() })
const fast = { connectTimeoutMs: 500, writeTimeoutMs: 5000, statusTimeoutMs: 150, retryDelayMs: 20 }
const open = (p: LuotPrinter) => (opened.push(p), p)
/** Generous: two test workers share two cores, and a render takes 100–300 ms there. */
const poll = { timeout: 15_000 }

beforeEach(async () => {
  fake = await startFakePrinter()
  dataDir = await mkdtemp(join(tmpdir(), 'luot-printer-'))
})
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()))
  await fake.close()
  await rm(dataDir, { recursive: true, force: true })
})

/** The ticket number carried by a job: its bytes equal exactly one rendered ticket. */
const numberOf = (bytes: Uint8Array, rendered: Map<string, Buffer>) =>
  [...rendered].find(([, b]) => b.equals(Buffer.from(bytes)))?.[0]

describe('createPrinter (network)', () => {
  it('prints a ticket to the printer: the exact bytes, with size and time', async () => {
    const p = open(createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast }, deps()))
    const result = await p.print(aPrintJob())
    const [job] = await fake.waitForJobs(1)
    expect(job && Buffer.from(job).equals(Buffer.from(renderTicket(aPrintJob(), getProfile('generic-80'))))).toBe(true)
    expect(result.bytes).toBe(job?.length)
    expect(decodeEscPos(job ?? new Uint8Array()).some((o) => o.op === 'cut')).toBe(true)
    // Warm: fonts are registered by now, as on a kiosk after its first ticket.
    const warm = await p.print(aPrintJob({ number: 'A013' }))
    console.log(`ticket: ${warm.bytes} bytes, render+send ${warm.ms.toFixed(0)} ms`)
    expect(warm.ms).toBeLessThan(2000)
  })

  it('prints every ticket exactly once, in order, when the printer goes away mid-queue and comes back', async () => {
    const p = open(createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast, maxAttempts: 10 }, deps()))
    const states: PrinterState[] = []
    p.onStateChange((s) => states.push(s))
    const numbers = ['A001', 'A002', 'A003', 'A004', 'A005', 'A006']
    const first = p.print(aPrintJob({ number: 'A001' }))
    await first
    fake.dropAfterBytes(5000) // power lost halfway through the next ticket
    const rest = Promise.all(numbers.slice(1).map((n) => p.print(aPrintJob({ number: n }))))
    rest.catch(() => undefined) // awaited below; a failed poll must not also leave it unhandled
    await expect.poll(() => fake.broken.length, poll).toBeGreaterThan(0)
    await fake.stop() // then the printer is off: connection refused
    await expect.poll(() => states.includes('offline'), poll).toBe(true)
    fake.dropAfterBytes(null)
    await fake.restart()
    await rest
    const rendered = new Map(numbers.map((n) => [n, Buffer.from(renderTicket(aPrintJob({ number: n }), getProfile('generic-80')))]))
    const printed = fake.jobs().map((b) => numberOf(b, rendered))
    expect(printed).toEqual(numbers)
    expect(fake.broken.every((b) => b.length <= 5000 + 65536)).toBe(true)
    await expect.poll(() => p.state(), poll).toBe('ok')
  })

  it('gives up after maxAttempts with a PrintError, and the next job still prints', async () => {
    await fake.stop()
    const p = open(createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast, maxAttempts: 3 }, deps()))
    const err = await p.print(aPrintJob()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PrintError)
    expect(err).toMatchObject({ code: 'PRINT_FAILED', attempts: 3 })
    expect(p.state()).toBe('offline')
    await fake.restart()
    await expect(p.print(aPrintJob({ number: 'A002' }))).resolves.toMatchObject({ bytes: expect.any(Number) })
  })

  it('checkStatus asks the printer; silence is unknown, never ok', async () => {
    fake.setStatus({ printer: 0x1a, offlineCause: 0x32, paper: 0x72 })
    const p = open(createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast }, deps()))
    expect(await p.checkStatus()).toBe('paper_out')
    fake.setMode('silent')
    expect(await p.checkStatus()).toBe('unknown')
  })

  it('does not block another printer while one is down', async () => {
    const down = await startFakePrinter('hang')
    const stuck = open(createPrinter('kiosk-2', { type: 'network', host: down.host, port: down.port, ...fast, writeTimeoutMs: 60_000 }, deps()))
    const p = open(createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast }, deps()))
    const blocked = stuck.print(aPrintJob()).catch((e: unknown) => e)
    await expect(p.print(aPrintJob())).resolves.toBeDefined()
    await stuck.close()
    expect(await blocked).toMatchObject({ code: expect.stringMatching(/PRINTER_CLOSED|PRINT_FAILED/) })
    await down.close()
  })

  it('close() rejects queued jobs as PRINTER_CLOSED', async () => {
    await fake.stop()
    const p = createPrinter('kiosk-1', { type: 'network', host: fake.host, port: fake.port, ...fast, retryDelayMs: 10_000 }, deps())
    const jobs = [p.print(aPrintJob()), p.print(aPrintJob({ number: 'A002' }))].map((j) => j.catch((e: unknown) => e))
    await expect.poll(() => p.state(), poll).toBe('offline')
    await p.close()
    for (const e of await Promise.all(jobs)) expect(e).toMatchObject({ code: 'PRINTER_CLOSED' })
  })
})

describe('createPrinter (file, none)', () => {
  it('writes <dataDir>/prints/<date>/<number>.bin and .png, and is ok when the folder is writable', async () => {
    const p = open(createPrinter('kiosk-1', { type: 'file' }, deps()))
    expect(await p.checkStatus()).toBe('ok')
    await p.print(aPrintJob({ number: 'B007', date: '2026-11-25' }))
    const dir = join(dataDir, 'prints', '2026-11-25')
    expect((await readdir(dir)).sort()).toEqual(['B007.bin', 'B007.png'])
    const bin = await readFile(join(dir, 'B007.bin'))
    expect(bin.equals(Buffer.from(renderTicket(aPrintJob({ number: 'B007' }), getProfile('generic-80'))))).toBe(true)
    expect((await readFile(join(dir, 'B007.png'))).subarray(1, 4).toString()).toBe('PNG')
  })

  it('type none has no printer: offline, and print rejects with NO_PRINTER', async () => {
    const p = createPrinter('kiosk-1', { type: 'none' }, deps())
    expect(p.state()).toBe('offline')
    await expect(p.print(aPrintJob())).rejects.toMatchObject({ code: 'NO_PRINTER' })
  })

  it('refuses an unknown profile at creation', () => {
    expect(() => createPrinter('kiosk-1', { type: 'file', profile: 'tm-t1000' }, deps())).toThrow(/tm-t1000/)
  })
})
