import { Hono } from 'hono'
import type { Auth } from '../../auth/create-auth.ts'
import { makeRequireUser } from '../../auth/require-user.ts'
import type { AuthVars } from '../../auth/require-user.ts'
import type { Queries } from '../../commands/queries.ts'

export function liveRoutes(auth: Auth, queries: Queries, users: readonly { username: string; name: string; counterId?: string }[]) {
  return new Hono<AuthVars>().get('/live', makeRequireUser(auth, ['manager']), (c) => c.json(queries.live(users)))
}
