import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import { LoginBody } from '../../contract/index.ts'
import type { Auth } from '../../auth/create-auth.ts'
import { bearerOf } from '../../auth/require-user.ts'
import type { CounterActions } from '../../commands/counter-actions.ts'
import { validate } from '../validate.ts'
import { makeRateLimit } from '../middleware/rate-limit.ts'
import { makeNoBody } from '../middleware/json-body.ts'

export function authRoutes(auth: Auth, counters: CounterActions, now: () => number, idempotent: MiddlewareHandler) {
  return new Hono()
    // The kept answer comes before the limit: a retried login gets its first answer even in a busy minute.
    .post('/login', idempotent, makeRateLimit({ name: 'login', perMinute: 20, now }), validate('json', LoginBody), async (c) => {
      const { username, password } = c.req.valid('json')
      const view = await auth.login(username, password)
      // Staff logging in opens their counter for the day.
      if (view.user.role === 'staff' && view.user.counterId) await counters.open(view.user.counterId, view.user)
      return c.json(view, 200)
    })
    .post('/logout', makeNoBody(), idempotent, async (c) => {
      const user = await auth.logout(bearerOf(c.req.header('authorization')) ?? '')
      if (user.role === 'staff' && user.counterId) await counters.close(user.counterId, user)
      return c.body(null, 204)
    })
}
