import { readFileSync } from 'node:fs'
import { OfficeConfigSchema } from '/work/main/server/src/config/schema.ts'
import { simulateDay } from '/work/main/server/src/demo-data/simulate-day.ts'
import { aggregateDay } from '/work/main/server/src/reports/day-aggregate.ts'
const config = OfficeConfigSchema.parse(JSON.parse(readFileSync('/work/main/config/office.json', 'utf8')))
let t0 = performance.now(); let n = 0; let agg = 0
const days = ['2026-11-02','2026-11-03','2026-11-04','2026-11-05','2026-11-06','2026-11-09','2026-11-10','2026-11-11']
for (const d of days) { const r = simulateDay(config, d, { perDay: 300, seed: 'x' }); n += r!.state.tickets.length; const a0 = performance.now(); aggregateDay(config, d, r!.state.tickets, r!.events); agg += performance.now() - a0 }
console.log('per day ms', (performance.now() - t0) / days.length, 'tickets', n / days.length, 'agg ms/day', agg / days.length)
