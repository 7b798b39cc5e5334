import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ticketLines } from '../layout/ticket-lines.ts'
import { createPrinter } from '../printer/create-printer.ts'
import { aPrintJob } from '../testing/sample-job.ts'
import { createRenderWorker } from './create-render-worker.ts'
import type { PageRenderer } from './page-renderer.ts'
import { renderPageNow } from './page-renderer.ts'

// One worker for the file, as in the server: starting one (tsx, fonts) costs about a second.
const shared: PageRenderer = createRenderWorker()
afterAll(() => shared.close())

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => !!a && !!b && Buffer.from(a).equals(Buffer.from(b))

describe('createRenderWorker', () => {
  it.each(['generic-80', 'xprinter-80', 'generic-58', 'epson-tcvn3'])('%s: renders the same bytes and PNG as in-thread rendering', async (name) => {
    const lines = ticketLines(aPrintJob())
    const inThread = renderPageNow(lines, name, { preview: true })
    const viaWorker = await shared.render(lines, name, { preview: true })
    expect(same(viaWorker.bytes, inThread.bytes)).toBe(true)
    expect(same(viaWorker.png, inThread.png)).toBe(true)
  })

  it('answers concurrent pages each with its own bytes, and leaves out the PNG unless asked', async () => {
    const r = shared
    const numbers = ['A001', 'A002', 'A003', 'A004']
    const pages = await Promise.all(numbers.map((n) => r.render(ticketLines(aPrintJob({ number: n })), 'generic-80', { preview: false })))
    numbers.forEach((n, i) => {
      expect(same(pages[i]?.bytes, renderPageNow(ticketLines(aPrintJob({ number: n })), 'generic-80', { preview: false }).bytes)).toBe(true)
      expect(pages[i]?.png).toBeUndefined()
    })
  })

  it('rejects a page it cannot render and keeps rendering the next ones', async () => {
    const r = shared
    await expect(r.render(ticketLines(aPrintJob()), 'tm-t1000', { preview: false })).rejects.toThrow(/tm-t1000/)
    await expect(r.render(ticketLines(aPrintJob()), 'generic-80', { preview: false })).resolves.toMatchObject({ bytes: expect.any(Uint8Array) })
  })

  it('refuses pages once closed', async () => {
    const r = createRenderWorker()
    await r.render(ticketLines(aPrintJob()), 'generic-58', { preview: false })
    await r.close()
    await expect(r.render(ticketLines(aPrintJob()), 'generic-80', { preview: false })).rejects.toThrow(/closed/)
  })

  it('drives a file printer: the same .bin and .png as the in-thread printer', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'luot-render-worker-'))
    try {
      const p = createPrinter('kiosk-1', { type: 'file' }, { dataDir, log: () => undefined, now: () => 0, renderer: shared })
      await p.print(aPrintJob({ number: 'B007', date: '2026-11-25' }))
      await p.close()
      const expected = renderPageNow(ticketLines(aPrintJob({ number: 'B007' })), 'generic-80', { preview: true })
      const dir = join(dataDir, 'prints', '2026-11-25')
      expect(same(await readFile(join(dir, 'B007.bin')), expected.bytes)).toBe(true)
      expect(same(await readFile(join(dir, 'B007.png')), expected.png)).toBe(true)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
