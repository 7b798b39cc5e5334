import { AppError } from '../errors.ts'
import type { CounterConfig, OfficeConfig, ServiceConfig } from '../config/schema.ts'
import type { CounterState, QueueState, Ticket } from './model.ts'

// Small lookups and immutable updates shared by the rules. Rules never mutate their arguments: the store
// keeps the previous state until the new one is safely on disk.

export function requireService(config: OfficeConfig, serviceId: string): ServiceConfig {
  const service = config.services.find((s) => s.id === serviceId)
  if (!service) throw new AppError('UNKNOWN_SERVICE', { serviceId })
  return service
}

export function requireTicket(state: QueueState, ticketId: string): Ticket {
  const ticket = state.tickets.find((t) => t.id === ticketId)
  if (!ticket) throw new AppError('NOT_FOUND', { ticketId })
  return ticket
}

export function requireCounter(state: QueueState, counterId: string): CounterState {
  const counter = state.counters[counterId]
  if (!counter) throw new AppError('NOT_FOUND', { counterId })
  return counter
}

export function requireCounterConfig(config: OfficeConfig, counterId: string): CounterConfig {
  const counter = config.counters.find((c) => c.id === counterId)
  if (!counter) throw new AppError('NOT_FOUND', { counterId })
  return counter
}

export function freshCounter(id: string): CounterState {
  return { id, status: 'closed', ticketId: null, priorityInARow: 0, lastFinishedTicketId: null }
}

/** A counter added to the config during the day has no state yet: it starts closed. */
export function counterOrFresh(state: QueueState, config: OfficeConfig, counterId: string): CounterState {
  requireCounterConfig(config, counterId)
  return state.counters[counterId] ?? freshCounter(counterId)
}

export function putTicket(state: QueueState, ticket: Ticket): QueueState {
  return { ...state, tickets: state.tickets.map((t) => (t.id === ticket.id ? ticket : t)) }
}

export function putCounter(state: QueueState, counter: CounterState): QueueState {
  return { ...state, counters: { ...state.counters, [counter.id]: counter } }
}

/** Records the instant so that a clock restarted behind it can be detected (see clock.ts monotonicFrom). */
export function stamp(state: QueueState, now: number): QueueState {
  return now > state.lastInstant ? { ...state, lastInstant: now } : state
}

/** A copy without the given optional fields (absent, not `undefined`, so saved JSON stays clean). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value }
  for (const key of keys) delete copy[key]
  return copy
}

/**
 * A ticket's actions belong to the counter that called it. A ticket never called has no counter, and
 * the contract answers that with INVALID_STATE ("still waiting"), not FORBIDDEN.
 */
export function requireAtCounter(ticket: Ticket, counterId: string): void {
  if (ticket.counterId !== undefined && ticket.counterId !== counterId)
    throw new AppError('FORBIDDEN', { ticketId: ticket.id, counterId })
}

export function requireStatus(ticket: Ticket, ...allowed: Ticket['status'][]): void {
  if (!allowed.includes(ticket.status)) throw new AppError('INVALID_STATE', { ticketId: ticket.id, status: ticket.status })
}
