import type { OfficeConfig } from '../config/schema.ts'
import type { DomainEvent } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { openingPeriods } from '../queue/slots.ts'
import { intersect, measure, subtract, union } from './spans.ts'
import type { Span } from './spans.ts'

/** A counter's day: time open (pauses excluded), time busy with a citizen, pauses by reason. */
export interface CounterDay {
  counterId: string
  staffIds: string[]
  openMs: number
  busyMs: number
  pauses: { reason: string | null; count: number; ms: number }[]
}

const ACTIVITY = new Set<DomainEvent['type']>([
  'counter_opened', 'called', 'recalled', 'started', 'finished', 'no_show', 'transferred', 'dossier', 'paused', 'resumed',
])
const ENDS_VISIT = new Set<DomainEvent['type']>(['finished', 'no_show', 'transferred'])

/**
 * Open time: the log has no "closed" event (a logout writes none), so a counter counts as open from its
 * first activity in an opening period (or the period start, if it opened earlier) to the period end,
 * for each period in which it did anything; the lunch break and after-hours never count. Pauses are cut
 * out. Busy time: from each call to that ticket's finish, no-show or transfer at the counter, within
 * the open time, so utilisation never exceeds 100 %.
 */
export function counterDays(config: OfficeConfig, date: string, events: readonly DomainEvent[], until = Infinity): CounterDay[] {
  const tz = config.office.timeZone
  // For the open day, time after `until` (now) has not happened: a counter is not yet open for it.
  const periods: Span[] = openingPeriods(config, date)
    .map((p): Span => [instantOf(date, p.start, tz), Math.min(instantOf(date, p.end, tz), until)])
    .filter(([start, end]) => start < end)
  const byCounter = new Map<string, DomainEvent[]>()
  for (const e of events) {
    if (e.counterId === undefined || !ACTIVITY.has(e.type)) continue
    const list = byCounter.get(e.counterId)
    if (list) list.push(e)
    else byCounter.set(e.counterId, [e])
  }
  return [...byCounter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([counterId, evs]) => counterDay(counterId, evs, periods))
}

function counterDay(counterId: string, evs: DomainEvent[], periods: Span[]): CounterDay {
  const windows = openWindows(evs, periods)
  const pauses = pauseSpans(evs, periods.at(-1)?.[1] ?? Infinity)
  const open = subtract(windows, pauses.map((p) => p.span))
  const byReason = new Map<string | null, { reason: string | null; count: number; ms: number }>()
  for (const p of pauses) {
    const row = byReason.get(p.reason) ?? { reason: p.reason, count: 0, ms: 0 }
    row.count++
    row.ms += measure(intersect([p.span], windows))
    byReason.set(p.reason, row)
  }
  return {
    counterId,
    staffIds: [...new Set(evs.flatMap((e) => e.staffId ?? []))].sort(),
    openMs: measure(open),
    busyMs: measure(intersect(union(visitSpans(evs)), open)),
    pauses: [...byReason.values()],
  }
}

function openWindows(evs: DomainEvent[], periods: Span[]): Span[] {
  return periods.flatMap(([start, end], i): Span[] => {
    // Activity before the first period belongs to it; activity between periods to the one before.
    const from = i === 0 ? -Infinity : start
    const until = periods[i + 1]?.[0] ?? Infinity
    const first = evs.find((e) => e.at >= from && e.at < until)
    if (!first) return []
    const opened = Math.min(Math.max(first.at, start), end)
    return opened < end ? [[opened, end]] : []
  })
}

function pauseSpans(evs: DomainEvent[], dayEnd: number): { span: Span; reason: string | null }[] {
  const out: { span: Span; reason: string | null }[] = []
  let current: { at: number; reason: string | null } | null = null
  for (const e of evs) {
    if (e.type === 'paused') {
      const reason = e.data?.reason
      current = { at: e.at, reason: typeof reason === 'string' ? reason : null }
    } else if (e.type === 'resumed' && current) {
      out.push({ span: [current.at, e.at], reason: current.reason })
      current = null
    }
  }
  // Never resumed: paused until the day closed.
  if (current) out.push({ span: [current.at, Math.max(current.at, dayEnd)], reason: current.reason })
  return out
}

function visitSpans(evs: DomainEvent[]): Span[] {
  const calledAt = new Map<string, number>()
  const out: Span[] = []
  for (const e of evs) {
    if (e.ticketId === undefined) continue
    if (e.type === 'called') calledAt.set(e.ticketId, e.at)
    else if (ENDS_VISIT.has(e.type)) {
      const at = calledAt.get(e.ticketId)
      if (at !== undefined) out.push([at, e.at])
      calledAt.delete(e.ticketId)
    }
  }
  return out
}
