import type { ReportTicketPage } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { hhmmOf, toIsoOffset } from '../queue/office-time.ts'
import { F } from './day-aggregate.ts'
import { counterOf, factWaitMs, forEachFact, priorityOf, serviceOf, staffOf, statusOf } from './facts.ts'
import type { FactFilter, FactRef, ReportDays } from './facts.ts'
import { tenths } from './stats.ts'

const MINUTE = 60_000

/** GET /api/reports/tickets: the tickets behind a figure, oldest first, one page at a time. */
export function ticketPage(
  config: OfficeConfig,
  filter: FactFilter,
  page: { limit: number; offset: number },
  input: ReportDays,
): ReportTicketPage {
  const picked: FactRef[] = []
  let total = 0
  forEachFact(input.days, filter, (ref) => {
    if (total >= page.offset && picked.length < page.limit) picked.push(ref)
    total++
  })
  const tz = config.office.timeZone
  return {
    total,
    limit: page.limit,
    offset: page.offset,
    tickets: picked.map(({ day, fact }) => {
      const wait = factWaitMs(fact)
      return {
        date: day.date,
        number: fact[F.number],
        serviceId: serviceOf(day, fact),
        originalServiceId: day.services[fact[F.originalService]] ?? '',
        counterId: counterOf(day, fact),
        staffId: staffOf(day, fact),
        priority: priorityOf(fact),
        status: statusOf(fact),
        issuedAt: toIsoOffset(day.dayStart + fact[F.issued], tz),
        slot: hhmmOf(Math.round(fact[F.slot] / MINUTE)),
        waitMinutes: wait === null ? null : tenths(wait),
        serviceMinutes: fact[F.serviceTime] < 0 ? null : tenths(fact[F.serviceTime]),
        score: fact[F.score] === 0 ? null : fact[F.score],
        transfers: fact[F.transfers].length,
        recalls: fact[F.recalls],
        hasDossier: fact[F.dossier] === 1,
      }
    }),
  }
}
