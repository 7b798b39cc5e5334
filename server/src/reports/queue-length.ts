import type { OfficeConfig } from '../config/schema.ts'
import type { DomainEvent, Ticket } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { openingPeriods } from '../queue/slots.ts'

/** Most tickets waiting at once in each hour of the day (index 0–23, office time), office-wide and per service. */
export interface QueueDay {
  office: number[]
  byService: Record<string, number[]>
}

const HOUR = 3_600_000

interface Segment {
  serviceId: string
  start: number
  end: number
}

/**
 * A ticket is in the queue from max(issued, slot start) (a citizen booked for later is not yet queuing)
 * to its first call, and again from each transfer to the next call, in the service it waits for.
 */
export function longestQueueByHour(
  config: OfficeConfig,
  date: string,
  dayStart: number,
  tickets: readonly Ticket[],
  events: readonly DomainEvent[],
): QueueDay {
  const tz = config.office.timeZone
  const lastEnd = openingPeriods(config, date).at(-1)?.end
  const dayEnd = lastEnd === undefined ? dayStart + 24 * HOUR : instantOf(date, lastEnd, tz)
  const calls = new Map<string, number[]>()
  const cancels = new Map<string, number>()
  for (const e of events) {
    if (e.ticketId === undefined) continue
    if (e.type === 'called') calls.set(e.ticketId, [...(calls.get(e.ticketId) ?? []), e.at])
    if (e.type === 'cancelled') cancels.set(e.ticketId, e.at)
  }
  const segments = tickets.flatMap((t) => segmentsOf(t, instantOf(date, t.slotStart, tz), calls.get(t.id) ?? [], cancels.get(t.id) ?? dayEnd))
  const byService: Record<string, number[]> = {}
  for (const id of new Set(segments.map((s) => s.serviceId)))
    byService[id] = sweep(segments.filter((s) => s.serviceId === id), dayStart)
  return { office: sweep(segments, dayStart), byService }
}

function segmentsOf(t: Ticket, slotStart: number, calls: number[], closedAt: number): Segment[] {
  const nextCall = (after: number) => calls.find((c) => c >= after) ?? (t.calledAt !== undefined && t.calledAt >= after ? t.calledAt : undefined)
  const start = Math.max(t.issuedAt, slotStart)
  const out: Segment[] = [{ serviceId: t.originalServiceId, start, end: t.firstCalledAt ?? Math.max(start, closedAt) }]
  for (const x of t.transfers) out.push({ serviceId: x.toServiceId, start: x.at, end: nextCall(x.at) ?? Math.max(x.at, closedAt) })
  return out.filter((s) => s.end > s.start)
}

function sweep(segments: readonly Segment[], dayStart: number): number[] {
  const hours = new Array<number>(24).fill(0)
  const points: [number, number][] = []
  for (const s of segments) points.push([s.start, 1], [s.end, -1])
  // Leaving before joining at the same instant: a call and an issue in one second are not two waiting.
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let waiting = 0
  for (let i = 0; i < points.length; i++) {
    const [at, delta] = points[i]!
    waiting += delta
    const until = points[i + 1]?.[0] ?? at
    if (waiting <= 0 || until <= at) continue
    const first = hourOf(at, dayStart)
    const last = hourOf(until - 1, dayStart)
    for (let h = first; h <= last; h++) hours[h] = Math.max(hours[h] ?? 0, waiting)
  }
  return hours
}

function hourOf(at: number, dayStart: number): number {
  return Math.min(23, Math.max(0, Math.floor((at - dayStart) / HOUR)))
}
