import type { ReportTicketPage } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { hhmmOf, toIsoOffset } from '../queue/office-time.ts'
import { counterOf, forEachFact, priorityOf, serviceOf, staffOf, statusOf, valueOf, waitOf } from './facts.ts'
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
    tickets: picked.map((ref) => {
      const wait = waitOf(ref)
      const service = valueOf(ref, 'serviceTime')
      const score = valueOf(ref, 'score')
      return {
        date: ref.day.date,
        number: ref.day.tickets.number[ref.i] ?? '',
        serviceId: serviceOf(ref),
        originalServiceId: ref.day.services[valueOf(ref, 'originalService')] ?? '',
        counterId: counterOf(ref),
        staffId: staffOf(ref),
        priority: priorityOf(ref),
        status: statusOf(ref),
        issuedAt: toIsoOffset(ref.day.dayStart + valueOf(ref, 'issued'), tz),
        slot: hhmmOf(Math.round(valueOf(ref, 'slot') / MINUTE)),
        waitMinutes: wait === null ? null : tenths(wait),
        serviceMinutes: service < 0 ? null : tenths(service),
        score: score === 0 ? null : score,
        transfers: valueOf(ref, 'transfers'),
        recalls: valueOf(ref, 'recalls'),
        hasDossier: valueOf(ref, 'hasDossier') === 1,
      }
    }),
  }
}
