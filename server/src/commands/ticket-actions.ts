import type { StaffTicketView, UserView } from '../contract/index.ts'
import { finishTicket, markNoShow, setDossier, startTicket, transferTicket } from '../queue/ticket-actions.ts'
import { toStaffTicketView } from '../queue/views.ts'
import type { IdempotencyInput } from '../http/middleware/idempotency.ts'
import type { Ticket, Transition } from '../queue/model.ts'
import { AppError } from '../errors.ts'
import type { CommandDeps, Reply } from './deps.ts'
import type { RunRule } from './run-rule.ts'

type TicketReply = Reply<{ ticket: StaffTicketView }>

/** Start, finish, no-show, transfer, dossier: staff acting on the ticket at their counter. */
export function makeTicketActions(deps: CommandDeps, runRule: RunRule) {
  const { config } = deps
  const tz = config.office.timeZone
  const reply = (t: Transition<Ticket>): TicketReply => ({ status: 200, body: { ticket: toStaffTicketView(t.state, t.result, tz) } })
  const counterOf = (user: UserView): string => {
    // Only counter staff act on tickets; a manager account has no counter.
    if (!user.counterId) throw new AppError('FORBIDDEN')
    return user.counterId
  }
  return {
    start: (id: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => startTicket(s, id, counterOf(user), user.id, now), reply, idem),
    finish: (id: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => finishTicket(s, id, counterOf(user), user.id, now), reply, idem),
    noShow: (id: string, user: UserView, idem?: IdempotencyInput) =>
      runRule((s, now) => markNoShow(s, id, counterOf(user), user.id, now), reply, idem),
    transfer: (id: string, user: UserView, body: { serviceId: string; reason?: string }, idem?: IdempotencyInput) =>
      runRule(
        (s, now) => transferTicket(s, config, id, counterOf(user), user.id, body.serviceId, body.reason, now),
        reply,
        idem,
      ),
    dossier: (id: string, user: UserView, code: string, idem?: IdempotencyInput) =>
      runRule((s, now) => setDossier(s, id, counterOf(user), user.id, code, now), reply, idem),
  }
}
export type TicketActions = ReturnType<typeof makeTicketActions>
