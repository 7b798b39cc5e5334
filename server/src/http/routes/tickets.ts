import { Hono } from 'hono'
import type { Context, MiddlewareHandler } from 'hono'
import { DossierBody, IssueTicketBody, ReprintBody, TicketRatingBody, TransferBody } from '../../contract/index.ts'
import type { Auth } from '../../auth/create-auth.ts'
import { makeRequireUser } from '../../auth/require-user.ts'
import type { AuthVars } from '../../auth/require-user.ts'
import type { IssueTicketCommand } from '../../commands/issue-ticket.ts'
import type { Queries } from '../../commands/queries.ts'
import type { RateCommands } from '../../commands/rate.ts'
import type { TicketActions } from '../../commands/ticket-actions.ts'
import { validate } from '../validate.ts'
import { idempotencyOf } from '../middleware/idempotency.ts'
import { makeNoBody } from '../middleware/json-body.ts'
import { makeRateLimit } from '../middleware/rate-limit.ts'
import { send } from '../send.ts'

export function ticketRoutes(deps: {
  auth: Auth
  issue: IssueTicketCommand
  actions: TicketActions
  rate: RateCommands
  queries: Queries
  reprint: (number: string) => Promise<{ number: string }>
  now: () => number
  idempotent: MiddlewareHandler
}) {
  const staff = makeRequireUser(deps.auth, ['staff'])
  const noBody = makeNoBody()
  const { actions } = deps
  const isReplay = async (c: Context) => {
    const idem = await idempotencyOf(c)
    return idem !== undefined && deps.queries.isKnownRequest(idem.key)
  }
  return new Hono<AuthVars>()
    .post('/', makeRateLimit({ name: 'tickets', perMinute: 120, now: deps.now, isReplay }), validate('json', IssueTicketBody), async (c) =>
      send(c, await deps.issue(c.req.valid('json'), await idempotencyOf(c))),
    )
    // Staff at any counter (or a manager) can print a ticket of today again by its number.
    .post('/reprint', makeRequireUser(deps.auth, ['staff', 'manager']), validate('json', ReprintBody), deps.idempotent, async (c) =>
      c.json(await deps.reprint(c.req.valid('json').number), 202),
    )
    .get('/:id', (c) => c.json(deps.queries.ticket(c.req.param('id'))))
    .post('/:id/start', staff, noBody, async (c) => send(c, await actions.start(c.req.param('id'), c.var.user, await idempotencyOf(c))))
    .post('/:id/finish', staff, noBody, async (c) => send(c, await actions.finish(c.req.param('id'), c.var.user, await idempotencyOf(c))))
    .post('/:id/no-show', staff, noBody, async (c) => send(c, await actions.noShow(c.req.param('id'), c.var.user, await idempotencyOf(c))))
    .post('/:id/transfer', staff, validate('json', TransferBody), async (c) =>
      send(c, await actions.transfer(c.req.param('id'), c.var.user, c.req.valid('json'), await idempotencyOf(c))),
    )
    .post('/:id/dossier', staff, validate('json', DossierBody), async (c) =>
      send(c, await actions.dossier(c.req.param('id'), c.var.user, c.req.valid('json').code, await idempotencyOf(c))),
    )
    .post('/:id/rating', validate('json', TicketRatingBody), async (c) =>
      send(c, await deps.rate.byTicket(c.req.param('id'), c.req.valid('json'), await idempotencyOf(c))),
    )
}
