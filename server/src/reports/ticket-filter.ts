import type { ReportFilter } from '../contract/reports.ts'
import type { Ticket } from '../queue/model.ts'
import { instantOf, weekdayOf } from '../queue/office-time.ts'
import type { DayTickets } from './summary-from-tickets.ts'

const HOUR = 3_600_000

/**
 * The archived tickets a report filter keeps, on the same fields as the aggregates' filter (facts.ts):
 * the hour is the hour of issue after the day's local midnight, in the office's time zone `tz`.
 */
export function filterDayTickets(days: readonly DayTickets[], filter: ReportFilter, tz: string): DayTickets[] {
  const keeps = (t: Ticket, dayStart: number) =>
    (filter.serviceId === undefined || t.serviceId === filter.serviceId) &&
    (filter.counterId === undefined || t.counterId === filter.counterId) &&
    (filter.staffId === undefined || t.staffId === filter.staffId) &&
    (filter.priority === undefined || (t.priority ?? 'none') === filter.priority) &&
    (filter.hour === undefined || Math.floor((t.issuedAt - dayStart) / HOUR) === filter.hour)
  return days
    .filter((d) => filter.weekday === undefined || weekdayOf(d.date) === filter.weekday)
    .map((d) => {
      const dayStart = instantOf(d.date, '00:00', tz)
      return { ...d, tickets: d.tickets.filter((t) => keeps(t, dayStart)) }
    })
    .filter((d) => d.tickets.length > 0)
}
