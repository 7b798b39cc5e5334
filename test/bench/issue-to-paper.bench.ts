import { bench, describe } from 'vitest'
import { startFakePrinter } from '../fixtures/fake-printer.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'

// Time from a kiosk's POST /api/tickets to the last byte of that ticket received by a network printer
// (a loopback fake printer answering status like an Epson), against the issue answer alone.
const printer = await startFakePrinter('online')
const config = demoConfigInput()
config.services = config.services.map((s) => ({ ...s, capacityPerSlot: 1_000_000 }))
config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'network', host: printer.host, port: printer.port } }]
const luot = await startLuot({ at: '2026-11-25T07:35:00+07:00', config })
const issue = async () => {
  luot.clock.advance(1000)
  const r = await fetch(`${luot.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"serviceId":"HOTICH"}' })
  return r.text()
}
const toPaper: number[] = []

describe('issue to paper', () => {
  bench('issue → last byte at the printer', async () => {
    const t0 = performance.now()
    const before = printer.jobs().length
    await issue()
    const jobs = await printer.waitForJobs(before + 1, 30_000)
    toPaper.push(performance.now() - t0)
    if (jobs.length > before + 1) throw new Error('a ticket printed twice')
  }, {
    time: 3000,
    iterations: 10,
  })

  // Runs last: the printer's backlog from these answers must not slow the measurement above.
  bench('baseline: the issue answer alone', async () => {
    await issue()
  }, {
    time: 3000,
    iterations: 10,
    teardown: async (_t, mode) => {
      if (mode !== 'run') return
      const sorted = [...toPaper].sort((a, b) => a - b)
      console.log(`issue → last byte: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms over ${sorted.length}; ${printer.jobs().at(-1)?.length} bytes per ticket`)
      await luot.close()
      await printer.close()
    },
  })
})
