import { AppError } from '../errors.ts'
import type { RatingScore } from '../contract/index.ts'
import type { QueueState, Rating, Ticket, Transition } from './model.ts'
import { putTicket, requireCounter, requireTicket, stamp } from './state-ops.ts'

export interface RatingInput {
  score: RatingScore
  reasons?: string[]
  comment?: string
}

/** One rating per ticket, and only once it is done: a rating is about a service received. */
export function rateTicket(
  state: QueueState,
  ticketId: string,
  input: RatingInput,
  source: Rating['source'],
  now: number,
): Transition<Ticket> {
  const current = requireTicket(state, ticketId)
  if (current.rating) throw new AppError('ALREADY_RATED', { ticketId })
  if (current.status !== 'done') throw new AppError('INVALID_STATE', { ticketId, status: current.status })
  const rating: Rating = {
    score: input.score,
    reasons: input.reasons ?? [],
    ...(input.comment ? { comment: input.comment } : {}),
    at: now,
    source,
  }
  const ticket: Ticket = { ...current, rating }
  return {
    state: stamp(putTicket(state, ticket), now),
    events: [
      {
        type: 'rated',
        at: now,
        ticketId,
        number: ticket.number,
        serviceId: ticket.serviceId,
        ...(ticket.counterId ? { counterId: ticket.counterId } : {}),
        data: { score: rating.score, reasons: rating.reasons, source, ...(rating.comment ? { comment: rating.comment } : {}) },
      },
    ],
    result: ticket,
  }
}

/**
 * The counter's rating tablet rates the ticket last finished there. The tablet sends the number it was
 * shown: if another ticket has finished since, the rating would land on the wrong citizen, so it is refused.
 */
export function rateAtCounter(
  state: QueueState,
  counterId: string,
  input: RatingInput & { number?: string },
  now: number,
): Transition<Ticket> {
  const counter = requireCounter(state, counterId)
  const ticketId = counter.lastFinishedTicketId
  if (ticketId === null) throw new AppError('INVALID_STATE', { counterId })
  const ticket = requireTicket(state, ticketId)
  if (input.number !== undefined && input.number !== ticket.number)
    throw new AppError('INVALID_STATE', { counterId, number: input.number })
  return rateTicket(state, ticketId, { score: input.score, ...(input.reasons ? { reasons: input.reasons } : {}) }, 'tablet', now)
}
