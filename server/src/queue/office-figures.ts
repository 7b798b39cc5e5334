import type { CounterTodayFigures, LiveOfficeView, TicketCalled } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { nextNumbers, waitingInOrder } from './call-order.ts'
import { instantOf } from './office-time.ts'
import { bookedCount, serviceWaitMinutes, toTicketCalled, waitingCount } from './views.ts'
import type { QueueState, Ticket } from './model.ts'

// Live figures for the staff console and the manager's live view (today only; reports use closed days).

const MINUTE = 60_000
const NEXT_SHOWN = 5

export function waitingSince(t: Ticket, date: string, tz: string): number {
  return Math.max(t.issuedAt, instantOf(date, t.slotStart, tz))
}

export function waitingForCounter(s: QueueState, config: OfficeConfig, counterId: string, now: number) {
  const counter = config.counters.find((c) => c.id === counterId)
  return (counter?.serviceIds ?? []).map((serviceId) => ({
    serviceId,
    count: waitingCount(s, serviceId),
    booked: bookedCount(s, config, serviceId, now),
    next: nextNumbers(s, config, serviceId, now, NEXT_SHOWN),
  }))
}

/** What "next" at this counter will call, in order: all its services and its own turn of the priority rule. */
export function callOrderAt(s: QueueState, config: OfficeConfig, counterId: string, now: number): string[] {
  const serviceIds = config.counters.find((c) => c.id === counterId)?.serviceIds ?? []
  return waitingInOrder(s, config, serviceIds, now, s.counters[counterId])
    .slice(0, NEXT_SHOWN)
    .map((t) => t.number)
}

export function counterToday(s: QueueState, counterId: string): CounterTodayFigures {
  const here = s.tickets.filter((t) => t.counterId === counterId)
  const served = here.filter((t) => t.status === 'done')
  const waits = served.filter((t) => t.firstCalledAt !== undefined).map((t) => (t.firstCalledAt! - t.issuedAt) / MINUTE)
  const services = served.filter((t) => t.finishedAt !== undefined && t.calledAt !== undefined).map((t) => (t.finishedAt! - t.calledAt!) / MINUTE)
  return {
    served: served.length,
    noShow: here.filter((t) => t.status === 'no_show').length,
    transferred: s.tickets.reduce((n, t) => n + t.transfers.filter((x) => x.counterId === counterId).length, 0),
    meanWaitMinutes: mean(waits),
    meanServiceMinutes: mean(services),
  }
}

export function liveServices(s: QueueState, config: OfficeConfig, now: number): LiveOfficeView['services'] {
  const tz = config.office.timeZone
  return config.services.map((svc) => {
    const waiting = s.tickets.filter((t) => t.serviceId === svc.id && t.status === 'waiting')
    const started = waiting.map((t) => now - waitingSince(t, s.date, tz)).filter((ms) => ms > 0)
    return {
      serviceId: svc.id,
      name: svc.name,
      waiting: waiting.length,
      booked: bookedCount(s, config, svc.id, now),
      longestWaitMinutes: started.length ? Math.floor(Math.max(...started) / MINUTE) : 0,
      // The same figure as the kiosk's, so manager and citizen read one estimate.
      estimatedWaitMinutes: serviceWaitMinutes(s, config, svc.id, now),
    }
  })
}

export function todayTotals(s: QueueState): LiveOfficeView['today'] {
  const count = (st: Ticket['status']) => s.tickets.filter((t) => t.status === st).length
  return { issued: s.tickets.length, served: count('done'), noShow: count('no_show'), waiting: count('waiting') }
}

function mean(xs: number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null
}

/** The hall board's "recent calls", newest first, rebuilt from the tickets so that it survives a restart. */
export function recentCalls(s: QueueState, config: OfficeConfig, n = 10): TicketCalled[] {
  return s.tickets
    .filter((t) => t.calledAt !== undefined && t.counterId !== undefined)
    .sort((a, b) => b.calledAt! - a.calledAt!)
    .slice(0, n)
    .flatMap((t) => {
      const counter = config.counters.find((c) => c.id === t.counterId)
      return counter ? [toTicketCalled(t, counter, t.recalls > 0, config.office.timeZone)] : []
    })
}
