import type { OfficeConfig } from '../config/schema.ts'
import type { QueueState, Ticket } from './model.ts'
import { peopleAhead } from './call-order.ts'
import { instantOf } from './office-time.ts'
import { requireService } from './state-ops.ts'

const MINUTE = 60_000
/** Recent enough to follow the day's pace, long enough that one odd dossier does not swing it. */
const RECENT = 10

/**
 * Minutes per citizen: the mean of today's last 10 service times, with the configured default standing in
 * for those not yet seen. One quick first dossier (12 seconds) must not tell six people they wait a minute;
 * from the tenth service on, the day's own pace alone counts.
 */
export function serviceMinutes(state: QueueState, config: OfficeConfig, serviceId: string): number {
  const recent: { finishedAt: number; minutes: number }[] = []
  for (const t of state.tickets) {
    const from = t.startedAt ?? t.calledAt
    if (t.serviceId === serviceId && t.status === 'done' && t.finishedAt !== undefined && from !== undefined)
      recent.push({ finishedAt: t.finishedAt, minutes: (t.finishedAt - from) / MINUTE })
  }
  recent.sort((a, b) => a.finishedAt - b.finishedAt).splice(0, Math.max(0, recent.length - RECENT))
  const fallback = requireService(config, serviceId).defaultServiceMinutes
  return (recent.reduce((sum, r) => sum + r.minutes, 0) + (RECENT - recent.length) * fallback) / RECENT
}

/** Counters open for the service; when none is open, those configured for it (they will open). */
export function countersServing(state: QueueState, config: OfficeConfig, serviceId: string): number {
  const configured = config.counters.filter((c) => c.serviceIds.includes(serviceId))
  const open = configured.filter((c) => state.counters[c.id]?.status === 'open').length
  return Math.max(1, open || configured.length)
}

export function estimateWaitMinutes(
  state: QueueState,
  config: OfficeConfig,
  serviceId: string,
  ahead: number,
  _now: number,
): number {
  if (ahead <= 0) return 0
  const minutes = (ahead * serviceMinutes(state, config, serviceId)) / countersServing(state, config, serviceId)
  // Tolerance so that float noise (7.0000000001) does not add a whole minute.
  return Math.max(0, Math.ceil(minutes - 1e-9))
}

/**
 * A waiting ticket's estimate; for a slot still to come, at least the minutes until it starts.
 * `ahead` may be passed when the caller has already worked out peopleAhead (it sorts the queue).
 */
export function estimateTicketWaitMinutes(
  state: QueueState,
  config: OfficeConfig,
  ticket: Ticket,
  now: number,
  ahead: number = peopleAhead(state, config, ticket, now),
): number {
  if (ticket.status !== 'waiting') return 0
  const byQueue = estimateWaitMinutes(state, config, ticket.serviceId, ahead, now)
  const untilSlot = Math.ceil((instantOf(state.date, ticket.slotStart, config.office.timeZone) - now) / MINUTE)
  return Math.max(byQueue, untilSlot, 0)
}
