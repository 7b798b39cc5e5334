import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterAll, bench, describe } from 'vitest'
import { ticketLines } from '../../printers/src/layout/ticket-lines.ts'
import { createPrinter } from '../../printers/src/printer/create-printer.ts'
import { createRenderWorker } from '../../printers/src/renderer/create-render-worker.ts'
import { createInThreadRenderer, renderPageNow } from '../../printers/src/renderer/page-renderer.ts'
import type { PageRenderer } from '../../printers/src/renderer/page-renderer.ts'
import { aPrintJob } from '../../printers/src/testing/sample-job.ts'

// One ticket rendered as the `file` printer needs it (ESC/POS bytes and the PNG preview): in this
// thread (the baseline) and through the shared render worker, which adds a message round trip and a
// copy but leaves the main thread free. The worker runs one page at a time, as in the server.
const lines = ticketLines(aPrintJob())
const worker = createRenderWorker()
// Warm both: fonts registered, worker started, before anything is timed.
renderPageNow(lines, 'generic-80', { preview: true })
await worker.render(lines, 'generic-80', { preview: true })

for (const profile of ['generic-80', 'generic-58', 'epson-tcvn3']) {
  const { bytes, png } = renderPageNow(lines, profile, { preview: true })
  console.log(`${profile}: ${bytes.length} bytes per ticket sent to the printer, preview PNG ${png?.length ?? 0} bytes`)
}

/** What the server's other requests feel: main-thread event-loop delay while 50 tickets print to files. */
async function delayWhilePrinting(label: string, renderer: PageRenderer): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-print-bench-'))
  const p = createPrinter('kiosk-1', { type: 'file' }, { dataDir, log: () => undefined, now: () => performance.now(), renderer })
  await p.print(aPrintJob({ number: 'W000' }))
  const h = monitorEventLoopDelay({ resolution: 5 })
  h.enable()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: 50 }, (_, i) => p.print(aPrintJob({ number: `A${String(i + 1).padStart(3, '0')}` }))))
  const took = performance.now() - t0
  h.disable()
  await p.close()
  await rm(dataDir, { recursive: true, force: true })
  const ms = (ns: number) => (ns / 1e6).toFixed(1)
  console.log(`${label}: 50 tickets in ${took.toFixed(0)} ms; event-loop delay mean ${ms(h.mean)} ms, p99 ${ms(h.percentile(99))} ms, max ${ms(h.max)} ms`)
}
await delayWhilePrinting('in-thread (before)', createInThreadRenderer())
await delayWhilePrinting('render worker (after)', worker)

describe('render one ticket (generic-80, bytes + PNG preview)', () => {
  afterAll(() => worker.close())

  bench('baseline: in-thread render', () => {
    renderPageNow(lines, 'generic-80', { preview: true })
  }, { time: 3000 })

  bench('via the render worker', async () => {
    await worker.render(lines, 'generic-80', { preview: true })
  }, { time: 3000 })
})
