import type { CounterView, StaffTicketView, UserView } from '../contract/index.ts'
import { callNext } from '../queue/call-next.ts'
import { closeCounter, openCounter, pauseCounter, resumeCounter } from '../queue/counter-actions.ts'
import { recall } from '../queue/ticket-actions.ts'
import { toCounterView, toStaffTicketView } from '../queue/views.ts'
import type { IdempotencyInput } from '../http/middleware/idempotency.ts'
import type { QueueState, Ticket } from '../queue/model.ts'
import type { CommandDeps, Reply } from './deps.ts'
import type { RunRule } from './run-rule.ts'

type TicketReply = Reply<{ ticket: StaffTicketView }>
type CounterReply = Reply<{ counter: CounterView }>

export function makeCounterActions(deps: CommandDeps, runRule: RunRule) {
  const { config } = deps
  const tz = config.office.timeZone
  const ticketReply = (s: QueueState, t: Ticket | null): TicketReply =>
    t ? { status: 200, body: { ticket: toStaffTicketView(s, t, tz) } } : { status: 204, body: null }
  const counterReply = (s: QueueState, counterId: string): CounterReply => ({
    status: 200,
    body: { counter: toCounterView(s, config, counterId) },
  })

  return {
    next: (counterId: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => callNext(s, config, counterId, user.id, now), (t) => ticketReply(t.state, t.result), idem),
    recall: (counterId: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => recall(s, counterId, user.id, now), (t) => ticketReply(t.state, t.result), idem),
    pause: (counterId: string, user: UserView, reason: string | undefined, idem?: IdempotencyInput) =>
      runRule((s, now) => pauseCounter(s, counterId, user.id, reason, now), (t) => counterReply(t.state, counterId), idem),
    resume: (counterId: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => resumeCounter(s, counterId, user.id, now), (t) => counterReply(t.state, counterId), idem),
    open: (counterId: string, user: UserView) =>
      runRule((s, now) => openCounter(s, counterId, user.id, now), (t) => counterReply(t.state, counterId)),
    close: (counterId: string, user: UserView) =>
      runRule((s, now) => closeCounter(s, counterId, user.id, now), (t) => counterReply(t.state, counterId)),
  }
}
export type CounterActions = ReturnType<typeof makeCounterActions>
