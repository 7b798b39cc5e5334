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
 * v1: facts with ms durations, counter time, queue length by hour.
 */
export const AGGREGATE_VERSION = 1

/**
 * One closed day, summarised once. Resolution choice: one compact fact per ticket with its times in
 * whole milliseconds after the day's local midnight, i.e. the raw clock resolution. Percentiles, means and
 * "within target" over any range and any combination of filters (service × counter × staff × priority ×
 * hour × weekday) are then exactly what the raw tickets give. Per-dimension histograms could not answer
 * combined filters, and a full cube has more cells than a day has tickets (≈2 tickets per cell in the
 * demo office). No ticket id, dossier code or comment is kept: only what the figures need.
 */
export interface DayAggregate {
  aggregateVersion: number
  date: string
  /** Epoch ms of the day's local midnight; fact times are ms after it. */
  dayStart: number
  /** Dictionaries the facts index into. */
  services: string[]
  counters: string[]
  staff: string[]
  texts: string[]
  facts: Fact[]
  counterTime: CounterDay[]
  queue: QueueDay
}

/** Transfers of one ticket: [from service, to service, reason text or -1]. */
export type FactTransfer = [number, number, number]

export type Fact = [
  number: string,
  service: number,
  originalService: number,
  counter: number,
  staff: number,
  priority: number,
  status: number,
  issuedMs: number,
  slotMs: number,
  /** -1: never called. */
  firstCallMs: number,
  /** -1: not served. */
  serviceMs: number,
  /** 0: not rated. */
  score: number,
  reasons: number[],
  transfers: FactTransfer[],
  recalls: number,
  outOfOrderCalls: number,
  hasDossier: number,
]

/** Field positions, so that readers never count tuple places. */
export const F = {
  number: 0, service: 1, originalService: 2, counter: 3, staff: 4, priority: 5, status: 6, issued: 7, slot: 8,
  firstCall: 9, serviceTime: 10, score: 11, reasons: 12, transfers: 13, recalls: 14, outOfOrder: 15, dossier: 16,
} as const

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

export function aggregateDay(config: OfficeConfig, date: string, tickets: readonly Ticket[], events: readonly DomainEvent[]): DayAggregate {
  const tz = config.office.timeZone
  const dayStart = instantOf(date, '00:00', tz)
  const [services, counters, staff, texts] = [dictionary(), dictionary(), dictionary(), dictionary()]
  const outOfOrder = new Map<string, number>()
  for (const e of events)
    if (e.type === 'called' && e.ticketId !== undefined && e.data?.outOfOrder === true)
      outOfOrder.set(e.ticketId, (outOfOrder.get(e.ticketId) ?? 0) + 1)

  const facts = tickets.map((t): Fact => {
    const slotStart = instantOf(date, t.slotStart, tz)
    const wait = waitMs(t, slotStart)
    return [
      t.number,
      services.index(t.serviceId),
      services.index(t.originalServiceId),
      counters.index(t.counterId),
      staff.index(t.staffId),
      t.priority === null ? -1 : PRIORITY_CLASSES.indexOf(t.priority),
      TICKET_STATUSES.indexOf(t.status),
      t.issuedAt - dayStart,
      slotStart - dayStart,
      // The first call is kept rather than the wait, so arrival and call lateness derive from the same fact.
      wait === null || t.firstCalledAt === undefined ? -1 : t.firstCalledAt - dayStart,
      serviceMs(t) ?? -1,
      t.rating?.score ?? 0,
      t.rating?.reasons.map((r) => texts.index(r)) ?? [],
      t.transfers.map((x): FactTransfer => [services.index(x.fromServiceId), services.index(x.toServiceId), texts.index(x.reason)]),
      t.recalls,
      outOfOrder.get(t.id) ?? 0,
      t.dossierCode ? 1 : 0,
    ]
  })
  return {
    aggregateVersion: AGGREGATE_VERSION,
    date,
    dayStart,
    services: services.list,
    counters: counters.list,
    staff: staff.list,
    texts: texts.list,
    facts,
    counterTime: counterDays(config, date, events),
    queue: longestQueueByHour(config, date, dayStart, tickets, events),
  }
}
