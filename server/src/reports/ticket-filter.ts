import type { ReportFilter } from '../contract/reports.ts'
import type { Ticket } from '../queue/model.ts'
import type { DayTickets } from './summary-from-tickets.ts'

/** The archived tickets a report filter keeps, on the same fields as the aggregates' filter (facts.ts). */
export function filterDayTickets(days: readonly DayTickets[], filter: ReportFilter): DayTickets[] {
  const keeps = (t: Ticket) =>
    (filter.serviceId === undefined || t.serviceId === filter.serviceId) &&
    (filter.counterId === undefined || t.counterId === filter.counterId) &&
    (filter.staffId === undefined || t.staffId === filter.staffId) &&
    (filter.priority === undefined || (t.priority ?? 'none') === filter.priority)
  return days.map((d) => ({ ...d, tickets: d.tickets.filter(keeps) })).filter((d) => d.tickets.length > 0)
}
