import type { IssueTicketBody, TicketIssued } from '../contract/index.ts'
import { issueTicket } from '../queue/issue-ticket.ts'
import { toTicketIssued } from '../queue/views.ts'
import { AppError } from '../errors.ts'
import type { IdempotencyInput } from '../http/middleware/idempotency.ts'
import type { Ticket } from '../queue/model.ts'
import type { CommandDeps, Reply } from './deps.ts'
import type { RunRule } from './run-rule.ts'

export type IssueTicketCommand = (body: IssueTicketBody, idem?: IdempotencyInput) => Promise<Reply<TicketIssued>>

export function makeIssueTicket(
  deps: CommandDeps,
  runRule: RunRule,
  print: (ticket: Ticket) => void,
): IssueTicketCommand {
  const kioskIds = deps.config.kiosks.map((k) => k.id)
  return async (body, idem) => {
    const kioskId = body.kioskId ?? kioskIds[0]!
    if (!kioskIds.includes(kioskId)) throw new AppError('VALIDATION', [{ path: ['kioskId'], message: 'unknown kiosk' }])
    let issued: Ticket | undefined
    const reply = await runRule(
      (s, now) => {
        const input = { id: deps.ids.ticketId(), serviceId: body.serviceId, priority: body.priority ?? null, kioskId, lang: body.lang }
        return issueTicket(s, deps.config, body.slot === undefined ? input : { ...input, slot: body.slot }, now)
      },
      (t, now) => {
        issued = t.result
        return { status: 201, body: toTicketIssued(t.state, deps.config, t.result, now) }
      },
      idem,
    )
    // Printing happens after the ticket is on disk and never delays the answer.
    if (issued) print(issued)
    return reply
  }
}
