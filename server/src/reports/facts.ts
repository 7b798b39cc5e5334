import { PRIORITY_CLASSES, TICKET_STATUSES } from '../contract/index.ts'
import type { PriorityClass, TicketStatus } from '../contract/index.ts'
import type { ReportFilter } from '../contract/reports.ts'
import type { Weekday } from '../config/schema.ts'
import { weekdayOf } from '../queue/office-time.ts'
import type { DayAggregate } from './day-aggregate.ts'

/** The days a report covers: closed days' aggregates and, when in range, today's computed on the fly. */
export interface ReportDays {
  days: readonly DayAggregate[]
  /** Tickets still open on a day before this one were left when that day closed. */
  today: string
}

export type FactFilter = ReportFilter & { status?: TicketStatus }

/** One ticket of one day: `i` indexes the day's ticket columns. */
export interface FactRef {
  day: DayAggregate
  i: number
  weekday: Weekday
}

const HOUR = 3_600_000
const col = (values: ArrayLike<number>, i: number) => values[i] ?? -1

export const statusOf = ({ day, i }: FactRef): TicketStatus => TICKET_STATUSES[col(day.tickets.status, i)] ?? 'waiting'
export const priorityOf = ({ day, i }: FactRef): PriorityClass | null => PRIORITY_CLASSES[col(day.tickets.priority, i)] ?? null
export const serviceOf = ({ day, i }: FactRef): string => day.services[col(day.tickets.service, i)] ?? ''
export const counterOf = ({ day, i }: FactRef): string | null => day.counters[col(day.tickets.counter, i)] ?? null
export const staffOf = ({ day, i }: FactRef): string | null => day.staff[col(day.tickets.staff, i)] ?? null
export const textOf = (day: DayAggregate, index: number): string | null => day.texts[index] ?? null
/** A number column of the ticket (ms times, counts, score). */
export const valueOf = ({ day, i }: FactRef, column: NumberColumn): number => col(day.tickets[column], i)

export type NumberColumn =
  | 'issued' | 'slot' | 'firstCall' | 'serviceTime' | 'score' | 'recalls' | 'outOfOrderCalls' | 'transfers' | 'hasDossier' | 'originalService'

/** wait = first call − max(issued, slot start), never negative; null when never called. */
export function waitOf(ref: FactRef): number | null {
  const call = valueOf(ref, 'firstCall')
  if (call < 0) return null
  return Math.max(0, call - Math.max(valueOf(ref, 'issued'), valueOf(ref, 'slot')))
}

// Reasons and transfers are sparse lists; a per-day index by ticket is built once, on first use.
const reasonIndex = new WeakMap<DayAggregate, Map<number, number[]>>()
const transferIndex = new WeakMap<DayAggregate, Map<number, [number, number, number][]>>()

export function reasonsOf({ day, i }: FactRef): string[] {
  let index = reasonIndex.get(day)
  if (!index) {
    index = new Map(day.tickets.reasons.map(([t = -1, ...texts]) => [t, texts]))
    reasonIndex.set(day, index)
  }
  return (index.get(i) ?? []).flatMap((t) => textOf(day, t) ?? [])
}

export function transfersOf({ day, i }: FactRef): { fromServiceId: string; toServiceId: string; reason: string | null }[] {
  let index = transferIndex.get(day)
  if (!index) {
    index = new Map()
    for (const [t, from, to, reason] of day.tickets.transferList) index.set(t, [...(index.get(t) ?? []), [from, to, reason]])
    transferIndex.set(day, index)
  }
  return (index.get(i) ?? []).map(([from, to, reason]) => ({
    fromServiceId: day.services[from] ?? '',
    toServiceId: day.services[to] ?? '',
    reason: textOf(day, reason),
  }))
}

/** Index of `value` in a day's dictionary; -2 (matches nothing) when the day never saw it. */
function localIndex(list: readonly string[], value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const i = list.indexOf(value)
  return i < 0 ? -2 : i
}

/** Calls `fn` for every ticket of `days` matching every given filter. */
export function forEachFact(days: readonly DayAggregate[], filter: FactFilter, fn: (ref: FactRef) => void): void {
  const priority = filter.priority === undefined ? undefined : filter.priority === 'none' ? -1 : PRIORITY_CLASSES.indexOf(filter.priority)
  const status = filter.status === undefined ? undefined : TICKET_STATUSES.indexOf(filter.status)
  // Hour of issue, as the breakdown by hour: [from, until) in ms after the day's local midnight.
  const [fromMs, untilMs] = filter.hour === undefined ? [-Infinity, Infinity] : [filter.hour * HOUR, (filter.hour + 1) * HOUR]
  for (const day of days) {
    const weekday = weekdayOf(day.date)
    if (filter.weekday !== undefined && weekday !== filter.weekday) continue
    const service = localIndex(day.services, filter.serviceId)
    const counter = localIndex(day.counters, filter.counterId)
    const staff = localIndex(day.staff, filter.staffId)
    if (service === -2 || counter === -2 || staff === -2) continue
    const t = day.tickets
    for (let i = 0; i < t.number.length; i++) {
      if (service !== undefined && t.service[i] !== service) continue
      if (counter !== undefined && t.counter[i] !== counter) continue
      if (staff !== undefined && t.staff[i] !== staff) continue
      if (priority !== undefined && t.priority[i] !== priority) continue
      if (status !== undefined && t.status[i] !== status) continue
      const issued = t.issued[i] ?? -1
      if (issued < fromMs || issued >= untilMs) continue
      fn({ day, i, weekday })
    }
  }
}
