import type { SummaryReport } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { Ticket } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { percent, stats } from './stats.ts'
import type { SummaryFigures } from './summary.ts'
import { serviceMs, waitMs } from './ticket-times.ts'

/** A day's tickets as archived (or live). */
export interface DayTickets {
  date: string
  tickets: readonly Ticket[]
}

/**
 * The first, simple summary: every ticket of every archived day, read raw. Kept as the reference the
 * aggregates must equal (tests) and as the baseline of test/bench/reports.bench.ts.
 */
export function summarizeTickets(config: OfficeConfig, from: string, to: string, days: readonly DayTickets[]): SummaryReport {
  const tz = config.office.timeZone
  const figures = (keep: (t: Ticket) => boolean): SummaryFigures => {
    const waits: number[] = []
    const services: number[] = []
    let [tickets, served, noShow, ratings, satisfied] = [0, 0, 0, 0, 0]
    for (const d of days)
      for (const t of d.tickets) {
        if (!keep(t)) continue
        tickets++
        if (t.status === 'done') served++
        if (t.status === 'no_show') noShow++
        const w = waitMs(t, instantOf(d.date, t.slotStart, tz))
        if (w !== null) waits.push(w)
        const s = serviceMs(t)
        if (s !== null) services.push(s)
        if (t.rating) {
          ratings++
          if (t.rating.score >= 3) satisfied++
        }
      }
    const satisfaction = { ratings, satisfiedPercent: percent(satisfied, ratings) }
    return { tickets, served, noShow, waitMinutes: stats(waits), serviceMinutes: stats(services), satisfaction }
  }
  return {
    from,
    to,
    ...figures(() => true),
    byService: config.services.map((s) => ({ serviceId: s.id, name: s.name, ...figures((t) => t.serviceId === s.id) })),
    byCounter: config.counters.map((k) => ({ counterId: k.id, name: k.name, ...figures((t) => t.counterId === k.id) })),
  }
}
