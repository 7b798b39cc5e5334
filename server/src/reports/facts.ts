import { PRIORITY_CLASSES, TICKET_STATUSES } from '../contract/index.ts'
import type { PriorityClass, TicketStatus } from '../contract/index.ts'
import type { ReportFilter } from '../contract/reports.ts'
import type { Weekday } from '../config/schema.ts'
import { weekdayOf } from '../queue/office-time.ts'
import { F } from './day-aggregate.ts'
import type { DayAggregate, Fact } from './day-aggregate.ts'

/** The days a report covers: closed days' aggregates and, when in range, today's computed on the fly. */
export interface ReportDays {
  days: readonly DayAggregate[]
  /** Tickets still open on a day before this one were left when that day closed. */
  today: string
}

export type FactFilter = ReportFilter & { status?: TicketStatus }

/** A fact with its day's dictionaries resolved: what grouping keys and views read. */
export interface FactRef {
  day: DayAggregate
  fact: Fact
  weekday: Weekday
}

export const statusOf = (f: Fact): TicketStatus => TICKET_STATUSES[f[F.status]] ?? 'waiting'
export const priorityOf = (f: Fact): PriorityClass | null => PRIORITY_CLASSES[f[F.priority]] ?? null
export const serviceOf = (d: DayAggregate, f: Fact): string => d.services[f[F.service]] ?? ''
export const counterOf = (d: DayAggregate, f: Fact): string | null => d.counters[f[F.counter]] ?? null
export const staffOf = (d: DayAggregate, f: Fact): string | null => d.staff[f[F.staff]] ?? null
export const textOf = (d: DayAggregate, i: number): string | null => d.texts[i] ?? null

/** wait = first call − max(issued, slot start), never negative; null when never called. */
export function factWaitMs(f: Fact): number | null {
  if (f[F.firstCall] < 0) return null
  return Math.max(0, f[F.firstCall] - Math.max(f[F.issued], f[F.slot]))
}

/** Index of `value` in a day's dictionary; -2 (matches nothing) when the day never saw it. */
function localIndex(list: readonly string[], value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const i = list.indexOf(value)
  return i < 0 ? -2 : i
}

/** Calls `fn` for every fact of `days` matching every given filter. */
export function forEachFact(days: readonly DayAggregate[], filter: FactFilter, fn: (ref: FactRef) => void): void {
  const priority = filter.priority === undefined ? undefined : filter.priority === 'none' ? -1 : PRIORITY_CLASSES.indexOf(filter.priority)
  const status = filter.status === undefined ? undefined : TICKET_STATUSES.indexOf(filter.status)
  for (const day of days) {
    const service = localIndex(day.services, filter.serviceId)
    const counter = localIndex(day.counters, filter.counterId)
    const staff = localIndex(day.staff, filter.staffId)
    if (service === -2 || counter === -2 || staff === -2) continue
    const weekday = weekdayOf(day.date)
    for (const fact of day.facts) {
      if (service !== undefined && fact[F.service] !== service) continue
      if (counter !== undefined && fact[F.counter] !== counter) continue
      if (staff !== undefined && fact[F.staff] !== staff) continue
      if (priority !== undefined && fact[F.priority] !== priority) continue
      if (status !== undefined && fact[F.status] !== status) continue
      fn({ day, fact, weekday })
    }
  }
}
