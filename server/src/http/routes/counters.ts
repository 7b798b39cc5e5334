import { Hono } from 'hono'
import { CounterRatingBody, PauseBody } from '../../contract/index.ts'
import type { Auth } from '../../auth/create-auth.ts'
import { makeRequireUser } from '../../auth/require-user.ts'
import type { AuthVars } from '../../auth/require-user.ts'
import type { CounterActions } from '../../commands/counter-actions.ts'
import type { Queries } from '../../commands/queries.ts'
import type { RateCommands } from '../../commands/rate.ts'
import { AppError } from '../../errors.ts'
import { validate } from '../validate.ts'
import { idempotencyOf } from '../middleware/idempotency.ts'
import { makeNoBody } from '../middleware/json-body.ts'
import { send } from '../send.ts'

export function counterRoutes(deps: { auth: Auth; counters: CounterActions; rate: RateCommands; queries: Queries; counterIds: string[] }) {
  const staff = makeRequireUser(deps.auth, ['staff'], deps.counterIds)
  const staffOrManager = makeRequireUser(deps.auth, ['staff', 'manager'], deps.counterIds)
  const noBody = makeNoBody()
  const { counters } = deps
  const known = (id: string) => {
    if (!deps.counterIds.includes(id)) throw new AppError('NOT_FOUND')
    return id
  }
  return new Hono<AuthVars>()
    .get('/:counterId/console', staffOrManager, (c) => c.json(deps.queries.console(known(c.req.param('counterId')))))
    .post('/:counterId/next', staff, noBody, async (c) =>
      send(c, await counters.next(known(c.req.param('counterId')), c.var.user, await idempotencyOf(c))),
    )
    .post('/:counterId/recall', staff, noBody, async (c) =>
      send(c, await counters.recall(known(c.req.param('counterId')), c.var.user, await idempotencyOf(c))),
    )
    .post('/:counterId/pause', staff, validate('json', PauseBody), async (c) =>
      send(c, await counters.pause(known(c.req.param('counterId')), c.var.user, c.req.valid('json').reason, await idempotencyOf(c))),
    )
    .post('/:counterId/resume', staff, noBody, async (c) =>
      send(c, await counters.resume(known(c.req.param('counterId')), c.var.user, await idempotencyOf(c))),
    )
    .post('/:counterId/rating', validate('json', CounterRatingBody), async (c) =>
      send(c, await deps.rate.atCounter(known(c.req.param('counterId')), c.req.valid('json'), await idempotencyOf(c))),
    )
}
