import type { OfficeConfig } from '../config/schema.ts'
import type { CounterState, QueueState, Ticket } from './model.ts'
import { instantOf } from './office-time.ts'

// The office's call order. Order is decided only here, so the counters, the displays' "next" lists and
// a ticket's peopleAhead always agree.

const MINUTE = 60_000

/** First come, first served: by slot start, then issue time, then number sequence. */
export function byFirstCome(a: Ticket, b: Ticket): number {
  if (a.slotStart !== b.slotStart) return a.slotStart < b.slotStart ? -1 : 1
  return a.issuedAt - b.issuedAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function slotStartInstants(state: QueueState, config: OfficeConfig): (slotStart: string) => number {
  const cache = new Map<string, number>()
  return (slotStart) => {
    let at = cache.get(slotStart)
    if (at === undefined) {
      at = instantOf(state.date, slotStart, config.office.timeZone)
      cache.set(slotStart, at)
    }
    return at
  }
}

interface Callable {
  ticket: Ticket
  /** Waiting is counted from the slot start: a citizen who booked ahead is not late before it. */
  since: number
}

function callable(state: QueueState, config: OfficeConfig, serviceIds: readonly string[], now: number): Callable[] {
  const startOf = slotStartInstants(state, config)
  const found: Callable[] = []
  for (const ticket of state.tickets) {
    if (ticket.status !== 'waiting' || !serviceIds.includes(ticket.serviceId)) continue
    const start = startOf(ticket.slotStart)
    if (start <= now) found.push({ ticket, since: Math.max(ticket.issuedAt, start) })
  }
  return found.sort((a, b) => byFirstCome(a.ticket, b.ticket))
}

/** Waiting tickets of those services whose slot has started, first come first served. */
export function callableInFirstComeOrder(
  state: QueueState,
  config: OfficeConfig,
  serviceIds: readonly string[],
  now: number,
): Ticket[] {
  return callable(state, config, serviceIds, now).map((c) => c.ticket)
}

/**
 * The order in which a counter serving `serviceIds` would call the waiting tickets at `now`:
 * 1. tickets that waited longer than priority.maxWaitMinutes, oldest first, whatever their class;
 * 2. then priority tickets first, but after maxPriorityInARow priority calls in a row at that counter a
 *    waiting normal ticket goes next, so a normal ticket never waits without end;
 * 3. within each group, first come first served.
 */
export function waitingInOrder(
  state: QueueState,
  config: OfficeConfig,
  serviceIds: readonly string[],
  now: number,
  counter?: CounterState,
): Ticket[] {
  const limit = config.priority.maxWaitMinutes * MINUTE
  const overdue: Callable[] = []
  const rest: Ticket[] = []
  for (const c of callable(state, config, serviceIds, now)) {
    if (now - c.since > limit) overdue.push(c)
    else rest.push(c.ticket)
  }
  overdue.sort((a, b) => a.since - b.since || byFirstCome(a.ticket, b.ticket))

  // Overdue calls count towards the run of priority calls just as they will when they are made.
  let inARow = counter?.priorityInARow ?? 0
  for (const c of overdue) inARow = c.ticket.priority !== null ? inARow + 1 : 0
  return [...overdue.map((c) => c.ticket), ...interleave(rest, inARow, config.priority.maxPriorityInARow)]
}

function interleave(tickets: Ticket[], priorityInARow: number, maxInARow: number): Ticket[] {
  const priority = tickets.filter((t) => t.priority !== null)
  const normal = tickets.filter((t) => t.priority === null)
  const out: Ticket[] = []
  let inARow = priorityInARow
  let p = 0
  let n = 0
  while (p < priority.length || n < normal.length) {
    const nextNormal = normal[n]
    const nextPriority = priority[p]
    if (nextNormal && (!nextPriority || inARow >= maxInARow)) {
      out.push(nextNormal)
      n++
      inARow = 0
    } else if (nextPriority) {
      out.push(nextPriority)
      p++
      inARow++
    }
  }
  return out
}

export function pickNext(
  state: QueueState,
  config: OfficeConfig,
  serviceIds: readonly string[],
  now: number,
  counter?: CounterState,
): Ticket | null {
  return waitingInOrder(state, config, serviceIds, now, counter)[0] ?? null
}

/**
 * Waiting tickets of the same service called before this one. A ticket whose slot has not started is
 * placed as the order will stand when its slot starts, so it counts everyone booked before it.
 */
export function peopleAhead(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): number {
  if (ticket.status !== 'waiting') return 0
  const at = Math.max(now, instantOf(state.date, ticket.slotStart, config.office.timeZone))
  const order = waitingInOrder(state, config, [ticket.serviceId], at)
  const index = order.findIndex((t) => t.id === ticket.id)
  return index < 0 ? order.length : index
}

/** The next numbers to be called for a service, for displays (numbers only, never ids). */
export function nextNumbers(state: QueueState, config: OfficeConfig, serviceId: string, now: number, n: number): string[] {
  return waitingInOrder(state, config, [serviceId], now)
    .slice(0, Math.max(0, n))
    .map((t) => t.number)
}
