import type { CounterUse, PauseFigure, ReportFilter, ReportIndicators } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { hhmmOf, weekdayOf } from '../queue/office-time.ts'
import type { CounterDay } from './counter-time.ts'
import type { DayAggregate } from './day-aggregate.ts'
import { percent, tenths } from './stats.ts'

// Indicators read from each day's event summaries (counter time, queue length), not from ticket facts.

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const round1 = (x: number) => Math.round(x * 10) / 10

export function pauseFigures(rows: Iterable<{ reason: string | null; count: number; ms: number }>): PauseFigure[] {
  const byReason = new Map<string | null, { count: number; ms: number }>()
  for (const r of rows) {
    const t = byReason.get(r.reason) ?? { count: 0, ms: 0 }
    t.count += r.count
    t.ms += r.ms
    byReason.set(r.reason, t)
  }
  return [...byReason]
    .map(([reason, t]) => ({ reason, count: t.count, minutes: tenths(t.ms) }))
    .sort((a, b) => b.minutes - a.minutes || b.count - a.count)
}

/** The days a weekday filter keeps (the other filters pick tickets within a day). */
export function daysMatching(days: readonly DayAggregate[], filter: ReportFilter): DayAggregate[] {
  return filter.weekday === undefined ? [...days] : days.filter((d) => weekdayOf(d.date) === filter.weekday)
}

/**
 * The counters' days a counter, staff or weekday filter keeps. Service, priority and hour filters do not
 * split them: a counter's open time is not split by service, and is measured per day, not per hour.
 */
export function counterDaysMatching(days: readonly DayAggregate[], filter: ReportFilter): CounterDay[] {
  return daysMatching(days, filter).flatMap((d) =>
    d.counterTime.filter(
      (c) => (filter.counterId === undefined || c.counterId === filter.counterId) && (filter.staffId === undefined || c.staffIds.includes(filter.staffId)),
    ),
  )
}

/**
 * Utilisation per counter. A counter or staff filter narrows the counters; service and priority filters
 * do not apply (a counter's open time is not split by service).
 */
export function counterUse(config: OfficeConfig, days: readonly DayAggregate[], filter: ReportFilter): CounterUse[] {
  const totals = new Map<string, { staff: Set<string>; open: number; busy: number }>()
  const rawPauses = new Map<string, CounterDay['pauses']>()
  for (const c of counterDaysMatching(days, filter)) {
    const t = totals.get(c.counterId) ?? { staff: new Set<string>(), open: 0, busy: 0 }
    c.staffIds.forEach((s) => t.staff.add(s))
    t.open += c.openMs
    t.busy += c.busyMs
    totals.set(c.counterId, t)
    const pauses = rawPauses.get(c.counterId)
    if (pauses) pauses.push(...c.pauses)
    else rawPauses.set(c.counterId, [...c.pauses])
  }
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([counterId, t]) => {
    const pauses = pauseFigures(rawPauses.get(counterId) ?? [])
    return {
      counterId,
      name: config.counters.find((k) => k.id === counterId)?.name ?? counterId,
      staffIds: [...t.staff].sort(),
      openMinutes: tenths(t.open),
      busyMinutes: tenths(t.busy),
      utilisationPercent: percent(t.busy, t.open),
      pausedMinutes: round1(pauses.reduce((s, p) => s + p.minutes, 0)),
      pauses,
    }
  })
}

/**
 * Per hour of day: the longest queue seen in the range, and the mean of the days' longest queues; for one
 * service with a service filter, on the weekday and in the hour of those filters.
 */
export function longestQueue(all: readonly DayAggregate[], filter: ReportFilter): ReportIndicators['longestQueue'] {
  const days = daysMatching(all, filter)
  const max = new Array<number>(24).fill(0)
  const sum = new Array<number>(24).fill(0)
  for (const d of days) {
    const hours = filter.serviceId === undefined ? d.queue.office : d.queue.byService[filter.serviceId]
    hours?.forEach((n, h) => {
      max[h] = Math.max(max[h] ?? 0, n)
      sum[h] = (sum[h] ?? 0) + n
    })
  }
  return max.flatMap((m, h) => (m > 0 && (filter.hour === undefined || filter.hour === h) ? [{ hour: hhmmOf(h * 60), max: m, meanDailyMax: round1((sum[h] ?? 0) / days.length) }] : []))
}

/** Issued tickets per half hour of issue and per weekday, with the mean per open day. */
export function arrivals(days: readonly DayAggregate[], byHalfHour: Map<number, number>, byWeekday: Map<string, number>): ReportIndicators['arrivals'] {
  const openDays = new Map<string, number>()
  for (const d of days) openDays.set(weekdayOf(d.date), (openDays.get(weekdayOf(d.date)) ?? 0) + 1)
  return {
    byHalfHour: [...byHalfHour]
      .sort(([a], [b]) => a - b)
      .map(([slot, tickets]) => ({ start: hhmmOf(slot * 30), tickets, perDay: round1(tickets / Math.max(1, days.length)) })),
    byWeekday: WEEKDAYS.flatMap((weekday) => {
      const n = openDays.get(weekday) ?? 0
      const tickets = byWeekday.get(weekday) ?? 0
      return n === 0 ? [] : [{ weekday, days: n, tickets, perDay: round1(tickets / n) }]
    }),
  }
}
