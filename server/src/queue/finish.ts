import type { CounterState, DomainEvent, QueueState, Ticket } from './model.ts'
import { putCounter, putTicket } from './state-ops.ts'

export interface Finished {
  state: QueueState
  ticket: Ticket
  event: DomainEvent
}

/**
 * Marks a called or serving ticket done at its counter. A called ticket finished directly keeps no
 * startedAt: its service time then runs from the call, which is what really happened.
 * The counter remembers it as the one its rating tablet may rate, until it finishes another.
 */
export function finishAt(state: QueueState, ticket: Ticket, counter: CounterState, staffId: string, now: number): Finished {
  const done: Ticket = { ...ticket, status: 'done', finishedAt: now }
  const freed: CounterState = {
    ...counter,
    ticketId: counter.ticketId === ticket.id ? null : counter.ticketId,
    lastFinishedTicketId: ticket.id,
  }
  return {
    state: putCounter(putTicket(state, done), freed),
    ticket: done,
    event: {
      type: 'finished',
      at: now,
      ticketId: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      counterId: counter.id,
      staffId,
    },
  }
}
