import { PRIORITY_CLASSES, TICKET_STATUSES } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { DomainEvent, Ticket } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { counterDays } from './counter-time.ts'
import type { CounterDay } from './counter-time.ts'
import { longestQueueByHour } from './queue-length.ts'
import type { QueueDay } from './queue-length.ts'
import { serviceMs, waitMs } from './ticket-times.ts'

/**
 * Bump when the aggregate's shape or meaning changes: older files are rebuilt from the archive.
 * v1: ticket columns with ms times, counter time, queue length by hour.
 */
export const AGGREGATE_VERSION = 1

/**
 * One closed day, summarised once. Resolution choice: each ticket keeps its times in whole milliseconds
 * after the day's local midnight, i.e. the raw clock resolution, so percentiles, means and "within
 * target" over any range and any combination of filters (service × counter × staff × priority × hour ×
 * weekday) are exactly what the raw tickets give. Per-dimension histograms could not answer combined
 * filters, and a full cube has more cells than a day has tickets (≈2 tickets per cell in the demo
 * office). Columns rather than one record per ticket: a year parses as ~4 000 flat number arrays
 * instead of 150 000 small ones. No ticket id, dossier code or comment is kept: only what figures need.
 */
export interface DayAggregate {
  aggregateVersion: number
  date: string
  /** Epoch ms of the day's local midnight; ticket times are ms after it. */
  dayStart: number
  /** Dictionaries the columns index into (-1: none). */
  services: string[]
  counters: string[]
  staff: string[]
  texts: string[]
  tickets: TicketColumns
  counterTime: CounterDay[]
  queue: QueueDay
}

/**
 * One entry per ticket, in issue order. Built as arrays and written as JSON; read back, the number
 * columns become Float64Arrays (packColumns): a year of them then sits outside the garbage-collected heap.
 */
export interface TicketColumns<C extends ArrayLike<number> = ArrayLike<number>> {
  number: string[]
  service: C
  originalService: C
  counter: C
  staff: C
  /** Index into PRIORITY_CLASSES, -1 for none. */
  priority: C
  /** Index into TICKET_STATUSES. */
  status: C
  issued: C
  slot: C
  /** -1: never called. */
  firstCall: C
  /** finished − called for done tickets, -1 otherwise. */
  serviceTime: C
  /** 0: not rated. */
  score: C
  recalls: C
  outOfOrderCalls: C
  transfers: C
  hasDossier: C
  /** Sparse: [ticket index, text index…] for ratings that gave reasons. */
  reasons: number[][]
  /** Sparse: [ticket index, from service, to service, reason text or -1] per transfer. */
  transferList: [number, number, number, number][]
}

const NUMBER_COLUMNS = [
  'service', 'originalService', 'counter', 'staff', 'priority', 'status', 'issued', 'slot', 'firstCall', 'serviceTime', 'score',
  'recalls', 'outOfOrderCalls', 'transfers', 'hasDossier',
] as const satisfies readonly (keyof TicketColumns)[]

/**
 * The day with its number columns as Float64Arrays, for keeping in memory: the collector never walks
 * or copies their contents, which was most of a cold one-year report's time (young-generation copies of
 * freshly parsed arrays). Float64, not Int32: exactly the JSON numbers, whatever their range.
 */
export function packColumns(day: DayAggregate): DayAggregate {
  const tickets = { ...day.tickets }
  for (const key of NUMBER_COLUMNS) tickets[key] = Float64Array.from(day.tickets[key])
  return { ...day, tickets }
}

function dictionary(): { list: string[]; index(value: string | undefined | null): number } {
  const list: string[] = []
  const seen = new Map<string, number>()
  return {
    list,
    index(value) {
      if (value === undefined || value === null) return -1
      let i = seen.get(value)
      if (i === undefined) {
        i = list.push(value) - 1
        seen.set(value, i)
      }
      return i
    },
  }
}

/** `until`: for the day still open, now (counter time stops there); closed days leave it out. */
export function aggregateDay(
  config: OfficeConfig,
  date: string,
  tickets: readonly Ticket[],
  events: readonly DomainEvent[],
  until = Infinity,
): DayAggregate {
  const tz = config.office.timeZone
  const dayStart = instantOf(date, '00:00', tz)
  const [services, counters, staff, texts] = [dictionary(), dictionary(), dictionary(), dictionary()]
  const outOfOrder = new Map<string, number>()
  for (const e of events)
    if (e.type === 'called' && e.ticketId !== undefined && e.data?.outOfOrder === true)
      outOfOrder.set(e.ticketId, (outOfOrder.get(e.ticketId) ?? 0) + 1)

  const c: TicketColumns<number[]> = {
    number: [], service: [], originalService: [], counter: [], staff: [], priority: [], status: [], issued: [], slot: [],
    firstCall: [], serviceTime: [], score: [], recalls: [], outOfOrderCalls: [], transfers: [], hasDossier: [], reasons: [], transferList: [],
  }
  tickets.forEach((t, i) => {
    const slotStart = instantOf(date, t.slotStart, tz)
    c.number.push(t.number)
    c.service.push(services.index(t.serviceId))
    c.originalService.push(services.index(t.originalServiceId))
    c.counter.push(counters.index(t.counterId))
    c.staff.push(staff.index(t.staffId))
    c.priority.push(t.priority === null ? -1 : PRIORITY_CLASSES.indexOf(t.priority))
    c.status.push(TICKET_STATUSES.indexOf(t.status))
    c.issued.push(t.issuedAt - dayStart)
    c.slot.push(slotStart - dayStart)
    // The first call rather than the wait: arrival and call lateness derive from the same columns.
    c.firstCall.push(waitMs(t, slotStart) === null || t.firstCalledAt === undefined ? -1 : t.firstCalledAt - dayStart)
    c.serviceTime.push(serviceMs(t) ?? -1)
    c.score.push(t.rating?.score ?? 0)
    c.recalls.push(t.recalls)
    c.outOfOrderCalls.push(outOfOrder.get(t.id) ?? 0)
    c.transfers.push(t.transfers.length)
    c.hasDossier.push(t.dossierCode ? 1 : 0)
    if (t.rating && t.rating.reasons.length > 0) c.reasons.push([i, ...t.rating.reasons.map((r) => texts.index(r))])
    for (const x of t.transfers) c.transferList.push([i, services.index(x.fromServiceId), services.index(x.toServiceId), texts.index(x.reason)])
  })
  return {
    aggregateVersion: AGGREGATE_VERSION,
    date,
    dayStart,
    services: services.list,
    counters: counters.list,
    staff: staff.list,
    texts: texts.list,
    tickets: c,
    counterTime: counterDays(config, date, events, until),
    queue: longestQueueByHour(config, date, dayStart, tickets, events),
  }
}
