import type { CounterRatingBody, TicketRatingBody } from '../contract/index.ts'
import { rateAtCounter, rateTicket } from '../queue/rating.ts'
import type { IdempotencyInput } from '../http/middleware/idempotency.ts'
import type { Reply } from './deps.ts'
import type { RunRule } from './run-rule.ts'

type Rated = Reply<{ number: string; score: number }>

export function makeRate(runRule: RunRule) {
  return {
    byTicket: (ticketId: string, body: TicketRatingBody, idem?: IdempotencyInput) =>
      runRule(
        (s, now) => rateTicket(s, ticketId, { score: body.score, reasons: body.reasons ?? [], ...(body.comment ? { comment: body.comment } : {}) }, 'phone', now),
        (t): Rated => ({ status: 201, body: { number: t.result.number, score: body.score } }),
        idem,
      ),
    atCounter: (counterId: string, body: CounterRatingBody, idem?: IdempotencyInput) =>
      runRule(
        (s, now) => rateAtCounter(s, counterId, { score: body.score, reasons: body.reasons ?? [], ...(body.number ? { number: body.number } : {}) }, now),
        (t): Rated => ({ status: 201, body: { number: t.result.number, score: body.score } }),
        idem,
      ),
  }
}
export type RateCommands = ReturnType<typeof makeRate>
