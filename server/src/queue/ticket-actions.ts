import { AppError } from '../errors.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { DomainEvent, QueueState, Ticket, Transition } from './model.ts'
import { finishAt } from './finish.ts'
import {
  putCounter,
  putTicket,
  requireAtCounter,
  requireCounter,
  requireService,
  requireStatus,
  requireTicket,
  stamp,
  without,
} from './state-ops.ts'

// What staff do to the ticket at their counter. Each action checks, in this order: the ticket exists
// (NOT_FOUND), it is this counter's (FORBIDDEN), its status allows the action (INVALID_STATE).

function eventFor(type: DomainEvent['type'], ticket: Ticket, counterId: string, now: number, extra: Partial<DomainEvent> = {}): DomainEvent {
  return { type, at: now, ticketId: ticket.id, number: ticket.number, serviceId: ticket.serviceId, counterId, ...extra }
}

function done<R>(state: QueueState, now: number, events: DomainEvent[], result: R): Transition<R> {
  return { state: stamp(state, now), events, result }
}

/** The counter's current ticket called again (the display announces it once more); it keeps its status. */
export function recall(state: QueueState, counterId: string, staffId: string, now: number): Transition<Ticket> {
  const counter = requireCounter(state, counterId)
  const current = state.tickets.find((t) => t.id === counter.ticketId)
  if (!current || (current.status !== 'called' && current.status !== 'serving'))
    throw new AppError('INVALID_STATE', { counterId })
  const ticket: Ticket = { ...current, recalls: current.recalls + 1, calledAt: now }
  const event = eventFor('recalled', ticket, counterId, now, { staffId, data: { recalls: ticket.recalls } })
  return done(putTicket(state, ticket), now, [event], ticket)
}

function ticketAtCounter(state: QueueState, ticketId: string, counterId: string): Ticket {
  requireCounter(state, counterId)
  const ticket = requireTicket(state, ticketId)
  requireAtCounter(ticket, counterId)
  return ticket
}

export function startTicket(state: QueueState, ticketId: string, counterId: string, staffId: string, now: number): Transition<Ticket> {
  const current = ticketAtCounter(state, ticketId, counterId)
  requireStatus(current, 'called')
  const ticket: Ticket = { ...current, status: 'serving', startedAt: now }
  return done(putTicket(state, ticket), now, [eventFor('started', ticket, counterId, now, { staffId })], ticket)
}

/** Finishing a called ticket is allowed: the start is implied (see finishAt for its service time). */
export function finishTicket(state: QueueState, ticketId: string, counterId: string, staffId: string, now: number): Transition<Ticket> {
  const current = ticketAtCounter(state, ticketId, counterId)
  requireStatus(current, 'called', 'serving')
  const finished = finishAt(state, current, requireCounter(state, counterId), staffId, now)
  return done(finished.state, now, [finished.event], finished.ticket)
}

/** The citizen did not come: out of the queue. Nothing to rate, so the rating tablet is not moved on. */
export function markNoShow(state: QueueState, ticketId: string, counterId: string, staffId: string, now: number): Transition<Ticket> {
  const current = ticketAtCounter(state, ticketId, counterId)
  requireStatus(current, 'called', 'serving')
  const ticket: Ticket = { ...current, status: 'no_show', finishedAt: now }
  const counter = requireCounter(state, counterId)
  const next = putCounter(putTicket(state, ticket), {
    ...counter,
    ticketId: counter.ticketId === ticket.id ? null : counter.ticketId,
  })
  return done(next, now, [eventFor('no_show', ticket, counterId, now, { staffId })], ticket)
}

/**
 * Sends the citizen to another service's queue. The ticket keeps its number, slot and issue time, so it
 * keeps its place in time there (first come first served, and the max-wait rule sees its whole wait);
 * firstCalledAt is kept because the wait the office reports ends at the first call.
 */
export function transferTicket(
  state: QueueState,
  config: OfficeConfig,
  ticketId: string,
  counterId: string,
  staffId: string,
  toServiceId: string,
  reason: string | undefined,
  now: number,
): Transition<Ticket> {
  requireService(config, toServiceId)
  const current = ticketAtCounter(state, ticketId, counterId)
  requireStatus(current, 'called', 'serving')
  const ticket: Ticket = {
    ...without(current, 'counterId', 'calledAt', 'startedAt', 'staffId'),
    status: 'waiting',
    serviceId: toServiceId,
    transfers: [
      ...current.transfers,
      { fromServiceId: current.serviceId, toServiceId, counterId, staffId, ...(reason ? { reason } : {}), at: now },
    ],
  }
  const counter = requireCounter(state, counterId)
  const next = putCounter(putTicket(state, ticket), {
    ...counter,
    ticketId: counter.ticketId === ticket.id ? null : counter.ticketId,
  })
  const event = eventFor('transferred', current, counterId, now, {
    staffId,
    data: { fromServiceId: current.serviceId, toServiceId, ...(reason ? { reason } : {}) },
  })
  return done(next, now, [event], ticket)
}

/** The one-stop software's dossier code (mã hồ sơ), for reports and exports; never on displays. */
/**
 * A dossier is received from a citizen who was served: while called or serving, or after finishing (staff
 * often type the code once the citizen has left). A no-show or cancelled ticket has no dossier.
 */
export function setDossier(
  state: QueueState,
  ticketId: string,
  counterId: string,
  staffId: string,
  code: string,
  now: number,
): Transition<Ticket> {
  const current = ticketAtCounter(state, ticketId, counterId)
  if (!['called', 'serving', 'done'].includes(current.status) || current.counterId === undefined)
    throw new AppError('INVALID_STATE', { ticketId, status: current.status })
  const ticket: Ticket = { ...current, dossierCode: code }
  return done(putTicket(state, ticket), now, [eventFor('dossier', ticket, counterId, now, { staffId, data: { code } })], ticket)
}
