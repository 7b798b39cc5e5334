import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { io as connect } from 'socket.io-client'
import { decodePrinterText } from '../../printers/src/testing/decode-printer-text.ts'
import { decodeEscPos } from '../../printers/src/testing/escpos-decode.ts'
import { startFakePrinter } from '../fixtures/fake-printer.ts'
import type { FakePrinter } from '../fixtures/fake-printer.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

let luot: TestLuot | undefined
let printer: FakePrinter | undefined
afterEach(async () => {
  await luot?.close()
  await printer?.close()
  luot = printer = undefined
})

async function until<T>(f: () => T | undefined | false, ms = 15_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const v = f()
    if (v) return v
  }
  throw new Error('timed out')
}

describe('printing a ticket', () => {
  it('writes the ESC/POS bytes and a preview for the file printer, with the QR to the ticket page', async () => {
    luot = await startLuot({ at: '2026-11-25T09:05:00+07:00' })
    const t = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH', priority: 'elderly' } })).body
    const bin = join(luot.dataDir, 'prints', '2026-11-25', `${t.number}.bin`)
    await until(() => existsSync(bin) && existsSync(bin.replace(/\.bin$/, '.png')))
    const ops = decodeEscPos(new Uint8Array(readFileSync(bin)))
    expect(ops[0]).toEqual({ op: 'init' })
    expect(ops.some((o) => o.op === 'raster' && o.widthDots === 576)).toBe(true)
    const qr = ops.find((o) => o.op === 'qr-store')
    expect(qr && qr.op === 'qr-store' && qr.data).toMatch(new RegExp(`/t/${t.id}$`))
    expect(ops.at(-1)?.op).toBe('cut')
    await until(() => luot!.store.state().tickets[0]?.print.state === 'printed')

    // Taken in English at the kiosk: the printed QR opens the phone page in English, also after a restart.
    const en = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH', lang: 'en' } })).body
    const enBin = join(luot.dataDir, 'prints', '2026-11-25', `${en.number}.bin`)
    await until(() => existsSync(enBin) && luot!.store.state().tickets[1]?.print.state === 'printed')
    const enQr = decodeEscPos(new Uint8Array(readFileSync(enBin))).find((o) => o.op === 'qr-store')
    expect(enQr && enQr.op === 'qr-store' && enQr.data).toMatch(new RegExp(`/t/${en.id}\\?lang=en$`))
    const bad = await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH', lang: 'fr' } })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION'])
    const dataDir = luot.dataDir
    await luot.close()
    luot = await startLuot({ at: '2026-11-25T09:06:00+07:00', dataDir })
    expect(luot.store.state().tickets.map((x) => x.lang ?? 'vi')).toEqual(['vi', 'en'])
  })

  it('prints what the office and the queue say, in the formal Ông/Bà, on a printer that draws its own text', async () => {
    // On the TCVN-3 profile the printer draws the words itself, so the file's bytes read back as text.
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'file', profile: 'epson-tcvn3' } }]
    luot = await startLuot({ at: '2026-11-25T09:05:00+07:00', config })
    await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })
    const t = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })).body
    const bin = join(luot.dataDir, 'prints', '2026-11-25', `${t.number}.bin`)
    await until(() => existsSync(bin) && luot!.store.state().tickets[1]?.print.state === 'printed')
    const ops = decodeEscPos(new Uint8Array(readFileSync(bin)))
    const lines = decodePrinterText(ops).map((l) => l.text)
    const service = config.services.find((s) => s.id === 'HOTICH')!
    expect(lines).toEqual(
      expect.arrayContaining([
        ...(config.office.ticketHeader ?? []),
        t.number,
        service.name.replace('–', '-'),
        `Số người đang chờ trước Ông/Bà: ${t.peopleAhead}`,
        `Thời gian chờ dự kiến: khoảng ${t.estimatedWaitMinutes} phút`,
        ...(service.documents ?? []).map((d) => `- ${d}`),
      ]),
    )
    expect(t.peopleAhead).toBe(1)
    expect(lines.join(' ')).not.toMatch(/\bbạn\b/iu)
    // The demo office's footer already thanks the citizen: the ticket does not say it twice.
    expect(lines.filter((l) => /cảm ơn/iu.test(l))).toEqual(['Cảm ơn Ông/Bà!'])
    const qr = ops.find((o) => o.op === 'qr-store')
    expect(qr && qr.op === 'qr-store' && qr.data).toMatch(new RegExp(`/t/${t.id}$`))
    expect(ops.at(-1)?.op).toBe('cut')
  })

  it('prints a ticket taken in English with English under the Vietnamese, also when staff reprint it', async () => {
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'file', profile: 'epson-tcvn3' } }]
    luot = await startLuot({ at: '2026-11-25T09:05:00+07:00', config })
    const vi = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })).body
    const en = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH', priority: 'elderly', lang: 'en' } })).body
    const printed = async (number: string) => {
      const bin = join(luot!.dataDir, 'prints', '2026-11-25', `${number}.bin`)
      await until(() => existsSync(bin) && luot!.store.state().tickets.every((t) => t.print.state === 'printed'))
      return decodePrinterText(decodeEscPos(new Uint8Array(readFileSync(bin)))).map((l) => l.text)
    }
    const service = config.services.find((s) => s.id === 'HOTICH')!
    // The printer's own font has no en dash; the encoder prints "-".
    const dash = (s: string) => s.replace(/–/gu, '-')
    const pairs = [
      ['SỐ THỨ TỰ', 'Your number'],
      [dash(service.name), dash(service.nameEn)],
      ['Ưu tiên: Người cao tuổi', 'Priority: Elderly person'],
      [`Số người đang chờ trước Ông/Bà: ${en.peopleAhead}`, `People ahead of you: ${en.peopleAhead}`],
      [`Thời gian chờ dự kiến: khoảng ${en.estimatedWaitMinutes} phút`, `Estimated wait: about ${en.estimatedWaitMinutes} min`],
      ['Quét mã QR để theo dõi số thứ tự', 'Scan the QR code to follow your number'],
      ['Giấy tờ cần mang theo:', 'Documents to bring:'],
      ['Please wait in the hall to be called.', 'Thank you!'],
    ]
    const expectEnglish = (lines: string[]) => {
      for (const [viLine, enLine] of pairs) expect(lines[lines.indexOf(viLine!) + 1], viLine).toBe(enLine)
      expect(lines.find((l) => l.startsWith('Time slot '))).toBe(`Time slot ${en.slot.start}-${en.slot.end}`)
      expect(lines.find((l) => l.startsWith('Issued at '))).toMatch(/^Issued at \d\d:\d\d 25\/11\/2026$/)
    }
    const enLines = await printed(en.number)
    expectEnglish(enLines)
    // The Vietnamese lines are all still there, first; the Vietnamese ticket has no English at all.
    const viLines = await printed(vi.number)
    expect(viLines.filter((l) => pairs.some(([, e]) => e === l) || /^(Time slot|Issued at) /u.test(l))).toEqual([])
    expect(enLines).toEqual(expect.arrayContaining(viLines.filter((l) => !/\d/u.test(l))))

    // Staff reprint it: the ticket remembers it was taken in English.
    const bin = join(luot.dataDir, 'prints', '2026-11-25', `${en.number}.bin`)
    rmSync(bin)
    const staff = await luot.login('canbo1')
    expect((await luot.call('POST', '/api/tickets/reprint', { token: staff, body: { number: en.number } })).status).toBe(202)
    expectEnglish(await printed(en.number))
  })

  it('keeps the ticket when the network printer is gone, tells the kiosk, and reprints when it is back', async () => {
    printer = await startFakePrinter('online')
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'network', host: printer.host, port: printer.port, maxAttempts: 2, retryDelayMs: 50, connectTimeoutMs: 500 } }]
    luot = await startLuot({ at: '2026-11-25T09:05:00+07:00', config })
    const first = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).body
    await printer.waitForJobs(1)
    await until(() => luot!.store.state().tickets[0]?.print.state === 'printed')

    const kiosk = connect(luot.url, { auth: { role: 'kiosk', kioskId: 'kiosk-1' }, transports: ['websocket'], reconnection: false })
    const failed: unknown[] = []
    kiosk.on('print:failed', (e) => failed.push(e))
    await new Promise((ok) => kiosk.on('state', ok))
    await printer.stop()
    const second = await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })
    expect(second.status).toBe(201) // issued whatever the printer does
    await until(() => failed.length > 0)
    expect(failed[0]).toEqual({ kioskId: 'kiosk-1', number: 'A002' })
    await until(() => luot!.store.state().tickets.find((x) => x.number === 'A002')?.print.state === 'failed')
    const health = await luot.call('GET', '/api/health')
    expect(health.body.printers[0].state).not.toBe('ok')
    kiosk.disconnect()

    await printer.restart()
    const staff = await luot.login('canbo1')
    const re = await luot.call('POST', '/api/tickets/reprint', { token: staff, body: { number: 'A002' } })
    expect(re.status).toBe(202)
    const jobs = await printer.waitForJobs(2)
    const qr = decodeEscPos(jobs.at(-1)!).find((o) => o.op === 'qr-store')
    expect(qr && qr.op === 'qr-store' && qr.data).toContain(`/t/${second.body.id}`)
    await until(() => luot!.store.state().tickets.find((x) => x.number === 'A002')?.print.state === 'printed')
    expect(first.number).toBe('A001')
    const unknown = await luot.call('POST', '/api/tickets/reprint', { token: staff, body: { number: 'A999' } })
    expect(unknown.body.error.code).toBe('NOT_FOUND')
  })

  it('prints after a restart a ticket the stop left queued, and marks an old one failed instead', async () => {
    printer = await startFakePrinter('online')
    await printer.stop() // connection refused: the print keeps retrying
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'network', host: printer.host, port: printer.port, maxAttempts: 100, retryDelayMs: 100, connectTimeoutMs: 300 } }]
    luot = await startLuot({ at: '2026-11-25T09:05:00+07:00', config })
    const dataDir = luot.dataDir
    const ticket = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).body
    expect(ticket.print.state).toBe('queued')
    await luot.close() // waits a few seconds for the printer, then leaves the print queued, not failed
    luot = undefined
    await printer.restart()
    luot = await startLuot({ at: '2026-11-25T09:06:00+07:00', config, dataDir })
    const jobs = await printer.waitForJobs(1)
    const qr = decodeEscPos(jobs[0]!).find((o) => o.op === 'qr-store')
    expect(qr && qr.op === 'qr-store' && qr.data).toContain(`/t/${ticket.id}`)
    await until(() => luot!.store.state().tickets[0]?.print.state === 'printed')

    // A print still queued long after issue is not sent to a kiosk the citizen has left: it is marked failed.
    const late = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).body
    await printer.waitForJobs(2)
    await until(() => luot!.store.state().tickets[1]?.print.state === 'printed')
    await printer.stop()
    const third = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).body
    await luot.close()
    luot = undefined
    await printer.restart()
    luot = await startLuot({ at: '2026-11-25T09:30:00+07:00', config, dataDir })
    await until(() => luot!.store.state().tickets.find((t) => t.id === third.id)?.print.state === 'failed')
    await new Promise((ok) => setTimeout(ok, 500))
    expect(printer.jobs()).toHaveLength(2)
    expect(late.number).toBe('A002')
  }, 30_000)
})
